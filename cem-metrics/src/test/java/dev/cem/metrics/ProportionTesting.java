package dev.cem.metrics;

/**
 * Named proportion inputs and published reference intervals.
 *
 * <p>The reference values are Table II of R. G. Newcombe (1998), "Two-sided confidence intervals
 * for the single proportion: comparison of seven methods", Statistics in Medicine 17:857-872, for
 * the paper's four examples at 95%, rounded there to 4 decimals: method 3 (Wilson score), method 4
 * (Wilson score with continuity correction) and method 5 (Clopper-Pearson exact).
 */
final class ProportionTesting {
  private ProportionTesting() {}

  /** One published row: k of n, and the interval on 0..1 to 4 decimals. */
  record Published(long k, long n, ProportionInterval method, double lower, double upper) {}

  static final Published[] NEWCOMBE_1998 = {
    // Method 3, Wilson score.
    new Published(81, 263, ProportionInterval.WILSON, 0.2553, 0.3662),
    new Published(15, 148, ProportionInterval.WILSON, 0.0624, 0.1605),
    new Published(0, 20, ProportionInterval.WILSON, 0.0000, 0.1611),
    new Published(1, 29, ProportionInterval.WILSON, 0.0061, 0.1718),
    // Method 4, Wilson score with continuity correction.
    new Published(81, 263, ProportionInterval.WILSON_CC, 0.2535, 0.3682),
    new Published(15, 148, ProportionInterval.WILSON_CC, 0.0598, 0.1644),
    new Published(0, 20, ProportionInterval.WILSON_CC, 0.0000, 0.2005),
    new Published(1, 29, ProportionInterval.WILSON_CC, 0.0018, 0.1963),
    // Method 5, Clopper-Pearson exact.
    new Published(81, 263, ProportionInterval.CLOPPER_PEARSON, 0.2527, 0.3676),
    new Published(15, 148, ProportionInterval.CLOPPER_PEARSON, 0.0578, 0.1617),
    new Published(0, 20, ProportionInterval.CLOPPER_PEARSON, 0.0000, 0.1684),
    new Published(1, 29, ProportionInterval.CLOPPER_PEARSON, 0.0009, 0.1776),
  };
}
