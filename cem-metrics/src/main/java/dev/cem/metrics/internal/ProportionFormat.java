package dev.cem.metrics.internal;

import dev.cem.core.Scale;
import dev.cem.metrics.internal.ImagePreamble.Family;
import dev.cem.metrics.internal.ImagePreamble.Opened;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Binary image of a proportion accumulator, family 2. After the {@link ImagePreamble} (flags: bit
 * 0 EMPTY), version 1 holds the counts and the success definition (scale and threshold):
 *
 * <pre>
 *  byte   0       1       2       3       4       5       6       7
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *    0 | 'C' 'E' 'M' | 0x02  | 0x01  | flags |  0x00 0x00    |       preamble
 *    8 | payload length = 30 + N       |                               |
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *   12 |                 successes (int64, 0..trials)                  |
 *   20 |                 trials (int64, >= 0)                          |
 *   28 | threshold (int32, on scale)   | scale min (int32)             |
 *   36 | scale max (int32, > min)      | name len N    | name (UTF-8, N bytes, N <= 200) ...
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 * </pre>
 *
 * A score counts as a success when it is at least the threshold; a binary proportion is the
 * scale "binary" 0..1 with threshold 1.
 */
public final class ProportionFormat {
  /** The serial version written by this release. */
  public static final int VERSION = 1;

  /** The state of a proportion accumulator. */
  public record State(Scale scale, int threshold, long successes, long trials) {}

  private ProportionFormat() {}

  /** Encodes the state. */
  public static byte[] encode(State s) {
    int payload = 8 + 8 + 4 + ImagePreamble.scaleBytes(s.scale());
    ByteBuffer b =
        ImagePreamble.begin(
            Family.PROPORTION, VERSION, ImagePreamble.emptyFlag(s.trials()), payload);
    b.putLong(s.successes()).putLong(s.trials()).putInt(s.threshold());
    ImagePreamble.putScale(b, s.scale());
    return b.array();
  }

  /** Decodes and validates the state. */
  public static State decode(byte[] image) {
    Opened o = ImagePreamble.open(image, Family.PROPORTION, VERSION, ImagePreamble.FLAG_EMPTY);
    try {
      long successes = ImagePreamble.getCount(o, "successes");
      long trials = ImagePreamble.getCount(o, "trials");
      if (successes > trials) {
        throw o.error("successes (%d) exceed trials (%d)", successes, trials);
      }
      int threshold = o.payload().getInt();
      Scale scale = ImagePreamble.getScale(o);
      if (!scale.contains(threshold) || threshold == scale.min()) {
        throw o.error(
            "threshold (%d) must be between %d and %d", threshold, scale.min() + 1, scale.max());
      }
      ImagePreamble.checkEmptyFlag(o, trials);
      ImagePreamble.finish(o);
      return new State(scale, threshold, successes, trials);
    } catch (BufferUnderflowException e) {
      throw o.error("truncated payload");
    }
  }
}
