package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.checkArgument;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Confidence intervals for a binomial proportion k/n, on the 0..1 scale.
 *
 * <p>Design: every method works from the counts alone, so pooled counts from any number of merged
 * accumulators give the same interval. Bounds are clamped to [0, 1]; at k = 0 the lower bound and
 * at k = n the upper bound are exactly 0 and 1 for the methods whose closed form gives those
 * limits (Wilson, Wilson CC, Jeffreys and Clopper-Pearson by the usual convention [3][4]).
 *
 * <ol>
 *   <li>Wilson score interval: E. B. Wilson (1927), "Probable inference, the law of succession,
 *       and statistical inference", JASA 22:209-212; formula as method 3 of [2].
 *   <li>R. G. Newcombe (1998), "Two-sided confidence intervals for the single proportion:
 *       comparison of seven methods", Statistics in Medicine 17:857-872. Method 4 is the Wilson
 *       interval with continuity correction used here; method 5 is Clopper-Pearson.
 *   <li>C. J. Clopper, E. S. Pearson (1934), "The use of confidence or fiducial limits illustrated
 *       in the case of the binomial", Biometrika 26:404-413; computed from beta quantiles.
 *   <li>L. D. Brown, T. T. Cai, A. DasGupta (2001), "Interval estimation for a binomial
 *       proportion", Statistical Science 16:101-133 (Jeffreys interval, Beta(k+1/2, n-k+1/2)).
 *   <li>A. Agresti, B. A. Coull (1998), "Approximate is better than 'exact' for interval
 *       estimation of binomial proportions", The American Statistician 52:119-126.
 * </ol>
 */
public final class ProportionStatistics {
  /** Interval methods, in the order of the public {@code ProportionInterval} enum. */
  public enum Method {
    WILSON,
    WILSON_CC,
    AGRESTI_COULL,
    JEFFREYS,
    CLOPPER_PEARSON
  }

  private ProportionStatistics() {}

  /**
   * Returns {lower, upper} on the 0..1 scale.
   *
   * @param k successes, 0 <= k <= n
   * @param n trials, > 0
   */
  public static double[] interval(long k, long n, Method method, double confidence) {
    checkArgument(n > 0, "trials (%d) must be > 0 for an interval", n);
    checkArgument(k >= 0 && k <= n, "successes (%d) must be between 0 and trials (%d)", k, n);
    double alpha = 1 - confidence;
    switch (method) {
      case WILSON:
        return wilson(k, n, Quantiles.z(confidence));
      case WILSON_CC:
        return wilsonCc(k, n, Quantiles.z(confidence));
      case AGRESTI_COULL:
        return agrestiCoull(k, n, Quantiles.z(confidence));
      case JEFFREYS:
        return new double[] {
          k == 0 ? 0 : BetaDistribution.of(k + 0.5, n - k + 0.5).inverseCumulativeProbability(alpha / 2),
          k == n ? 1 : BetaDistribution.of(k + 0.5, n - k + 0.5).inverseSurvivalProbability(alpha / 2)
        };
      case CLOPPER_PEARSON:
        return new double[] {
          k == 0 ? 0 : BetaDistribution.of(k, n - k + 1).inverseCumulativeProbability(alpha / 2),
          k == n ? 1 : BetaDistribution.of(k + 1, n - k).inverseSurvivalProbability(alpha / 2)
        };
    }
    throw new AssertionError(method);
  }

  /** The Wald standard error sqrt(p (1 - p) / n), on the 0..1 scale. */
  public static double standardError(long k, long n) {
    double p = (double) k / n;
    return Math.sqrt(p * (1 - p) / n);
  }

  private static double[] wilson(long k, long n, double z) {
    double nd = n;
    double p = k / nd;
    double z2 = z * z;
    double denominator = 1 + z2 / nd;
    double centre = (p + z2 / (2 * nd)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / nd + z2 / (4 * nd * nd));
    return new double[] {k == 0 ? 0 : clamp(centre - half), k == n ? 1 : clamp(centre + half)};
  }

  private static double[] wilsonCc(long k, long n, double z) {
    double nd = n;
    double p = k / nd;
    double q = 1 - p;
    double z2 = z * z;
    double denominator = 2 * (nd + z2);
    double lower =
        k == 0
            ? 0
            : (2 * nd * p + z2 - 1 - z * Math.sqrt(z2 - 2 - 1 / nd + 4 * p * (nd * q + 1)))
                / denominator;
    double upper =
        k == n
            ? 1
            : (2 * nd * p + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / nd + 4 * p * (nd * q - 1)))
                / denominator;
    return new double[] {clamp(lower), clamp(upper)};
  }

  private static double[] agrestiCoull(long k, long n, double z) {
    double z2 = z * z;
    double nTilde = n + z2;
    double pTilde = (k + z2 / 2) / nTilde;
    double half = z * Math.sqrt(pTilde * (1 - pTilde) / nTilde);
    return new double[] {clamp(pTilde - half), clamp(pTilde + half)};
  }

  static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
