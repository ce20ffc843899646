package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.Scale;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Random columnar batches and a naive reference scorer: row by row through the object API
 * (one accumulator per metric and segment), with its own validation written independently of
 * the columnar kernel.
 */
final class ColumnarTesting {
  private ColumnarTesting() {}

  /** Raw columns of a generated batch. */
  static final class Columns {
    final int[] segment;
    final int segmentCount;
    final byte[] nps;
    final byte[] csat;
    final byte[] ces;
    final byte[] fcr;
    final int[] resolution;
    final int[] target;

    Columns(int rows, int segmentCount) {
      this.segment = new int[rows];
      this.segmentCount = segmentCount;
      this.nps = new byte[rows];
      this.csat = new byte[rows];
      this.ces = new byte[rows];
      this.fcr = new byte[rows];
      this.resolution = new int[rows];
      this.target = new int[rows];
    }

    /** Column bits for {@link #keepOnly} and {@link #batch(int)}. */
    static final int NPS = 1;
    static final int CSAT = 2;
    static final int CES = 4;
    static final int FCR = 8;
    static final int RESOLUTION = 16;
    static final int TARGET = 32;
    static final int ALL = 63;

    /**
     * Makes every column not in {@code columns} all-missing, so that the reference (which reads
     * all columns) scores what a batch of only those columns should.
     */
    Columns keepOnly(int columns) {
      fillIfAbsent(columns, NPS, nps);
      fillIfAbsent(columns, CSAT, csat);
      fillIfAbsent(columns, CES, ces);
      fillIfAbsent(columns, FCR, fcr);
      if ((columns & RESOLUTION) == 0) {
        java.util.Arrays.fill(resolution, ColumnarBatch.MISSING_INT);
      }
      if ((columns & TARGET) == 0) {
        java.util.Arrays.fill(target, ColumnarBatch.MISSING_INT);
      }
      return this;
    }

    private static void fillIfAbsent(int columns, int bit, byte[] column) {
      if ((columns & bit) == 0) {
        java.util.Arrays.fill(column, ColumnarBatch.MISSING_BYTE);
      }
    }

    /** A batch of only the given columns (at least one metric column). */
    ColumnarBatch batch(int columns) {
      return batchOfSegments(segmentCount, columns);
    }

    /** A batch of only the given columns, as a batch of {@code segments} segments. */
    ColumnarBatch batchOfSegments(int segments, int columns) {
      return batch(columns, ColumnarBatch.builder(segment, segments));
    }

    /** An ungrouped batch of the given columns; the segment column must be all zeros. */
    ColumnarBatch ungroupedBatch(int columns) {
      for (int s : segment) {
        assertThat(s).isZero();
      }
      return batch(columns, ColumnarBatch.ungrouped(segment.length));
    }

    private ColumnarBatch batch(int columns, ColumnarBatch.Builder b) {
      if ((columns & NPS) != 0) {
        b.nps(nps);
      }
      if ((columns & CSAT) != 0) {
        b.csat(csat);
      }
      if ((columns & CES) != 0) {
        b.ces(ces);
      }
      if ((columns & FCR) != 0) {
        b.fcr(fcr);
      }
      if ((columns & RESOLUTION) != 0) {
        b.resolutionSeconds(resolution);
      }
      if ((columns & TARGET) != 0) {
        b.slaTargetSeconds(target);
      }
      return b.build();
    }

    ColumnarBatch batch() {
      return batchOfSegments(segmentCount);
    }

    /** All columns, as a batch of {@code segments} segments (more than the ids in use, say). */
    ColumnarBatch batchOfSegments(int segments) {
      return batchOfSegments(segments, ALL);
    }
  }

  /**
   * Random rows: about 10% missing per column, and, when {@code invalidRate > 0}, that share of
   * rows with one out-of-range value in a random column.
   */
  static Columns random(long seed, int rows, int segmentCount, double invalidRate) {
    return random(seed, rows, segmentCount, invalidRate, 0.1, 200_000);
  }

  /**
   * Random rows with the given share of missing values per column and resolution seconds below
   * {@code maxSeconds}.
   */
  static Columns random(
      long seed,
      int rows,
      int segmentCount,
      double invalidRate,
      double missingRate,
      int maxSeconds) {
    SplittableRandom random = new SplittableRandom(seed);
    Columns c = new Columns(rows, segmentCount);
    for (int r = 0; r < rows; r++) {
      c.segment[r] = random.nextInt(segmentCount);
      c.nps[r] = missingOr(random, missingRate, (byte) random.nextInt(11));
      c.csat[r] = missingOr(random, missingRate, (byte) (1 + random.nextInt(5)));
      c.ces[r] = missingOr(random, missingRate, (byte) (1 + random.nextInt(7)));
      c.fcr[r] = missingOr(random, missingRate, (byte) random.nextInt(2));
      c.resolution[r] = random.nextDouble() < missingRate ? -1 : random.nextInt(maxSeconds);
      c.target[r] = random.nextDouble() < missingRate ? -1 : 3600 * (1 + random.nextInt(48));
      if (random.nextDouble() < invalidRate) {
        switch (random.nextInt(7)) {
          case 0 -> c.segment[r] = random.nextBoolean() ? -1 : segmentCount;
          case 1 -> c.nps[r] = (byte) (random.nextBoolean() ? 11 : -1);
          case 2 -> c.csat[r] = 0;
          case 3 -> c.ces[r] = 8;
          case 4 -> c.fcr[r] = 2;
          case 5 -> c.resolution[r] = -2;
          default -> c.target[r] = -5;
        }
      }
    }
    return c;
  }

  private static byte missingOr(SplittableRandom random, double missingRate, byte value) {
    return random.nextDouble() < missingRate ? ColumnarBatch.MISSING_BYTE : value;
  }

  /** Per-segment accumulators of the reference. */
  static final class Reference {
    final NpsAccumulator[] nps;
    final ProportionAccumulator[] csatTop;
    final MomentsAccumulator[] csatMean;
    final MomentsAccumulator[] cesMean;
    final ProportionAccumulator[] fcr;
    final DurationAccumulator[] resolution;
    final long[] rows;
    final long[] rejectedByColumn = new long[7];

    Reference(int k) {
      nps = new NpsAccumulator[k];
      csatTop = new ProportionAccumulator[k];
      csatMean = new MomentsAccumulator[k];
      cesMean = new MomentsAccumulator[k];
      fcr = new ProportionAccumulator[k];
      resolution = new DurationAccumulator[k];
      rows = new long[k];
      for (int s = 0; s < k; s++) {
        nps[s] = NpsAccumulator.create();
        csatTop[s] = ProportionAccumulator.topBox(Scale.CSAT, 2);
        csatMean[s] = MomentsAccumulator.forScale(Scale.CSAT);
        cesMean[s] = MomentsAccumulator.forScale(Scale.CES);
        fcr[s] = ProportionAccumulator.binary();
        resolution[s] = DurationAccumulator.create();
      }
    }
  }

  /** The naive reference: validate each row, then add its values to the object accumulators. */
  static Reference reference(Columns c) {
    Reference ref = new Reference(c.segmentCount);
    byte missing = ColumnarBatch.MISSING_BYTE;
    for (int r = 0; r < c.segment.length; r++) {
      int firstBad = firstInvalidColumn(c, r);
      if (firstBad >= 0) {
        ref.rejectedByColumn[firstBad]++;
        continue;
      }
      int s = c.segment[r];
      ref.rows[s]++;
      if (c.nps[r] != missing) {
        ref.nps[s].add(c.nps[r]);
      }
      if (c.csat[r] != missing) {
        ref.csatTop[s].add(c.csat[r]);
        ref.csatMean[s].add(c.csat[r]);
      }
      if (c.ces[r] != missing) {
        ref.cesMean[s].add(c.ces[r]);
      }
      if (c.fcr[r] != missing) {
        ref.fcr[s].add(c.fcr[r] == 1);
      }
      if (c.resolution[r] != -1) {
        Duration d = Duration.ofSeconds(c.resolution[r]);
        if (c.target[r] != -1) {
          ref.resolution[s].add(d, Duration.ofSeconds(c.target[r]));
        } else {
          ref.resolution[s].add(d);
        }
      }
    }
    return ref;
  }

  private static int firstInvalidColumn(Columns c, int r) {
    byte missing = ColumnarBatch.MISSING_BYTE;
    if (c.segment[r] < 0 || c.segment[r] >= c.segmentCount) {
      return 0;
    }
    if (c.nps[r] != missing && !Scale.NPS.contains(c.nps[r])) {
      return 1;
    }
    if (c.csat[r] != missing && !Scale.CSAT.contains(c.csat[r])) {
      return 2;
    }
    if (c.ces[r] != missing && !Scale.CES.contains(c.ces[r])) {
      return 3;
    }
    if (c.fcr[r] != missing && c.fcr[r] != 0 && c.fcr[r] != 1) {
      return 4;
    }
    if (c.resolution[r] < -1 || c.resolution[r] > ColumnarBatch.MAX_SECONDS) {
      return 5;
    }
    if (c.target[r] < -1 || c.target[r] > ColumnarBatch.MAX_SECONDS) {
      return 6;
    }
    return -1;
  }

  /** Counts must agree exactly, moments to 1e-12 relative, percentiles exactly when computed. */
  static void assertMatches(SegmentScores actual, Reference ref, boolean percentiles) {
    int s = actual.segment();
    assertThat(actual.rows()).isEqualTo(ref.rows[s]);
    assertThat(actual.nps()).isEqualTo(ref.nps[s].snapshot());
    assertThat(actual.csatTopBox()).isEqualTo(ref.csatTop[s].snapshot());
    assertThat(actual.fcr()).isEqualTo(ref.fcr[s].snapshot());
    assertMeans(actual.csatMean(), ref.csatMean[s].snapshot());
    assertMeans(actual.cesMean(), ref.cesMean[s].snapshot());
    DurationResult expected = ref.resolution[s].snapshot();
    assertThat(actual.resolution().slaAttainment()).isEqualTo(expected.slaAttainment());
    assertMeans(actual.resolution().mean(), expected.mean());
    if (percentiles) {
      assertSame(actual.resolution().p50Seconds(), expected.p50Seconds());
      assertSame(actual.resolution().p90Seconds(), expected.p90Seconds());
      assertSame(actual.resolution().p99Seconds(), expected.p99Seconds());
    } else {
      assertThat(actual.resolution().p50Seconds()).isNaN();
    }
  }

  /** Equal count, mean, min and max; variance and interval to 1e-12 relative. */
  static void assertMeans(MeanResult actual, MeanResult expected) {
    assertThat(actual.count()).isEqualTo(expected.count());
    if (expected.isEmpty()) {
      assertThat(actual).isEqualTo(expected);
      return;
    }
    assertThat(actual.mean()).isEqualTo(expected.mean());
    assertThat(actual.min()).isEqualTo(expected.min());
    assertThat(actual.max()).isEqualTo(expected.max());
    assertClose(actual.variance(), expected.variance());
    assertClose(actual.estimate().standardError(), expected.estimate().standardError());
    assertClose(actual.estimate().lower(), expected.estimate().lower());
    assertClose(actual.estimate().upper(), expected.estimate().upper());
  }

  /** Identical doubles, NaN equal to NaN (Double.equals). */
  static void assertSame(double actual, double expected) {
    assertThat(Double.valueOf(actual)).isEqualTo(Double.valueOf(expected));
  }

  /** Equal to within 1e-12 relative (both NaN counts as equal). */
  static void assertClose(double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }
  }
}
