package dev.cem.benchmarks;

/**
 * Baseline (a), the limit: a loop that reads each needed column once and sums it, doing no
 * other work. No implementation of the job can read its input faster than this on one thread;
 * at 10,000,000 rows it measures memory bandwidth more than arithmetic.
 */
public final class Limit {

  private Limit() {}

  /** Reads all six columns once; the wrapping int sum keeps the loop vectorisable. */
  public static int sumAllColumns(SurveyData d) {
    byte[] nps = d.nps;
    byte[] csat = d.csat;
    int[] segment = d.segment;
    byte[] channel = d.channel;
    int[] resolution = d.resolutionSeconds;
    int[] sla = d.slaTargetSeconds;
    int sum = 0;
    for (int i = 0; i < d.rows; i++) {
      sum += nps[i] + csat[i] + segment[i] + channel[i] + resolution[i] + sla[i];
    }
    return sum;
  }

  /** Reads the four columns the ungrouped job needs (NPS, CSAT, resolution, SLA target) once. */
  public static int sumUngroupedColumns(SurveyData d) {
    byte[] nps = d.nps;
    byte[] csat = d.csat;
    int[] resolution = d.resolutionSeconds;
    int[] sla = d.slaTargetSeconds;
    int sum = 0;
    for (int i = 0; i < d.rows; i++) {
      sum += nps[i] + csat[i] + resolution[i] + sla[i];
    }
    return sum;
  }
}
