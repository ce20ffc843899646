package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.format;

import com.google.common.io.CountingInputStream;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a text file as strict UTF-8 for streaming: a UTF-8 byte order mark is skipped, a UTF-16
 * or UTF-32 mark is refused with advice, and an invalid byte sequence fails with the line and
 * column where it occurs. The file is never loaded whole.
 *
 * <p>This class is not thread safe.
 */
public final class TextInput implements AutoCloseable {
  private final String name;
  private final CountingInputStream bytes;
  private final long size;
  private final Reader reader;

  private TextInput(Path path, CountingInputStream bytes, long size, Reader reader) {
    this.name = path.toString();
    this.bytes = bytes;
    this.size = size;
    this.reader = reader;
  }

  /**
   * Opens {@code path}.
   *
   * @throws CemArgumentException if the file does not exist, is a directory or cannot be read
   * @throws CemFormatException if the file starts with a UTF-16 or UTF-32 byte order mark
   */
  public static TextInput open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new CemArgumentException(format("%s: is a directory, expected a file", path));
    }
    InputStream raw;
    long size;
    try {
      raw = Files.newInputStream(path);
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw new CemArgumentException(format("%s: no such file", path));
    } catch (AccessDeniedException e) {
      throw new CemArgumentException(format("%s: permission denied", path));
    }
    CountingInputStream counting = new CountingInputStream(raw);
    BufferedInputStream in = new BufferedInputStream(counting, 1 << 16);
    skipByteOrderMark(in, path);
    return new TextInput(
        path,
        counting,
        size,
        new BufferedReader(new TrackingReader(in, path.toString()), 1 << 16));
  }

  private static void skipByteOrderMark(BufferedInputStream in, Path path) throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    int b3 = in.read();
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      in.reset();
      in.skipNBytes(3);
      return;
    }
    boolean utf32 =
        (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)
            || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0);
    boolean utf16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    if (utf32 || utf16) {
      in.close();
      throw new CemFormatException(
          format(
              "%s:1:1: the file is %s (byte order mark found); cem reads UTF-8, save the file as"
                  + " UTF-8",
              path, utf32 ? "UTF-32" : "UTF-16"));
    }
    in.reset();
  }

  /** The file as given on the command line, for messages. */
  public String name() {
    return name;
  }

  /** The decoded text; supports {@link Reader#mark}. */
  public Reader reader() {
    return reader;
  }

  /** Bytes read from the file so far (read-ahead included). */
  public long bytesRead() {
    return bytes.getCount();
  }

  /** The file's size in bytes when opened. */
  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
