package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.checkConfidence;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Critical values of the standard normal and Student t distributions for two-sided intervals.
 *
 * <p>Design: both come from Apache Commons Statistics [1]; the normal quantile is taken from the
 * survival function ({@code inverseSurvivalProbability(alpha / 2)}) so that it keeps full relative
 * precision for high confidence levels.
 *
 * <p>References: [1] Apache Commons Statistics 1.1, {@code commons-statistics-distribution}.
 */
public final class Quantiles {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Quantiles() {}

  /** The standard normal distribution. */
  public static NormalDistribution standardNormal() {
    return STANDARD_NORMAL;
  }

  /** z such that P(|Z| <= z) = confidence, for Z standard normal. */
  public static double z(double confidence) {
    checkConfidence(confidence);
    return STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
  }

  /** t such that P(|T| <= t) = confidence, for T Student t with {@code df} degrees of freedom. */
  public static double t(double confidence, double df) {
    checkConfidence(confidence);
    return TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
  }
}
