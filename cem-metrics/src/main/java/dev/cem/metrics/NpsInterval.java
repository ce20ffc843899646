package dev.cem.metrics;

import dev.cem.metrics.internal.NpsStatistics;

/**
 * Confidence interval methods for the Net Promoter Score. The design notes and references are in
 * {@code dev.cem.metrics.internal.NpsStatistics}.
 */
public enum NpsInterval {
  /** Wald on counts plus 0.75 detractors, 1.5 passives and 0.75 promoters (Rocks 2016); default. */
  ADJUSTED_WALD("nps-adjusted-wald", NpsStatistics.Method.ADJUSTED_WALD),
  /** NPS +- z SE with the variance p + d - (p - d)^2. */
  WALD("nps-wald", NpsStatistics.Method.WALD),
  /** Tango's (1998) score interval for a difference of paired proportions, by root finding. */
  TANGO("nps-tango", NpsStatistics.Method.TANGO);

  private final String methodName;
  final NpsStatistics.Method method;

  NpsInterval(String methodName, NpsStatistics.Method method) {
    this.methodName = methodName;
    this.method = method;
  }

  /** The name written to {@link Estimate#method()}, e.g. {@code "nps-adjusted-wald"}. */
  public String methodName() {
    return methodName;
  }
}
