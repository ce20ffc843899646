package dev.cem.metrics.internal;

import dev.cem.core.Scale;
import dev.cem.metrics.internal.ImagePreamble.Family;
import dev.cem.metrics.internal.ImagePreamble.Opened;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Binary image of a moments accumulator, family 3. After the {@link ImagePreamble} (flags: bit 0
 * EMPTY, bit 1 HAS_SCALE), version 1 holds the moments as IEEE 754 doubles and, with HAS_SCALE,
 * the scale:
 *
 * <pre>
 *  byte   0       1       2       3       4       5       6       7
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *    0 | 'C' 'E' 'M' | 0x03  | 0x01  | flags |  0x00 0x00    |       preamble
 *    8 | payload length = 48 [+ 10 + N]|                               |
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *   12 |                 count (int64, >= 0)                           |
 *   20 |                 sum (float64, Neumaier running sum)           |
 *   28 |                 compensation (float64)                        |
 *   36 |                 M2, sum of squared deviations (float64, >= 0) |
 *   44 |                 min (float64)                                 |
 *   52 |                 max (float64, >= min)                         |
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *   60 | only with HAS_SCALE: scale min (int32) | scale max (int32)    |
 *   68 | name len N    | name (UTF-8, N bytes, N <= 200) ...
 * </pre>
 *
 * When count is 0 every double is written as 0.0 and must read as 0.0; otherwise all are finite.
 */
public final class MomentsFormat {
  /** The serial version written by this release. */
  public static final int VERSION = 1;

  /** Flag bit 1: a scale follows the moments. */
  public static final int FLAG_HAS_SCALE = 2;

  static final int MOMENTS_BYTES = 48;

  /** The state of a moments accumulator. */
  public record State(
      @Nullable Scale scale,
      long count,
      double sum,
      double compensation,
      double m2,
      double min,
      double max) {}

  private MomentsFormat() {}

  /** Encodes the state. */
  public static byte[] encode(State s) {
    Scale scale = s.scale();
    int payload = MOMENTS_BYTES + (scale == null ? 0 : ImagePreamble.scaleBytes(scale));
    int flags = ImagePreamble.emptyFlag(s.count()) | (scale == null ? 0 : FLAG_HAS_SCALE);
    ByteBuffer b = ImagePreamble.begin(Family.MOMENTS, VERSION, flags, payload);
    putMoments(b, s);
    if (scale != null) {
      ImagePreamble.putScale(b, scale);
    }
    return b.array();
  }

  /** Writes the 48 bytes of moments (used by the duration format too). */
  static void putMoments(ByteBuffer b, State s) {
    boolean empty = s.count() == 0;
    b.putLong(s.count());
    b.putDouble(empty ? 0 : s.sum()).putDouble(empty ? 0 : s.compensation());
    b.putDouble(empty ? 0 : s.m2()).putDouble(empty ? 0 : s.min()).putDouble(empty ? 0 : s.max());
  }

  /** Reads and validates the 48 bytes of moments. */
  static State getMoments(Opened o, @Nullable Scale scale) {
    long count = ImagePreamble.getCount(o, "count");
    double sum = ImagePreamble.getFinite(o, "sum");
    double compensation = ImagePreamble.getFinite(o, "compensation");
    double m2 = ImagePreamble.getFinite(o, "M2");
    double min = ImagePreamble.getFinite(o, "min");
    double max = ImagePreamble.getFinite(o, "max");
    if (count == 0) {
      // all-zero bits: -0.0 would decode to the same empty state but re-encode differently
      long bits =
          Double.doubleToRawLongBits(sum)
              | Double.doubleToRawLongBits(compensation)
              | Double.doubleToRawLongBits(m2)
              | Double.doubleToRawLongBits(min)
              | Double.doubleToRawLongBits(max);
      if (bits != 0) {
        throw o.error("an empty moments block must be all zero");
      }
    } else if (!(m2 >= 0) || !(min <= max)) {
      throw o.error("M2 (%s) must be >= 0 and min (%s) <= max (%s)", m2, min, max);
    }
    return new State(scale, count, sum, compensation, m2, min, max);
  }

  /** Decodes and validates the state. */
  public static State decode(byte[] image) {
    Opened o =
        ImagePreamble.open(
            image, Family.MOMENTS, VERSION, ImagePreamble.FLAG_EMPTY | FLAG_HAS_SCALE);
    try {
      State moments = getMoments(o, null);
      Scale scale = (o.flags() & FLAG_HAS_SCALE) != 0 ? ImagePreamble.getScale(o) : null;
      if (scale != null
          && moments.count() > 0
          && !(scale.contains(moments.min()) && scale.contains(moments.max()))) {
        throw o.error("min (%s) and max (%s) must lie on scale %s", moments.min(), moments.max(), scale);
      }
      ImagePreamble.checkEmptyFlag(o, moments.count());
      ImagePreamble.finish(o);
      return new State(
          scale,
          moments.count(),
          moments.sum(),
          moments.compensation(),
          moments.m2(),
          moments.min(),
          moments.max());
    } catch (BufferUnderflowException e) {
      throw o.error("truncated payload");
    }
  }
}
