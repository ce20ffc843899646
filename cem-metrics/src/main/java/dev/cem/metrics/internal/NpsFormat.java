package dev.cem.metrics.internal;

import dev.cem.metrics.internal.ImagePreamble.Family;
import dev.cem.metrics.internal.ImagePreamble.Opened;
import java.nio.ByteBuffer;

/**
 * Binary image of an NPS accumulator, family 1. After the {@link ImagePreamble} (flags: bit 0
 * EMPTY), version 1 holds three counts:
 *
 * <pre>
 *  byte   0       1       2       3       4       5       6       7
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *    0 | 'C' 'E' 'M' | 0x01  | 0x01  | flags |  0x00 0x00    |       preamble
 *    8 | payload length = 24 (int32)   |                               |
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *   12 |                 promoters (int64, >= 0)                       |
 *   20 |                 passives (int64, >= 0)                        |
 *   28 |                 detractors (int64, >= 0)                      |
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *   36 end
 * </pre>
 *
 * The three counts must not sum beyond {@link Long#MAX_VALUE}; EMPTY is set exactly when all are 0.
 */
public final class NpsFormat {
  /** The serial version written by this release. */
  public static final int VERSION = 1;

  private static final int PAYLOAD = 24;

  private NpsFormat() {}

  /** Encodes the counts. */
  public static byte[] encode(long promoters, long passives, long detractors) {
    long n = promoters + passives + detractors;
    ByteBuffer b = ImagePreamble.begin(Family.NPS, VERSION, ImagePreamble.emptyFlag(n), PAYLOAD);
    b.putLong(promoters).putLong(passives).putLong(detractors);
    return b.array();
  }

  /** Decodes to {promoters, passives, detractors}. */
  public static long[] decode(byte[] image) {
    Opened o = ImagePreamble.open(image, Family.NPS, VERSION, ImagePreamble.FLAG_EMPTY);
    if (o.payload().remaining() != PAYLOAD) {
      throw o.error("payload length %d, expected %d", o.payload().remaining(), PAYLOAD);
    }
    long promoters = ImagePreamble.getCount(o, "promoters");
    long passives = ImagePreamble.getCount(o, "passives");
    long detractors = ImagePreamble.getCount(o, "detractors");
    long n;
    try {
      n = Math.addExact(Math.addExact(promoters, passives), detractors);
    } catch (ArithmeticException e) {
      throw o.error("counts overflow a long");
    }
    ImagePreamble.checkEmptyFlag(o, n);
    ImagePreamble.finish(o);
    return new long[] {promoters, passives, detractors};
  }
}
