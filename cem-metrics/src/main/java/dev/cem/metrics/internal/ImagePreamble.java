package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.Scale;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The preamble every cem accumulator image starts with, and the helpers the per-accumulator
 * {@code ...Format} classes share. All numbers are big-endian.
 *
 * <pre>
 *  byte   0       1       2       3       4       5       6       7
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *    0 |  'C'  |  'E'  |  'M'  |family |version| flags |  reserved (0) |
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *    8 |  payload length L (int32)     |  payload: L bytes ...
 *      +-------+-------+-------+-------+-------
 * </pre>
 *
 * <ul>
 *   <li>magic: the ASCII bytes "CEM" (0x43 0x45 0x4D).
 *   <li>family: 1 NPS, 2 proportion, 3 moments, 4 duration ({@link Family}).
 *   <li>version: the serial version of the family's payload; version 1 is the first release.
 *   <li>flags: bit 0 EMPTY (no observations); other bits per family, unknown bits are rejected.
 *   <li>reserved: two zero bytes; a non-zero value is rejected, so they can be given a meaning
 *       in a later version.
 *   <li>payload length: exactly the number of bytes after the preamble; a mismatch is rejected
 *       before anything is allocated.
 * </ul>
 *
 * <p>Any violation raises {@link CemFormatException} with the message "not a cem TYPE image
 * (family F, version V): DETAIL".
 */
public final class ImagePreamble {
  /** Preamble length in bytes. */
  public static final int BYTES = 12;

  /** Flag bit 0: the accumulator holds no observations. */
  public static final int FLAG_EMPTY = 1;

  private static final byte[] MAGIC = {'C', 'E', 'M'};

  /** The accumulator families. */
  public enum Family {
    NPS(1, "nps"),
    PROPORTION(2, "proportion"),
    MOMENTS(3, "moments"),
    DURATION(4, "duration");

    final int id;
    final String type;

    Family(int id, String type) {
      this.id = id;
      this.type = type;
    }
  }

  /** A checked preamble: the version and flags, and the payload positioned at its start. */
  public record Opened(Family family, int version, int flags, ByteBuffer payload) {
    /** A format error naming the family and version. */
    public CemFormatException error(String detail, Object... args) {
      return ImagePreamble.error(family.type, family.id, version, format(detail, args));
    }
  }

  private ImagePreamble() {}

  /** Allocates an image and writes the preamble; the returned buffer is at the payload. */
  public static ByteBuffer begin(Family family, int version, int flags, int payloadLength) {
    ByteBuffer buffer = ByteBuffer.allocate(BYTES + payloadLength).order(ByteOrder.BIG_ENDIAN);
    buffer.put(MAGIC).put((byte) family.id).put((byte) version).put((byte) flags);
    buffer.putShort((short) 0).putInt(payloadLength);
    return buffer;
  }

  /**
   * Checks the preamble of {@code image} against the expected family, the versions this release
   * reads ({@code 1..maxVersion}) and the known flag bits.
   */
  public static Opened open(byte[] image, Family family, int maxVersion, int knownFlags) {
    int familyId = image.length > 3 ? image[3] & 0xFF : -1;
    int version = image.length > 4 ? image[4] & 0xFF : -1;
    if (image.length < BYTES) {
      throw error(
          family.type,
          familyId,
          version,
          format("%d bytes is shorter than the %d-byte preamble", image.length, BYTES));
    }
    ByteBuffer buffer = ByteBuffer.wrap(image).order(ByteOrder.BIG_ENDIAN);
    if (image[0] != MAGIC[0] || image[1] != MAGIC[1] || image[2] != MAGIC[2]) {
      throw error(family.type, familyId, version, "bad magic (expected \"CEM\")");
    }
    if (familyId != family.id || version < 1 || version > maxVersion) {
      throw error(
          family.type,
          familyId,
          version,
          format("expected family %d, version 1 to %d", family.id, maxVersion));
    }
    Opened opened = new Opened(family, version, image[5] & 0xFF, buffer);
    if ((opened.flags() & ~knownFlags) != 0) {
      throw opened.error("unknown flags 0x%02x", opened.flags());
    }
    if (image[6] != 0 || image[7] != 0) {
      throw opened.error("reserved bytes must be 0");
    }
    buffer.position(8);
    int length = buffer.getInt();
    if (length != image.length - BYTES) {
      throw opened.error(
          "payload length %d but %d bytes follow the preamble", length, image.length - BYTES);
    }
    return opened;
  }

  /** Fails unless the whole payload was read. */
  public static void finish(Opened opened) {
    if (opened.payload().hasRemaining()) {
      throw opened.error("%d unread bytes after the payload", opened.payload().remaining());
    }
  }

  /** The format error for a type, family and version. */
  public static CemFormatException error(String type, int family, int version, String detail) {
    return new CemFormatException(
        format("not a cem %s image (family %d, version %d): %s", type, family, version, detail));
  }

  /** Bytes needed by {@link #putScale}. */
  public static int scaleBytes(Scale scale) {
    return 4 + 4 + 2 + scale.name().getBytes(StandardCharsets.UTF_8).length;
  }

  /** Writes a scale: min (int32), max (int32), name length (uint16), name (UTF-8). */
  public static void putScale(ByteBuffer buffer, Scale scale) {
    byte[] name = scale.name().getBytes(StandardCharsets.UTF_8);
    buffer.putInt(scale.min()).putInt(scale.max()).putShort((short) name.length).put(name);
  }

  /** Reads a scale written by {@link #putScale}, checking lengths before allocating. */
  public static Scale getScale(Opened opened) {
    ByteBuffer buffer = opened.payload();
    try {
      int min = buffer.getInt();
      int max = buffer.getInt();
      int length = buffer.getShort() & 0xFFFF;
      if (length > buffer.remaining() || length > 200) {
        throw opened.error("scale name length %d exceeds the image or 200 bytes", length);
      }
      byte[] name = new byte[length];
      buffer.get(name);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(name))
              .toString();
      return new Scale(text, min, max);
    } catch (CharacterCodingException e) {
      throw opened.error("scale name is not UTF-8");
    } catch (CemArgumentException e) {
      throw opened.error("invalid scale: %s", e.getMessage());
    } catch (BufferUnderflowException e) {
      throw opened.error("truncated scale");
    }
  }

  /** Reads a long that must be >= 0. */
  public static long getCount(Opened opened, String field) {
    long value = opened.payload().getLong();
    if (value < 0) {
      throw opened.error("%s (%d) must be >= 0", field, value);
    }
    return value;
  }

  /** Reads a double that must be finite. */
  public static double getFinite(Opened opened, String field) {
    double value = opened.payload().getDouble();
    if (!Double.isFinite(value)) {
      throw opened.error("%s (%s) must be finite", field, value);
    }
    return value;
  }

  /** Checks the EMPTY flag against the count. */
  public static void checkEmptyFlag(Opened opened, long count) {
    boolean flagged = (opened.flags() & FLAG_EMPTY) != 0;
    if (flagged != (count == 0)) {
      throw opened.error("EMPTY flag (%s) contradicts count %d", flagged, count);
    }
  }

  /** Returns FLAG_EMPTY when count is 0. */
  public static int emptyFlag(long count) {
    return count == 0 ? FLAG_EMPTY : 0;
  }
}
