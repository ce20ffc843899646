package dev.cem.metrics.internal;

import dev.cem.metrics.internal.ImagePreamble.Family;
import dev.cem.metrics.internal.ImagePreamble.Opened;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.HdrHistogram.Histogram;

/**
 * Binary image of a duration accumulator, family 4. After the {@link ImagePreamble} (flags: bit 0
 * EMPTY), version 1 holds the histogram precision, the SLA counts, the moments of the values in
 * seconds and the HdrHistogram of the values in milliseconds:
 *
 * <pre>
 *  byte   0       1       2       3       4       5       6       7
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *    0 | 'C' 'E' 'M' | 0x04  | 0x01  | flags |  0x00 0x00    |       preamble
 *    8 | payload length = 76 + H       | digits|  reserved (0, 3 bytes)|
 *      +-------+-------+-------+-------+-------+-------+-------+-------+
 *   16 |                 SLA trials (int64, >= 0)                      |
 *   24 |                 SLA met (int64, 0..trials)                    |
 *   32 |                 moments in seconds: 48 bytes laid out as in   |
 *  ... |                 MomentsFormat bytes 12..59 (count, sum,       |
 *   72 |                 compensation, M2, min, max)                   |
 *   80 | histogram length H (int32)    | histogram: H bytes ...
 *      +-------+-------+-------+-------+-------
 * </pre>
 *
 * <ul>
 *   <li>digits: the histogram's number of significant value digits, 1 to 5.
 *   <li>histogram: HdrHistogram's own versioned uncompressed encoding
 *       ({@code encodeIntoByteBuffer}, cookie V2) of a histogram of milliseconds with lowest
 *       discernible value 1. Before decoding, its 40-byte header is checked: the digits must
 *       match, the highest trackable value must be at most {@link #MAX_TRACKABLE_MILLIS} (which
 *       bounds the allocation of the counts array: about 270 KB with 3 digits, 27 MB with 5) and
 *       its payload length must fill the H bytes exactly. Its total count must equal the moments
 *       count.
 * </ul>
 */
public final class DurationFormat {
  /** The serial version written by this release. */
  public static final int VERSION = 1;

  /** The largest highest-trackable value a decoded histogram may declare (2^42 ms). */
  public static final long MAX_TRACKABLE_MILLIS = 1L << 42;

  private static final int HDR_HEADER_BYTES = 40;
  private static final int HDR_V2_COOKIE_BASE = 0x1c849303;

  /** The state of a duration accumulator. */
  public record State(
      int significantDigits,
      long slaTrials,
      long slaMet,
      MomentsFormat.State seconds,
      Histogram millis) {}

  private DurationFormat() {}

  /** Encodes the state. */
  public static byte[] encode(State s) {
    ByteBuffer hdr = ByteBuffer.allocate(s.millis().getNeededByteBufferCapacity());
    int hdrLength = s.millis().encodeIntoByteBuffer(hdr);
    int payload = 4 + 8 + 8 + MomentsFormat.MOMENTS_BYTES + 4 + hdrLength;
    ByteBuffer b =
        ImagePreamble.begin(
            Family.DURATION, VERSION, ImagePreamble.emptyFlag(s.seconds().count()), payload);
    b.put((byte) s.significantDigits()).put((byte) 0).putShort((short) 0);
    b.putLong(s.slaTrials()).putLong(s.slaMet());
    MomentsFormat.putMoments(b, s.seconds());
    b.putInt(hdrLength).put(hdr.array(), 0, hdrLength);
    return b.array();
  }

  /** Decodes and validates the state. */
  public static State decode(byte[] image) {
    Opened o = ImagePreamble.open(image, Family.DURATION, VERSION, ImagePreamble.FLAG_EMPTY);
    ByteBuffer p = o.payload();
    try {
      int digits = p.get();
      if (digits < 1 || digits > 5 || p.get() != 0 || p.getShort() != 0) {
        throw o.error("digits (%d) must be 1 to 5, followed by 3 zero bytes", digits);
      }
      long trials = ImagePreamble.getCount(o, "SLA trials");
      long met = ImagePreamble.getCount(o, "SLA met");
      if (met > trials) {
        throw o.error("SLA met (%d) exceeds SLA trials (%d)", met, trials);
      }
      MomentsFormat.State moments = MomentsFormat.getMoments(o, null);
      if (trials > moments.count()) {
        throw o.error("SLA trials (%d) exceed the count (%d)", trials, moments.count());
      }
      if (moments.count() > 0 && !(moments.min() >= 0)) {
        throw o.error("min (%s) must be >= 0", moments.min());
      }
      int length = p.getInt();
      if (length != p.remaining() || length < HDR_HEADER_BYTES) {
        throw o.error("histogram length %d but %d bytes remain", length, p.remaining());
      }
      Histogram histogram = decodeHistogram(o, p.slice().order(ByteOrder.BIG_ENDIAN), digits);
      p.position(p.limit());
      if (histogram.getTotalCount() != moments.count()) {
        throw o.error(
            "histogram count (%d) differs from the count (%d)",
            histogram.getTotalCount(),
            moments.count());
      }
      ImagePreamble.checkEmptyFlag(o, moments.count());
      ImagePreamble.finish(o);
      return new State(digits, trials, met, moments, histogram);
    } catch (BufferUnderflowException e) {
      throw o.error("truncated payload");
    }
  }

  private static Histogram decodeHistogram(Opened o, ByteBuffer hdr, int digits) {
    int cookie = hdr.getInt(0);
    int payloadLength = hdr.getInt(4);
    int hdrDigits = hdr.getInt(12);
    long lowest = hdr.getLong(16);
    long highest = hdr.getLong(24);
    if ((cookie & ~0xf0) != HDR_V2_COOKIE_BASE) {
      throw o.error("histogram cookie 0x%08x is not an HdrHistogram V2 encoding", cookie);
    }
    if (hdrDigits != digits || lowest != 1 || highest < 2 || highest > MAX_TRACKABLE_MILLIS) {
      throw o.error(
          "histogram digits %d, lowest %d, highest %d (expected %d, 1, 2..%d)",
          hdrDigits, lowest, highest, digits, MAX_TRACKABLE_MILLIS);
    }
    if (payloadLength != hdr.remaining() - HDR_HEADER_BYTES) {
      throw o.error(
          "histogram payload length %d but %d bytes follow its header",
          payloadLength,
          hdr.remaining() - HDR_HEADER_BYTES);
    }
    try {
      Histogram histogram = Histogram.decodeFromByteBuffer(hdr, 1);
      histogram.setAutoResize(true);
      return histogram;
    } catch (RuntimeException e) {
      throw o.error("corrupt histogram (%s)", e.getMessage());
    }
  }
}
