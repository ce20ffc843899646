package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

/**
 * The result of comparing two samples: the difference a - b in the metric's units, its standard
 * error, the test statistic (z or t), the degrees of freedom for a t test, the two-sided p-value
 * and its base-10 logarithm, and whether it is significant at {@code alpha}.
 *
 * <h3>Non-finite values</h3>
 *
 * {@code log10PValue} stays finite where {@code pValue} underflows to 0 (|z| beyond about 38):
 * read it for very small p-values. When the standard error is 0 the statistic is 0 (equal
 * samples; p = 1) or infinite (p = 0, log10 p = -infinity). {@code degreesOfFreedom} is NaN for a
 * z test.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param method the test, e.g. {@code "nps-wald-z"}, {@code "two-proportion-pooled-z"}, {@code
 *     "welch-t"}, with {@code "+holm"} appended after a Holm adjustment; not null
 * @param difference a - b (NPS points, percentage points, or value units)
 * @param standardError the standard error of the difference used by the test
 * @param statistic the z or t statistic
 * @param degreesOfFreedom the Welch-Satterthwaite degrees of freedom, NaN for z tests
 * @param pValue the two-sided p-value, between 0 and 1 (Holm-adjusted after {@link
 *     Comparisons#holm})
 * @param log10PValue log10 of the p-value, <= 0, computed without underflow
 * @param alpha the significance level, strictly between 0 and 1
 * @param significant true when {@code pValue < alpha} (after Holm: by Holm's step-down rule)
 */
public record Comparison(
    String method,
    double difference,
    double standardError,
    double statistic,
    double degreesOfFreedom,
    double pValue,
    double log10PValue,
    double alpha,
    boolean significant) {

  public Comparison {
    checkNotNull(method, "method");
    checkArgument(alpha > 0 && alpha < 1, "alpha (%s) must be strictly between 0 and 1", alpha);
    checkArgument(pValue >= 0 && pValue <= 1, "pValue (%s) must be between 0 and 1", pValue);
    checkArgument(!(log10PValue > 0), "log10PValue (%s) must be <= 0", log10PValue);
  }

  @Override
  public String toString() {
    return format(
        "Comparison[%s: difference %s (se %s), statistic %s, df %s, p %s (log10 %s), %s at alpha %s]",
        method,
        difference,
        standardError,
        statistic,
        degreesOfFreedom,
        pValue,
        log10PValue,
        significant ? "significant" : "not significant",
        alpha);
  }
}
