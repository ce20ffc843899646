package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

/**
 * A mean (CES, CSAT mean, handling time in seconds...) with its spread: count, mean, sample
 * variance, minimum, maximum and the mean as an {@link Estimate} with a t interval on n - 1
 * degrees of freedom, in the units of the values.
 *
 * <h3>Non-finite values</h3>
 *
 * With count 0, {@code mean}, {@code variance}, {@code min} and {@code max} are NaN and the
 * estimate is empty; with count 1 the variance, the standard error and the interval are NaN
 * (undefined). Otherwise every component is finite.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Doubles compare as {@link
 * Double#compare} does, so two empty results are equal.
 *
 * @param count the number of values, >= 0
 * @param mean the arithmetic mean, NaN if empty
 * @param variance the sample variance (divisor n - 1), NaN if count < 2
 * @param min the smallest value, NaN if empty
 * @param max the largest value, NaN if empty
 * @param estimate the mean with its t interval; not null
 */
public record MeanResult(
    long count, double mean, double variance, double min, double max, Estimate estimate) {

  /** The name of the interval method in {@link Estimate#method()}. */
  public static final String METHOD = "t";

  public MeanResult {
    checkNotNull(estimate, "estimate");
    checkArgument(count >= 0, "count (%d) must be >= 0", count);
    checkArgument(
        estimate.n() == count, "estimate n (%d) must equal count (%d)", estimate.n(), count);
  }

  /** The empty result at the given confidence level. */
  public static MeanResult empty(double confidence) {
    return new MeanResult(
        0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Estimate.empty(METHOD, confidence));
  }

  /** True when there were no values. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** The sample standard deviation, NaN if count < 2. */
  public double standardDeviation() {
    return Math.sqrt(variance);
  }
}
