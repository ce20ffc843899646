package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

/**
 * The statistics of one metric's values over the observed units, which min-max and z-score
 * normalisation are relative to.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param metricId the metric; not null
 * @param n the number of units with a value, &gt;= 0
 * @param min the smallest value (NaN when n = 0)
 * @param max the largest value (NaN when n = 0)
 * @param mean the mean (NaN when n = 0)
 * @param standardDeviation the sample standard deviation, n - 1 denominator (NaN when n &lt; 2)
 */
public record ComponentReference(
    String metricId, long n, double min, double max, double mean, double standardDeviation) {

  public ComponentReference {
    checkId(metricId, "metric id");
    checkArgument(n >= 0, "reference n for metric '%s' (%d) must be >= 0", metricId, n);
    if (n > 0) {
      checkArgument(
          Double.isFinite(min) && Double.isFinite(max) && min <= max,
          "reference for metric '%s': min (%s) and max (%s) must be finite with min <= max",
          metricId,
          min,
          max);
      checkArgument(
          mean >= min && mean <= max,
          "reference for metric '%s': mean (%s) must lie between min (%s) and max (%s)",
          metricId,
          mean,
          min,
          max);
    }
    if (n > 1) {
      checkArgument(
          standardDeviation >= 0 && Double.isFinite(standardDeviation),
          "reference for metric '%s': standardDeviation (%s) must be a finite number >= 0",
          metricId,
          standardDeviation);
    }
  }

  /**
   * Computes the reference from the units' values (two-pass mean and variance).
   *
   * <h3>Non-finite values</h3>
   *
   * NaN values are missing and skipped; infinite values are rejected.
   */
  public static ComponentReference of(String metricId, double... values) {
    checkNotNull(values, "values");
    long n = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isNaN(v)) {
        continue;
      }
      checkArgument(
          Double.isFinite(v), "value for metric '%s' (%s) must be finite", metricId, v);
      n++;
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (n == 0) {
      return new ComponentReference(
          metricId, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = Math.min(max, Math.max(min, sum / n));
    double sd = Double.NaN;
    if (n > 1) {
      double ss = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          ss += (v - mean) * (v - mean);
        }
      }
      sd = Math.sqrt(ss / (n - 1));
    }
    return new ComponentReference(metricId, n, min, max, mean, sd);
  }

  /** True when min-max is defined: at least two units and max &gt; min. */
  public boolean hasRange() {
    return n >= 2 && max > min;
  }

  /**
   * True when the z-score is defined: at least two units, not all equal (max &gt; min, so rounding
   * in the mean cannot fake a spread), and s &gt; 0.
   */
  public boolean hasSpread() {
    return n >= 2 && max > min && standardDeviation > 0;
  }
}
