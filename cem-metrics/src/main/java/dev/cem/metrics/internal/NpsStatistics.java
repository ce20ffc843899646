package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.checkArgument;

/**
 * The Net Promoter Score from counts of promoters (9-10), passives (7-8) and detractors (0-6), its
 * variance and three confidence intervals, all on the -1..1 scale.
 *
 * <p>Design. With shares p (promoters), a (passives) and d (detractors) of n, NPS = p - d and its
 * variance per observation is p + d - (p - d)^2 [1]. Substituting p + a + d = 1 gives the
 * cancellation-free form (a (p + d) + 4 p d), which is used here on the counts:
 * var = (A (P + D) + 4 P D) / n^2. The standard error is sqrt(var / n).
 *
 * <ul>
 *   <li>WALD: NPS +- z SE, clamped to [-1, 1].
 *   <li>ADJUSTED_WALD (default): add 0.75 to detractors and promoters and 1.5 to passives (3
 *       pseudo-observations), then Wald around the adjusted NPS with the adjusted variance and
 *       n + 3 [2]. Like Agresti-Coull for one proportion, the adjusted interval is centred on the
 *       adjusted NPS, so for tiny samples it may not contain the observed value.
 *   <li>TANGO: the score interval for a difference of paired proportions [3], applied to the NPS as
 *       in [1][2]: a respondent is the pair (promoter?, detractor?), so promoters and detractors
 *       are the two discordant cells and NPS is their difference. For a candidate difference
 *       delta, the restricted maximum-likelihood estimate of the detractor share q solves
 *       2n q^2 + (-(P + D) + (2n - P + D) delta) q - D delta (1 - delta) = 0, and the score is
 *       Z(delta) = (P - D - n delta) / sqrt(n (2 q + delta (1 - delta))). The limits are the roots
 *       of Z(delta) = +-z, found by bisection to 1e-15 (Z decreases in delta); a limit is exactly
 *       1 (or -1) when every respondent is a promoter (or a detractor).
 * </ul>
 *
 * <p>References:
 *
 * <ol>
 *   <li>B. Rocks, R package {@code NPS} (CRAN; github.com/brendan-r/NPS), functions
 *       {@code nps_var} and {@code nps_se}, and the interval estimators in
 *       {@code R/nps_interval_estimators.R}.
 *   <li>B. Rocks (2016), "Interval estimation for the 'Net Promoter Score'", The American
 *       Statistician 70(4):365-372.
 *   <li>T. Tango (1998), "Equivalence test and confidence interval for the difference in
 *       proportions for the paired-sample design", Statistics in Medicine 17:891-908.
 * </ol>
 */
public final class NpsStatistics {
  /** Interval methods, in the order of the public {@code NpsInterval} enum. */
  public enum Method {
    ADJUSTED_WALD,
    WALD,
    TANGO
  }

  /** Pseudo-counts of the adjusted Wald interval [2]. */
  public static final double ADJUST_PROMOTERS = 0.75;

  public static final double ADJUST_PASSIVES = 1.5;
  public static final double ADJUST_DETRACTORS = 0.75;

  private NpsStatistics() {}

  /** NPS on the -1..1 scale; n must be > 0. */
  public static double nps(double promoters, double detractors, double n) {
    return (promoters - detractors) / n;
  }

  /** Variance per observation, (A (P + D) + 4 P D) / n^2, on the -1..1 scale. */
  public static double variance(double promoters, double passives, double detractors) {
    double n = promoters + passives + detractors;
    return (passives * (promoters + detractors) + 4 * promoters * detractors) / (n * n);
  }

  /** Standard error sqrt(variance / n) on the -1..1 scale. */
  public static double standardError(double promoters, double passives, double detractors) {
    double n = promoters + passives + detractors;
    return Math.sqrt(variance(promoters, passives, detractors) / n);
  }

  /** The standard error of the adjusted (0.75, 1.5, 0.75) counts, on the -1..1 scale. */
  public static double adjustedStandardError(long promoters, long passives, long detractors) {
    return standardError(
        promoters + ADJUST_PROMOTERS, passives + ADJUST_PASSIVES, detractors + ADJUST_DETRACTORS);
  }

  /** The adjusted NPS, (P - D) / (n + 3), on the -1..1 scale. */
  public static double adjustedNps(long promoters, long passives, long detractors) {
    double n = (double) promoters + passives + detractors + 3;
    return nps(promoters + ADJUST_PROMOTERS, detractors + ADJUST_DETRACTORS, n);
  }

  /** Returns {lower, upper} on the -1..1 scale; the total count must be > 0. */
  public static double[] interval(
      long promoters, long passives, long detractors, Method method, double confidence) {
    double n = (double) promoters + passives + detractors;
    checkArgument(n > 0, "respondents (%s) must be > 0 for an interval", n);
    double z = Quantiles.z(confidence);
    switch (method) {
      case WALD:
        {
          double centre = nps(promoters, detractors, n);
          double half = z * standardError(promoters, passives, detractors);
          return new double[] {clamp(centre - half), clamp(centre + half)};
        }
      case ADJUSTED_WALD:
        {
          double centre = adjustedNps(promoters, passives, detractors);
          double half = z * adjustedStandardError(promoters, passives, detractors);
          return new double[] {clamp(centre - half), clamp(centre + half)};
        }
      case TANGO:
        return tango(promoters, detractors, n, z);
    }
    throw new AssertionError(method);
  }

  /** Tango's score statistic Z(delta) for the counts; see the class comment. */
  public static double tangoScore(double promoters, double detractors, double n, double delta) {
    double a = 2 * n;
    double b = -(promoters + detractors) + (2 * n - promoters + detractors) * delta;
    double c = -detractors * delta * (1 - delta);
    double q = (Math.sqrt(Math.max(0, b * b - 4 * a * c)) - b) / (2 * a);
    double variance = n * (2 * q + delta * (1 - delta));
    return (promoters - detractors - n * delta) / Math.sqrt(Math.max(0, variance));
  }

  private static double[] tango(long promoters, long detractors, double n, double z) {
    double estimate = nps(promoters, detractors, n);
    double upper = promoters == n ? 1 : solve(promoters, detractors, n, estimate, 1, -z);
    double lower = detractors == n ? -1 : solve(promoters, detractors, n, -1, estimate, z);
    return new double[] {clamp(lower), clamp(upper)};
  }

  /**
   * Bisection for Z(delta) = target on [lo, hi], where Z decreases in delta; a non-finite score
   * (zero variance at the edge) counts as beyond any finite target.
   */
  private static double solve(
      double promoters, double detractors, double n, double lo, double hi, double target) {
    for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
      double mid = 0.5 * (lo + hi);
      double score = tangoScore(promoters, detractors, n, mid);
      boolean aboveTarget = Double.isNaN(score) ? mid < 0 : score > target;
      if (aboveTarget) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private static double clamp(double x) {
    return Math.max(-1, Math.min(1, x));
  }
}
