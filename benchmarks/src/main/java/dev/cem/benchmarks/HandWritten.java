package dev.cem.benchmarks;

/**
 * Baseline (b): the single-pass columnar loop a skilled engineer writes in an afternoon. Flat
 * primitive counters, no allocation per row, no branches on the data (comparisons become
 * 0/1 increments), and for the grouped job the six counters of a group interleaved in one
 * {@code long[]} with a stride of 8, so that a group's counters share one 64-byte cache line.
 */
public final class HandWritten {

  /** Counters per group: n, promoters, detractors, CSAT top-2, SLA met, sum of resolution; 2 pad. */
  private static final int STRIDE = 8;

  private HandWritten() {}

  /** The grouped job, one group per segment. */
  public static JobResult grouped(SurveyData d) {
    byte[] nps = d.nps;
    byte[] csat = d.csat;
    int[] segment = d.segment;
    int[] resolution = d.resolutionSeconds;
    int[] sla = d.slaTargetSeconds;
    long[] c = new long[SurveyData.SEGMENTS * STRIDE];
    for (int i = 0; i < d.rows; i++) {
      int b = segment[i] * STRIDE;
      int score = nps[i];
      int seconds = resolution[i];
      c[b]++;
      c[b + 1] += score >= 9 ? 1 : 0;
      c[b + 2] += score <= 6 ? 1 : 0;
      c[b + 3] += csat[i] >= 4 ? 1 : 0;
      c[b + 4] += seconds <= sla[i] ? 1 : 0;
      c[b + 5] += seconds;
    }
    JobResult r = new JobResult(SurveyData.SEGMENTS);
    for (int g = 0; g < SurveyData.SEGMENTS; g++) {
      int b = g * STRIDE;
      r.set(g, c[b], c[b + 1], c[b + 2], c[b + 3], c[b + 4], c[b + 5]);
    }
    return r;
  }

  /** The ungrouped job: one group, counters in local variables. */
  public static JobResult ungrouped(SurveyData d) {
    byte[] nps = d.nps;
    byte[] csat = d.csat;
    int[] resolution = d.resolutionSeconds;
    int[] sla = d.slaTargetSeconds;
    long promoters = 0;
    long detractors = 0;
    long top2 = 0;
    long met = 0;
    long sum = 0;
    for (int i = 0; i < d.rows; i++) {
      int score = nps[i];
      int seconds = resolution[i];
      promoters += score >= 9 ? 1 : 0;
      detractors += score <= 6 ? 1 : 0;
      top2 += csat[i] >= 4 ? 1 : 0;
      met += seconds <= sla[i] ? 1 : 0;
      sum += seconds;
    }
    JobResult r = new JobResult(1);
    r.set(0, d.rows, promoters, detractors, top2, met, sum);
    return r;
  }
}
