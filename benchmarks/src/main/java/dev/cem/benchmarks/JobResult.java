package dev.cem.benchmarks;

import java.util.Arrays;

/**
 * The output of the benchmark job for one pass over {@link SurveyData}: per group, the counts
 * every implementation must agree on exactly, and the metrics derived from them.
 *
 * <p>The job, per group (1000 segments, or one group when ungrouped):
 *
 * <ul>
 *   <li>NPS = 100 * (promoters - detractors) / n, promoters answer 9..10, detractors 0..6;
 *   <li>CSAT top-2-box = share of answers 4..5;
 *   <li>SLA attainment = share of rows with resolution time at most the row's SLA target;
 *   <li>mean resolution time, in seconds;
 *   <li>a weighted bundle of the four on 0..100: see {@link #bundle(int)}.
 * </ul>
 *
 * <p>Every implementation fills the six count arrays; the derived metrics are computed from
 * counts here (or, for the library, by the library from its own accumulators), so a difference
 * in counts is a bug, while a difference in the last bits of a derived value is rounding.
 */
public final class JobResult {

  /** Bundle weights: NPS, CSAT top-2-box, SLA attainment, resolution time (sum 1). */
  public static final double W_NPS = 0.30;
  public static final double W_CSAT = 0.30;
  public static final double W_SLA = 0.25;
  public static final double W_RESOLUTION = 0.15;

  /** Mean resolution at or under this scores 100 in the bundle (1 hour). */
  public static final double RESOLUTION_GOOD_SECONDS = 3600;

  /** Mean resolution at or over this scores 0 in the bundle (24 hours); linear between. */
  public static final double RESOLUTION_BAD_SECONDS = 86_400;

  public final long[] n;
  public final long[] promoters;
  public final long[] detractors;
  public final long[] csatTop2;
  public final long[] slaMet;
  public final long[] sumResolutionSeconds;

  /** Creates an all-zero result for {@code groups} groups. */
  public JobResult(int groups) {
    this.n = new long[groups];
    this.promoters = new long[groups];
    this.detractors = new long[groups];
    this.csatTop2 = new long[groups];
    this.slaMet = new long[groups];
    this.sumResolutionSeconds = new long[groups];
  }

  public int groups() {
    return n.length;
  }

  /** Sets the counts of group {@code g}. */
  public void set(int g, long n, long promoters, long detractors, long csatTop2, long slaMet, long sumResolutionSeconds) {
    this.n[g] = n;
    this.promoters[g] = promoters;
    this.detractors[g] = detractors;
    this.csatTop2[g] = csatTop2;
    this.slaMet[g] = slaMet;
    this.sumResolutionSeconds[g] = sumResolutionSeconds;
  }

  /** NPS of group {@code g} on -100..100; NaN for an empty group. */
  public double nps(int g) {
    return nps(n[g], promoters[g], detractors[g]);
  }

  public double csatTop2Box(int g) {
    return share(csatTop2[g], n[g]);
  }

  public double slaAttainment(int g) {
    return share(slaMet[g], n[g]);
  }

  public double meanResolutionSeconds(int g) {
    return share(sumResolutionSeconds[g], n[g]);
  }

  /** The weighted bundle of group {@code g} on 0..100; NaN for an empty group. */
  public double bundle(int g) {
    return bundle(nps(g), csatTop2Box(g), slaAttainment(g), meanResolutionSeconds(g));
  }

  /** NPS from counts; NaN when {@code n} is 0. */
  public static double nps(long n, long promoters, long detractors) {
    return n == 0 ? Double.NaN : 100.0 * (promoters - detractors) / n;
  }

  /** {@code part / n}; NaN when {@code n} is 0. */
  public static double share(long part, long n) {
    return n == 0 ? Double.NaN : (double) part / n;
  }

  /**
   * The bundle: each metric mapped to 0..100 (NPS linearly from -100..100, the two shares times
   * 100, mean resolution linearly from {@value #RESOLUTION_BAD_SECONDS} s = 0 to {@value
   * #RESOLUTION_GOOD_SECONDS} s = 100, clamped), then weighted by {@link #W_NPS} etc.
   */
  public static double bundle(double nps, double top2Box, double slaAttainment, double meanResolution) {
    double resolutionScore =
        100.0 * Math.max(0, Math.min(1, (RESOLUTION_BAD_SECONDS - meanResolution) / (RESOLUTION_BAD_SECONDS - RESOLUTION_GOOD_SECONDS)));
    return W_NPS * (nps + 100) / 2
        + W_CSAT * 100 * top2Box
        + W_SLA * 100 * slaAttainment
        + W_RESOLUTION * resolutionScore;
  }

  /** True when every count of every group is equal. */
  public boolean countsEqual(JobResult other) {
    return Arrays.equals(n, other.n)
        && Arrays.equals(promoters, other.promoters)
        && Arrays.equals(detractors, other.detractors)
        && Arrays.equals(csatTop2, other.csatTop2)
        && Arrays.equals(slaMet, other.slaMet)
        && Arrays.equals(sumResolutionSeconds, other.sumResolutionSeconds);
  }

  /** Sum of all bundle scores: one number a benchmark returns so that no work is dead code. */
  public double checksum() {
    double sum = 0;
    for (int g = 0; g < groups(); g++) {
      double b = bundle(g);
      if (b == b) {
        sum += b;
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return "JobResult[groups=" + groups() + ", rows=" + Arrays.stream(n).sum() + ", checksum=" + checksum() + "]";
  }
}
