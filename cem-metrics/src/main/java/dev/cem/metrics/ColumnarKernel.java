package dev.cem.metrics;

import dev.cem.core.Scale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * The per-range counters of the columnar scorer and the one-pass loop that fills them.
 *
 * <p>Design. Counters are flat primitive arrays indexed by segment (and by category or score for
 * NPS, CSAT and CES), so a row costs a few array increments and no allocation. Scores on small
 * scales are kept as value histograms (count per score), from which both the top-box proportion
 * and the exact moments follow. Resolution seconds are integers, so their sum (long) and sum of
 * squares (128-bit: two longs with carry) are exact; M2 = (n sum(x^2) - sum(x)^2) / n is formed
 * exactly in BigInteger at the end and rounded once. Each range has its own kernel; kernels merge
 * by adding counters. The final results are built by the same factories and accumulators as the
 * object API ({@link NpsResult#of}, {@link ProportionResult#of}, {@link MomentsAccumulator},
 * {@link DurationAccumulator}), so the counts, and hence NPS and proportions, agree bit for bit;
 * means agree bit for bit while sums stay below 2^53, and variances to rounding.
 *
 * <p>The row-by-row loop {@link #run} is the reference: the fast paths that {@link #count} takes
 * ({@link PackedCounting} for grouped batches, {@link UngroupedCounting} for one segment) give the
 * same counts, are tested against the object API as this loop is, and hand it every chunk that
 * holds an invalid value, so that the {@link InvalidRowPolicy} is applied in one place.
 *
 * <p>Per-range kernels merged in range order follow the pairwise combination of [1]; counts are
 * combined exactly, so the merge is associative and the result independent of the number of
 * ranges. Percentiles use one HdrHistogram [2] per segment, created at its first value.
 *
 * <ol>
 *   <li>T. F. Chan, G. H. Golub, R. J. LeVeque (1979), "Updating formulae and a pairwise
 *       algorithm for computing sample variances", STAN-CS-79-773.
 *   <li>G. Tene, HdrHistogram 2.2.2 (github.com/HdrHistogram/HdrHistogram).
 * </ol>
 */
final class ColumnarKernel {
  static final String[] COLUMNS = {
    "segment", "nps", "csat", "ces", "fcr", "resolutionSeconds", "slaTargetSeconds"
  };
  static final int SEGMENT = 0;
  static final int NPS = 1;
  static final int CSAT = 2;
  static final int CES = 3;
  static final int FCR = 4;
  static final int RESOLUTION = 5;
  static final int SLA_TARGET = 6;

  /** Offset of each 0..10 score in a segment's (promoters, passives, detractors) triple. */
  private static final int[] NPS_SLOT = {2, 2, 2, 2, 2, 2, 2, 1, 1, 0, 0};

  private final int k;
  private final int csatMin;
  private final int csatPoints;
  private final int cesMin;
  private final int cesPoints;
  private final int digits;

  final long[] segmentRows;
  final long[] nps;
  final long[] csat;
  final long[] ces;
  final long[] fcr;
  final long[] resCount;
  final long[] resSum;
  final long[] resSqLo;
  final long[] resSqHi;
  final int[] resMin;
  final int[] resMax;
  final long[] slaTrials;
  final long[] slaMet;
  final @Nullable Histogram[] histograms;
  final long[] rejected = new long[COLUMNS.length];

  /** The first invalid row under FAIL, or -1. */
  int failRow = -1;

  int failColumn;
  long failValue;

  /**
   * Chunks that a fast path handed to {@link #run} because they held an invalid value: valid data
   * never should (the tests check that, since the row-by-row loop gives the same counts and would
   * hide a fast path that wrongly gave up).
   */
  int rowByRowChunks;

  ColumnarKernel(ColumnarBatch b, boolean percentiles, int digits) {
    this.k = b.segmentCount;
    this.csatMin = b.csatScale.min();
    this.csatPoints = b.csatScale.points();
    this.cesMin = b.cesScale.min();
    this.cesPoints = b.cesScale.points();
    this.digits = digits;
    segmentRows = new long[k];
    nps = new long[b.nps == null ? 0 : 3 * k];
    csat = new long[b.csat == null ? 0 : csatPoints * k];
    ces = new long[b.ces == null ? 0 : cesPoints * k];
    fcr = new long[b.fcr == null ? 0 : 2 * k];
    int resK = b.resolutionSeconds == null ? 0 : k;
    resCount = new long[resK];
    resSum = new long[resK];
    resSqLo = new long[resK];
    resSqHi = new long[resK];
    resMin = new int[resK];
    resMax = new int[resK];
    java.util.Arrays.fill(resMin, Integer.MAX_VALUE);
    java.util.Arrays.fill(resMax, Integer.MIN_VALUE);
    int slaK = b.resolutionSeconds == null || b.slaTargetSeconds == null ? 0 : k;
    slaTrials = new long[slaK];
    slaMet = new long[slaK];
    histograms = new Histogram[percentiles && resK > 0 ? k : 0];
  }

  /** Counts rows [from, to). Under FAIL, stops at the first invalid row and records it. */
  void run(ColumnarBatch b, int from, int to, boolean fail) {
    final int k = this.k;
    final int @Nullable [] segment = b.segment;
    final byte[] npsCol = b.nps;
    final byte[] csatCol = b.csat;
    final byte[] cesCol = b.ces;
    final byte[] fcrCol = b.fcr;
    final int[] resCol = b.resolutionSeconds;
    final int[] slaCol = b.slaTargetSeconds;
    final int csatMin = this.csatMin;
    final int csatMax = csatMin + csatPoints - 1;
    final int csatPoints = this.csatPoints;
    final int cesMin = this.cesMin;
    final int cesMax = cesMin + cesPoints - 1;
    final int cesPoints = this.cesPoints;
    final long[] segmentRows = this.segmentRows;
    final long[] nps = this.nps;
    final long[] csat = this.csat;
    final long[] ces = this.ces;
    final long[] fcr = this.fcr;
    final boolean sla = slaTrials.length > 0;
    final boolean hist = histograms.length > 0;
    final byte missing = ColumnarBatch.MISSING_BYTE;
    final int max = ColumnarBatch.MAX_SECONDS;

    for (int r = from; r < to; r++) {
      final int s = segment == null ? 0 : segment[r];
      // Validate the whole row first: a skipped row contributes nothing.
      int bad = -1;
      long badValue = 0;
      if (s < 0 || s >= k) {
        bad = SEGMENT;
        badValue = s;
      } else if (npsCol != null && npsCol[r] != missing && (npsCol[r] < 0 || npsCol[r] > 10)) {
        bad = NPS;
        badValue = npsCol[r];
      } else if (csatCol != null
          && csatCol[r] != missing
          && (csatCol[r] < csatMin || csatCol[r] > csatMax)) {
        bad = CSAT;
        badValue = csatCol[r];
      } else if (cesCol != null
          && cesCol[r] != missing
          && (cesCol[r] < cesMin || cesCol[r] > cesMax)) {
        bad = CES;
        badValue = cesCol[r];
      } else if (fcrCol != null && fcrCol[r] != missing && (fcrCol[r] & ~1) != 0) {
        bad = FCR;
        badValue = fcrCol[r];
      } else if (resCol != null && resCol[r] != -1 && (resCol[r] < 0 || resCol[r] > max)) {
        bad = RESOLUTION;
        badValue = resCol[r];
      } else if (slaCol != null && slaCol[r] != -1 && (slaCol[r] < 0 || slaCol[r] > max)) {
        bad = SLA_TARGET;
        badValue = slaCol[r];
      }
      if (bad >= 0) {
        if (fail) {
          failRow = r;
          failColumn = bad;
          failValue = badValue;
          return;
        }
        rejected[bad]++;
        continue;
      }
      segmentRows[s]++;
      if (npsCol != null) {
        int v = npsCol[r];
        if (v != missing) {
          nps[3 * s + NPS_SLOT[v]]++;
        }
      }
      if (csatCol != null) {
        int v = csatCol[r];
        if (v != missing) {
          csat[csatPoints * s + v - csatMin]++;
        }
      }
      if (cesCol != null) {
        int v = cesCol[r];
        if (v != missing) {
          ces[cesPoints * s + v - cesMin]++;
        }
      }
      if (fcrCol != null) {
        int v = fcrCol[r];
        if (v != missing) {
          fcr[2 * s] += v;
          fcr[2 * s + 1]++;
        }
      }
      if (resCol != null) {
        int v = resCol[r];
        if (v != -1) {
          resCount[s]++;
          resSum[s] += v;
          long sq = (long) v * v;
          long lo = resSqLo[s] + sq;
          if (Long.compareUnsigned(lo, sq) < 0) {
            resSqHi[s]++;
          }
          resSqLo[s] = lo;
          if (v < resMin[s]) {
            resMin[s] = v;
          }
          if (v > resMax[s]) {
            resMax[s] = v;
          }
          if (sla) {
            int target = slaCol[r];
            if (target != -1) {
              slaTrials[s]++;
              if (v <= target) {
                slaMet[s]++;
              }
            }
          }
          if (hist) {
            histogram(s).recordValue(v * 1000L);
          }
        }
      }
    }
  }

  /** The percentile histogram of segment s, created at its first value. */
  Histogram histogram(int s) {
    Histogram h = histograms[s];
    if (h == null) {
      h = new Histogram(digits);
      histograms[s] = h;
    }
    return h;
  }

  /**
   * Counts rows [from, to) through a fast path, {@link UngroupedCounting} for one segment and
   * {@link PackedCounting} for more; both give the same counts as {@link #run}, which they use
   * for chunks with invalid values.
   */
  void count(ColumnarBatch b, int from, int to, boolean fail) {
    if (k == 1) {
      new UngroupedCounting(this, b).run(b, from, to, fail);
    } else {
      new PackedCounting(this, b).run(b, from, to, fail);
    }
  }

  /**
   * Counts the morsels {@code morsels} hands out until none is left or a row fails (then stops
   * the handing out, see {@link Morsels#stop()}). One {@link PackedCounting} serves all of this
   * task's morsels, so its packed fields and extremes go into the totals once, at the end.
   */
  void count(ColumnarBatch b, Morsels morsels, boolean fail) {
    PackedCounting packed = k == 1 ? null : new PackedCounting(this, b);
    for (int m = morsels.next(); m >= 0; m = morsels.next()) {
      if (packed == null) {
        new UngroupedCounting(this, b).run(b, morsels.from(m), morsels.to(m), fail);
      } else {
        packed.count(b, morsels.from(m), morsels.to(m), fail);
      }
      if (failRow >= 0) {
        morsels.stop();
        break;
      }
    }
    if (packed != null) {
      packed.finish();
    }
  }

  /** Adds the counters of {@code other}, a kernel of other rows of the same batch. */
  void merge(ColumnarKernel other) {
    add(segmentRows, other.segmentRows);
    add(nps, other.nps);
    add(csat, other.csat);
    add(ces, other.ces);
    add(fcr, other.fcr);
    add(resCount, other.resCount);
    add(resSum, other.resSum);
    for (int s = 0; s < resSqLo.length; s++) {
      long lo = resSqLo[s] + other.resSqLo[s];
      resSqHi[s] += other.resSqHi[s] + (Long.compareUnsigned(lo, resSqLo[s]) < 0 ? 1 : 0);
      resSqLo[s] = lo;
      resMin[s] = Math.min(resMin[s], other.resMin[s]);
      resMax[s] = Math.max(resMax[s], other.resMax[s]);
    }
    add(slaTrials, other.slaTrials);
    add(slaMet, other.slaMet);
    add(rejected, other.rejected);
    for (int s = 0; s < histograms.length; s++) {
      Histogram h = other.histograms[s];
      if (h != null) {
        if (histograms[s] == null) {
          histograms[s] = h;
        } else {
          histograms[s].add(h);
        }
      }
    }
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  // ---- building the results through the shared statistics path ----

  NpsResult nps(int s, NpsInterval method, double confidence) {
    if (nps.length == 0) {
      return NpsResult.of(0, 0, 0, method, confidence);
    }
    return NpsResult.of(nps[3 * s], nps[3 * s + 1], nps[3 * s + 2], method, confidence);
  }

  ProportionResult topBox(int s, int threshold, ProportionInterval method, double confidence) {
    long trials = 0;
    long successes = 0;
    for (int i = 0; i < (csat.length == 0 ? 0 : csatPoints); i++) {
      long c = csat[csatPoints * s + i];
      trials += c;
      if (csatMin + i >= threshold) {
        successes += c;
      }
    }
    return ProportionResult.of(successes, trials, method, confidence);
  }

  MeanResult csatMean(int s, Scale scale, double confidence) {
    return scoreMoments(csat, csatPoints, csatMin, s, scale).snapshot(confidence);
  }

  MeanResult cesMean(int s, Scale scale, double confidence) {
    return scoreMoments(ces, cesPoints, cesMin, s, scale).snapshot(confidence);
  }

  ProportionResult fcr(int s, ProportionInterval method, double confidence) {
    return fcr.length == 0
        ? ProportionResult.of(0, 0, method, confidence)
        : ProportionResult.of(fcr[2 * s], fcr[2 * s + 1], method, confidence);
  }

  DurationResult resolution(int s, double confidence, ProportionInterval method) {
    long n = resCount.length == 0 ? 0 : resCount[s];
    long trials = slaTrials.length == 0 ? 0 : slaTrials[s];
    long met = slaMet.length == 0 ? 0 : slaMet[s];
    MomentsAccumulator seconds =
        n == 0
            ? MomentsAccumulator.create()
            : moments(null, n, resSum[s], resSqHi[s], resSqLo[s], resMin[s], resMax[s]);
    if (histograms.length > 0) {
      Histogram h = histograms[s] == null ? new Histogram(digits) : histograms[s];
      return DurationAccumulator.ofParts(digits, seconds, h, trials, met)
          .snapshot(confidence, method);
    }
    return new DurationResult(
        n,
        seconds.snapshot(confidence),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        ProportionResult.of(met, trials, method, confidence));
  }

  private static MomentsAccumulator scoreMoments(
      long[] hist, int points, int min, int s, Scale scale) {
    long n = 0;
    long sum = 0;
    long sumSq = 0;
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int i = 0; i < (hist.length == 0 ? 0 : points); i++) {
      long c = hist[points * s + i];
      if (c != 0) {
        int v = min + i;
        n += c;
        sum += c * v;
        sumSq += c * v * v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return n == 0
        ? MomentsAccumulator.forScale(scale)
        : moments(scale, n, sum, 0, sumSq, lo, hi);
  }

  /** Moments from exact integer sums; sumSq is the 128-bit (hi, unsigned lo). */
  private static MomentsAccumulator moments(
      @Nullable Scale scale, long n, long sum, long sumSqHi, long sumSqLo, int min, int max) {
    double m2 = m2(n, sum, sumSqHi, sumSqLo);
    double high = (double) sum;
    double compensation = (double) (sum - (long) high);
    return MomentsAccumulator.ofState(scale, n, high, compensation, m2, min, max);
  }

  /**
   * M2 = (n sum(x^2) - sum(x)^2) / n from exact integer sums, within one rounding of the exact
   * value. The numerator is formed exactly in 128 bits; when it fits a long (the usual case), M2 is
   * its integer quotient plus the remainder's fraction, otherwise BigDecimal does the division.
   */
  static double m2(long n, long sum, long sumSqHi, long sumSqLo) {
    if (sumSqHi == 0 && sumSqLo >= 0) {
      long aHi = Math.multiplyHigh(sumSqLo, n);
      long aLo = sumSqLo * n;
      long bHi = Math.multiplyHigh(sum, sum);
      long bLo = sum * sum;
      long lo = aLo - bLo;
      long hi = aHi - bHi - (Long.compareUnsigned(aLo, bLo) < 0 ? 1 : 0);
      if (hi == 0 && lo >= 0) {
        long quotient = lo / n;
        if (quotient < 1L << 53) {
          return quotient + (double) (lo % n) / n;
        }
      }
    }
    BigInteger sumSq =
        BigInteger.valueOf(sumSqHi)
            .shiftLeft(64)
            .add(new BigInteger(Long.toUnsignedString(sumSqLo)));
    BigInteger bigSum = BigInteger.valueOf(sum);
    BigInteger numerator = sumSq.multiply(BigInteger.valueOf(n)).subtract(bigSum.multiply(bigSum));
    return new BigDecimal(numerator)
        .divide(BigDecimal.valueOf(n), MathContext.DECIMAL128)
        .doubleValue();
  }
}
