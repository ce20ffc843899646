package dev.cem.metrics;

import dev.cem.metrics.internal.ProportionStatistics;

/**
 * Confidence interval methods for a proportion. The design notes and references are in {@code
 * dev.cem.metrics.internal.ProportionStatistics}.
 */
public enum ProportionInterval {
  /** Wilson score interval (Wilson 1927; Newcombe 1998 method 3); default. */
  WILSON("wilson", ProportionStatistics.Method.WILSON),
  /** Wilson score interval with continuity correction (Newcombe 1998 method 4). */
  WILSON_CC("wilson-cc", ProportionStatistics.Method.WILSON_CC),
  /** Agresti-Coull (1998): add z^2/2 successes and failures, then Wald. */
  AGRESTI_COULL("agresti-coull", ProportionStatistics.Method.AGRESTI_COULL),
  /** Jeffreys: equal-tailed Beta(k + 1/2, n - k + 1/2) interval (Brown, Cai, DasGupta 2001). */
  JEFFREYS("jeffreys", ProportionStatistics.Method.JEFFREYS),
  /** Clopper-Pearson (1934) exact interval from beta quantiles (Newcombe 1998 method 5). */
  CLOPPER_PEARSON("clopper-pearson", ProportionStatistics.Method.CLOPPER_PEARSON);

  private final String methodName;
  final ProportionStatistics.Method method;

  ProportionInterval(String methodName, ProportionStatistics.Method method) {
    this.methodName = methodName;
    this.method = method;
  }

  /** The name written to {@link Estimate#method()}, e.g. {@code "wilson"}. */
  public String methodName() {
    return methodName;
  }
}
