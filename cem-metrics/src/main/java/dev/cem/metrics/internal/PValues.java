package dev.cem.metrics.internal;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Two-sided p-values and their base-10 logarithms, without underflow for extreme statistics.
 *
 * <p>Design. A p-value below about 1e-308 underflows to 0 in a double, which would print as a
 * misleading "p = 0". The log10 p-value is therefore computed from log-space tail formulas once
 * the direct survival probability drops below {@link #DIRECT_LIMIT}:
 *
 * <ul>
 *   <li>Normal: log Q(z) = log phi(z) - log CF(z), where CF is Laplace's continued fraction
 *       Q(z) = phi(z) / (z + 1/(z + 2/(z + 3/(z + ...)))) [1] (26.2.14 in [2]), evaluated
 *       bottom-up with 200 terms; it converges quickly for z >= 5 and is used only for z > 37.
 *   <li>Student t with nu degrees of freedom: S(t) = I_x(nu/2, 1/2) / 2 with x = nu / (nu + t^2)
 *       [2] (26.7.1), and I_x(a, b) = x^a (1-x)^b / (a B(a, b)) 2F1(a + b, 1; a + 1; x) [2]
 *       (26.5.8, 15.1.1). The hypergeometric series has positive terms and converges fast for the
 *       tiny x where it is used; log B(nu/2, 1/2) is read from the t density at 0:
 *       log f(0) = -log(nu)/2 - log B(nu/2, 1/2).
 * </ul>
 *
 * <p>References:
 *
 * <ol>
 *   <li>P. S. Laplace (1805), continued fraction for the normal tail; see also W. J. Cody (1969),
 *       "Rational Chebyshev approximations for the error function", Math. Comp. 23:631-637.
 *   <li>M. Abramowitz, I. A. Stegun (1964), Handbook of Mathematical Functions, NBS AMS 55.
 * </ol>
 */
public final class PValues {
  /** Below this, the direct p-value is replaced by its log-space evaluation. */
  public static final double DIRECT_LIMIT = 1e-290;

  private static final double LN10 = Math.log(10);
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  private PValues() {}

  /** Two-sided normal p-value 2 Q(|z|); 0 only when it underflows (see {@link #log10TwoSidedNormal}). */
  public static double twoSidedNormal(double z) {
    return Math.min(1, 2 * Quantiles.standardNormal().survivalProbability(Math.abs(z)));
  }

  /** log10 of the two-sided normal p-value, finite for every finite z. */
  public static double log10TwoSidedNormal(double z) {
    double x = Math.abs(z);
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double p = twoSidedNormal(x);
    if (p >= DIRECT_LIMIT) {
      return Math.log10(p);
    }
    return (Math.log(2) + logNormalSurvival(x)) / LN10;
  }

  /** Natural log of the standard normal survival function Q(x) for large x (x >= 5). */
  public static double logNormalSurvival(double x) {
    double fraction = x;
    for (int k = 200; k >= 1; k--) {
      fraction = x + k / fraction;
    }
    return -0.5 * x * x - LOG_SQRT_2PI - Math.log(fraction);
  }

  /** Two-sided Student t p-value 2 S(|t|) with {@code df} degrees of freedom. */
  public static double twoSidedT(double t, double df) {
    return Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
  }

  /** log10 of the two-sided Student t p-value, finite for every finite t. */
  public static double log10TwoSidedT(double t, double df) {
    double x = Math.abs(t);
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double p = twoSidedT(x, df);
    if (p >= DIRECT_LIMIT) {
      return Math.log10(p);
    }
    return (Math.log(2) + logTSurvival(x, df)) / LN10;
  }

  /** Natural log of the Student t survival function for large t (tiny x = df / (df + t^2)). */
  public static double logTSurvival(double t, double df) {
    double a = df / 2;
    double b = 0.5;
    // log x and log(1 - x) without forming t^2 when it would overflow.
    double logT2 = 2 * Math.log(t);
    double ratio = df / t / t;
    double logX = Math.log(df) - logT2 - Math.log1p(ratio);
    double log1mX = -Math.log1p(ratio);
    double x = Math.exp(logX);
    double logBeta = -0.5 * Math.log(df) - TDistribution.of(df).logDensity(0);
    double series = 1;
    double term = 1;
    for (int k = 0; k < 1000; k++) {
      term *= (a + b + k) / (a + 1 + k) * x;
      series += term;
      if (term < 1e-17 * series) {
        break;
      }
    }
    return Math.log(0.5) + a * logX + b * log1mX - Math.log(a) - logBeta + Math.log(series);
  }
}
