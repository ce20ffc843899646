package dev.cem.spark.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.Scale;
import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.InvalidRowPolicy;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.NpsInterval;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionInterval;
import dev.cem.metrics.catalog.StandardMetrics;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The accumulators behind a bundle aggregation, one per standard metric the input columns feed,
 * plus the rejected count of each input column. The metrics given to the bundle are:
 *
 * <table>
 *   <caption>Bundle metrics and their columns</caption>
 *   <tr><th>metric id</th><th>accumulator</th><th>columns</th></tr>
 *   <tr><td>nps</td><td>NPS</td><td>nps</td></tr>
 *   <tr><td>csat</td><td>CSAT top box (percent)</td><td>csat</td></tr>
 *   <tr><td>ces</td><td>CES mean</td><td>ces</td></tr>
 *   <tr><td>fcr</td><td>binary proportion (percent)</td><td>fcr</td></tr>
 *   <tr><td>resolution-time</td><td>duration mean (seconds)</td><td>resolutionSeconds</td></tr>
 *   <tr><td>sla-attainment</td><td>duration SLA attainment (percent)</td>
 *       <td>resolutionSeconds, slaTargetSeconds</td></tr>
 * </table>
 *
 * <p>Binary form (big-endian): the ASCII bytes "CEMB", version (1 byte, 1), the number of parts
 * (1 byte, 5), two reserved zero bytes, six rejected counts (int64, input column order), then per
 * part an int32 length and the part's own cem accumulator image (NPS, CSAT proportion, CES
 * moments, FCR proportion, duration).
 *
 * <p>This class is not thread safe.
 */
public final class BundleState {
  /** Input column names, in argument order. */
  public static final String[] COLUMNS = {
    "nps", "csat", "ces", "fcr", "resolutionSeconds", "slaTargetSeconds"
  };

  private static final byte[] MAGIC = {'C', 'E', 'M', 'B'};
  private static final int VERSION = 1;
  private static final int PARTS = 5;

  final NpsAccumulator nps;
  final ProportionAccumulator csat;
  final MomentsAccumulator ces;
  final ProportionAccumulator fcr;
  final DurationAccumulator resolution;
  final long[] rejected;

  private BundleState(
      NpsAccumulator nps,
      ProportionAccumulator csat,
      MomentsAccumulator ces,
      ProportionAccumulator fcr,
      DurationAccumulator resolution,
      long[] rejected) {
    this.nps = nps;
    this.csat = csat;
    this.ces = ces;
    this.fcr = fcr;
    this.resolution = resolution;
    this.rejected = rejected;
  }

  /** An empty state whose CSAT top box is the top {@code box} points of {@code csatScale}. */
  public static BundleState create(Scale csatScale, int box) {
    return new BundleState(
        NpsAccumulator.create(),
        ProportionAccumulator.topBox(csatScale, box),
        MomentsAccumulator.forScale(Scale.CES),
        ProportionAccumulator.binary(),
        DurationAccumulator.create(),
        new long[COLUMNS.length]);
  }

  /**
   * Adds one input row (fields in {@link #COLUMNS} order, null for no value). Under SKIP_AND_COUNT
   * an invalid value is counted against its column and leaves the other columns' metrics alone;
   * an invalid SLA target also keeps its row's resolution time out, as the duration accumulator
   * takes the pair together, and is rejected even without a resolution time (as the {@code
   * ColumnarScorer} does). Under FAIL the first invalid value throws.
   */
  public void add(Row row, Scale csatScale, InvalidRowPolicy policy) {
    if (!row.isNullAt(0)) {
      try {
        nps.add(Inputs.score(row.getDouble(0), Scale.NPS));
      } catch (CemArgumentException e) {
        reject(0, e, policy);
      }
    }
    if (!row.isNullAt(1)) {
      try {
        csat.add(Inputs.score(row.getDouble(1), csatScale));
      } catch (CemArgumentException e) {
        reject(1, e, policy);
      }
    }
    if (!row.isNullAt(2)) {
      try {
        ces.add(row.getDouble(2));
      } catch (CemArgumentException e) {
        reject(2, e, policy);
      }
    }
    if (!row.isNullAt(3)) {
      try {
        fcr.add(Inputs.flag(row.getDouble(3), "fcr"));
      } catch (CemArgumentException e) {
        reject(3, e, policy);
      }
    }
    long ms = -1;
    long target = -1;
    try {
      if (!row.isNullAt(4)) {
        ms = Inputs.millis(row.getDouble(4), "resolutionSeconds");
      }
    } catch (CemArgumentException e) {
      reject(4, e, policy);
      return;
    }
    try {
      if (!row.isNullAt(5)) {
        target = Inputs.millis(row.getDouble(5), "slaTargetSeconds");
      }
    } catch (CemArgumentException e) {
      reject(5, e, policy);
      return;
    }
    if (ms >= 0) {
      if (target >= 0) {
        resolution.addMillis(ms, target);
      } else {
        resolution.addMillis(ms);
      }
    }
  }

  private void reject(int column, CemArgumentException e, InvalidRowPolicy policy) {
    if (policy == InvalidRowPolicy.FAIL) {
      throw e;
    }
    rejected[column] = Math.addExact(rejected[column], 1);
  }

  /** Merges {@code other} into this state. */
  public void merge(BundleState other) {
    checkNotNull(other, "other");
    nps.merge(other.nps);
    csat.merge(other.csat);
    ces.merge(other.ces);
    fcr.merge(other.fcr);
    resolution.merge(other.resolution);
    for (int i = 0; i < rejected.length; i++) {
      rejected[i] = Math.addExact(rejected[i], other.rejected[i]);
    }
  }

  /** Rejected counts by input column, in {@link #COLUMNS} order (a copy). */
  public long[] rejected() {
    return rejected.clone();
  }

  /** The estimates of the bundle's standard metrics (empty where no value was added). */
  public Map<String, Estimate> estimates(
      double confidence, NpsInterval npsInterval, ProportionInterval proportionInterval) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    m.put(StandardMetrics.NPS.id(), nps.snapshot(npsInterval, confidence).estimate());
    m.put(StandardMetrics.CSAT.id(), csat.snapshot(proportionInterval, confidence).estimate());
    m.put(StandardMetrics.CES.id(), ces.snapshot(confidence).estimate());
    m.put(StandardMetrics.FCR.id(), fcr.snapshot(proportionInterval, confidence).estimate());
    var durations = resolution.snapshot(confidence, proportionInterval);
    m.put(StandardMetrics.RESOLUTION_TIME.id(), durations.meanEstimate());
    m.put(StandardMetrics.SLA_ATTAINMENT.id(), durations.slaAttainment().estimate());
    return m;
  }

  /** The binary form described in the class documentation. */
  public byte[] toByteArray() {
    byte[][] parts = {
      nps.toByteArray(),
      csat.toByteArray(),
      ces.toByteArray(),
      fcr.toByteArray(),
      resolution.toByteArray()
    };
    int length = 8 + 8 * rejected.length;
    for (byte[] p : parts) {
      length += 4 + p.length;
    }
    ByteBuffer b = ByteBuffer.allocate(length);
    b.put(MAGIC).put((byte) VERSION).put((byte) PARTS).putShort((short) 0);
    for (long r : rejected) {
      b.putLong(r);
    }
    for (byte[] p : parts) {
      b.putInt(p.length).put(p);
    }
    return b.array();
  }

  /**
   * Reads the binary form.
   *
   * @throws CemFormatException if the bytes are not a cem bundle state of a known version
   */
  public static BundleState fromByteArray(byte[] image) {
    checkNotNull(image, "image");
    try {
      ByteBuffer b = ByteBuffer.wrap(image);
      byte[] magic = new byte[4];
      b.get(magic);
      int version = b.get() & 0xFF;
      int parts = b.get() & 0xFF;
      short reserved = b.getShort();
      if (magic[0] != MAGIC[0] || magic[1] != MAGIC[1] || magic[2] != MAGIC[2]
          || magic[3] != MAGIC[3] || version != VERSION || parts != PARTS || reserved != 0) {
        throw error(String.format(Locale.ROOT, "version %d, %d parts", version, parts));
      }
      long[] rejected = new long[COLUMNS.length];
      for (int i = 0; i < rejected.length; i++) {
        rejected[i] = b.getLong();
        if (rejected[i] < 0) {
          throw error("negative rejected count");
        }
      }
      byte[][] p = new byte[PARTS][];
      for (int i = 0; i < PARTS; i++) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
          throw error(String.format(Locale.ROOT, "part %d length %d", i, n));
        }
        p[i] = new byte[n];
        b.get(p[i]);
      }
      if (b.hasRemaining()) {
        throw error(String.format(Locale.ROOT, "%d unread bytes", b.remaining()));
      }
      return new BundleState(
          NpsAccumulator.fromByteArray(p[0]),
          ProportionAccumulator.fromByteArray(p[1]),
          MomentsAccumulator.fromByteArray(p[2]),
          ProportionAccumulator.fromByteArray(p[3]),
          DurationAccumulator.fromByteArray(p[4]),
          rejected);
    } catch (java.nio.BufferUnderflowException e) {
      throw error("truncated");
    }
  }

  private static CemFormatException error(String detail) {
    return new CemFormatException("not a cem bundle state image (\"CEMB\", version 1): " + detail);
  }
}
