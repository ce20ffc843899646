package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A strict UTF-8 reader that counts the lines and columns of the characters it delivers, so that
 * an invalid byte sequence is reported where it occurs: every character before the bad bytes is
 * delivered first, and the next read fails with the line and column.
 *
 * <p>This class is not thread safe.
 */
final class TrackingReader extends Reader {
  private final InputStream in;
  private final String file;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private boolean eof;
  private boolean flushed;
  private @Nullable CoderResult error;
  private long line = 1;
  private long column = 1;
  private boolean lastWasCr;

  TrackingReader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (flushed) {
      // everything was delivered; a decoder must not be used again after its flush
      return -1;
    }
    CharBuffer chars = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      if (error != null) {
        if (chars.position() > offset) {
          break;
        }
        throw new CemFormatException(
            format(
                "%s:%d:%d: invalid UTF-8 byte sequence; cem reads UTF-8 text, save the file as"
                    + " UTF-8",
                file, line, column));
      }
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isOverflow()) {
        break;
      }
      if (result.isError()) {
        error = result;
        continue;
      }
      // Underflow: all complete input decoded.
      if (chars.position() > offset) {
        break;
      }
      if (eof) {
        if (!flushed) {
          decoder.flush(chars);
          flushed = true;
        }
        if (chars.position() == offset) {
          return -1;
        }
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    int n = chars.position() - offset;
    track(buffer, offset, n);
    return n;
  }

  private void track(char[] buffer, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!lastWasCr) {
          line++;
        }
        column = 1;
      } else if (c == '\r') {
        line++;
        column = 1;
      } else {
        column++;
      }
      lastWasCr = c == '\r';
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
