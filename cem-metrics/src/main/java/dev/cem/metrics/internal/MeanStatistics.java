package dev.cem.metrics.internal;

/**
 * The t interval for a mean from count, mean and the sum of squared deviations M2.
 *
 * <p>Design. The sample variance is M2 / (n - 1), the standard error sqrt(variance / n), and the
 * interval mean +- t SE with t the two-sided quantile of Student's t with n - 1 degrees of
 * freedom [1]. With n = 1 the variance, the standard error and the interval are undefined (NaN).
 * M2 itself is accumulated with Welford's update [2] and merged with Chan's formula [3] by the
 * accumulators; see {@code MomentsAccumulator}.
 *
 * <ol>
 *   <li>W. S. Gosset ("Student") (1908), "The probable error of a mean", Biometrika 6:1-25.
 *   <li>B. P. Welford (1962), "Note on a method for calculating corrected sums of squares and
 *       products", Technometrics 4:419-420.
 *   <li>T. F. Chan, G. H. Golub, R. J. LeVeque (1979), "Updating formulae and a pairwise algorithm
 *       for computing sample variances", Stanford CS report STAN-CS-79-773.
 * </ol>
 */
public final class MeanStatistics {
  private MeanStatistics() {}

  /** Sample variance M2 / (n - 1), NaN for n < 2. */
  public static double sampleVariance(long n, double m2) {
    return n < 2 ? Double.NaN : Math.max(0, m2) / (n - 1);
  }

  /** Standard error of the mean, NaN for n < 2. */
  public static double standardError(long n, double m2) {
    return Math.sqrt(sampleVariance(n, m2) / n);
  }

  /** {lower, upper} of the t interval, NaN for n < 2. */
  public static double[] interval(long n, double mean, double m2, double confidence) {
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double half = Quantiles.t(confidence, n - 1) * standardError(n, m2);
    return new double[] {mean - half, mean + half};
  }
}
