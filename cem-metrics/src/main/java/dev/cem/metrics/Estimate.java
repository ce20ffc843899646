package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkConfidence;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemStateException;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * A measured value with its uncertainty: point value, standard error, confidence interval, sample
 * size and the name of the method that produced the interval.
 *
 * <p>Units follow the metric: NPS in points from -100 to 100; proportions in percent from 0 to
 * 100; means in the scale's units; durations in seconds (see {@link #valueAsDuration()}).
 *
 * <h3>Empty estimates</h3>
 *
 * An empty sample gives an explicit empty estimate ({@link #isEmpty()}, {@link
 * Reliability#EMPTY}, n = 0) whose numeric components are NaN. {@link #value()} on an empty
 * estimate returns NaN; {@link #valueIfPresent()} returns an empty optional, and {@link
 * #requireValue()} throws. Empty is never 0.
 *
 * <h3>Non-finite values</h3>
 *
 * A non-empty estimate has a finite value. The standard error and the interval bounds are either
 * finite or NaN, and NaN means "undefined for this sample", for example the standard error of a
 * mean of one observation. Infinities are rejected.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Equality compares every
 * component, doubles by {@link Double#compare} (so NaN equals NaN and 0.0 differs from -0.0).
 *
 * @param value the point estimate
 * @param standardError the standard error of the point estimate, or NaN if undefined
 * @param lower the lower confidence bound, or NaN if undefined
 * @param upper the upper confidence bound, or NaN if undefined
 * @param confidence the confidence level of the interval, strictly between 0 and 1
 * @param n the sample size
 * @param method the interval method, e.g. {@code "wilson"}; not null
 * @param reliability the sample-size flag
 */
public record Estimate(
    double value,
    double standardError,
    double lower,
    double upper,
    double confidence,
    long n,
    String method,
    Reliability reliability) {

  /** The confidence level used when none is given: 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  public Estimate {
    checkNotNull(method, "method");
    checkNotNull(reliability, "reliability");
    checkConfidence(confidence);
    checkArgument(n >= 0, "n (%d) must be >= 0", n);
    if (n == 0) {
      checkArgument(
          reliability == Reliability.EMPTY
              && Double.isNaN(value)
              && Double.isNaN(standardError)
              && Double.isNaN(lower)
              && Double.isNaN(upper),
          "an estimate with n = 0 must be empty (NaN components, reliability EMPTY), got %s",
          reliability);
    } else {
      checkArgument(
          Double.isFinite(value), "value (%s) of a non-empty estimate must be finite", value);
      checkFiniteOrNaN(standardError, "standardError");
      checkFiniteOrNaN(lower, "lower");
      checkFiniteOrNaN(upper, "upper");
      checkArgument(
          !(standardError < 0), "standardError (%s) must be >= 0", standardError);
      checkArgument(!(lower > upper), "lower (%s) must be <= upper (%s)", lower, upper);
      checkArgument(
          reliability != Reliability.EMPTY, "a non-empty estimate (n = %d) cannot be EMPTY", n);
    }
  }

  /**
   * Returns an estimate, flagging small samples with {@link SampleSizePolicy#DEFAULT}.
   *
   * @throws dev.cem.core.CemArgumentException if n is 0 (use {@link #empty}), the value is not
   *     finite, a bound or the standard error is infinite, or lower exceeds upper
   */
  public static Estimate of(
      double value,
      double standardError,
      double lower,
      double upper,
      double confidence,
      long n,
      String method) {
    return of(value, standardError, lower, upper, confidence, n, method, SampleSizePolicy.DEFAULT);
  }

  /** Returns an estimate, flagging small samples with the given policy. */
  public static Estimate of(
      double value,
      double standardError,
      double lower,
      double upper,
      double confidence,
      long n,
      String method,
      SampleSizePolicy policy) {
    checkArgument(n > 0, "n (%d) must be > 0; use Estimate.empty for an empty sample", n);
    return new Estimate(
        value, standardError, lower, upper, confidence, n, method, policy.classify(n));
  }

  /** Returns the explicit empty estimate for the given method and confidence level. */
  public static Estimate empty(String method, double confidence) {
    return new Estimate(
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, confidence, 0, method, Reliability.EMPTY);
  }

  /** True when there were no observations. */
  public boolean isEmpty() {
    return n == 0;
  }

  /** The value, or an empty optional when there were no observations. */
  public OptionalDouble valueIfPresent() {
    return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the value.
   *
   * @throws CemStateException if the estimate is empty
   */
  public double requireValue() {
    if (isEmpty()) {
      throw new CemStateException(format("estimate (%s) is empty: there were no observations", method));
    }
    return value;
  }

  /** True when flagged {@link Reliability#SMALL_SAMPLE} or {@link Reliability#UNRELIABLE}. */
  public boolean isSmallSample() {
    return reliability == Reliability.SMALL_SAMPLE || reliability == Reliability.UNRELIABLE;
  }

  /** True when flagged {@link Reliability#UNRELIABLE}. */
  public boolean isUnreliable() {
    return reliability == Reliability.UNRELIABLE;
  }

  /** Half the interval's width, or NaN if the interval is undefined. */
  public double marginOfError() {
    return (upper - lower) / 2;
  }

  /**
   * The value, read as seconds, as a {@link Duration} rounded to the nearest nanosecond.
   *
   * @throws CemStateException if the estimate is empty
   */
  public Duration valueAsDuration() {
    return secondsToDuration(requireValue());
  }

  /** The lower bound, read as seconds, as a {@link Duration}; throws if empty or undefined. */
  public Duration lowerAsDuration() {
    requireValue();
    return secondsToDuration(lower);
  }

  /** The upper bound, read as seconds, as a {@link Duration}; throws if empty or undefined. */
  public Duration upperAsDuration() {
    requireValue();
    return secondsToDuration(upper);
  }

  /** Returns this estimate re-flagged with another sample-size policy. */
  public Estimate withPolicy(SampleSizePolicy policy) {
    return new Estimate(
        value, standardError, lower, upper, confidence, n, method, policy.classify(n));
  }

  private static Duration secondsToDuration(double seconds) {
    if (!Double.isFinite(seconds)) {
      throw new CemStateException(format("seconds (%s) is undefined for this estimate", seconds));
    }
    long whole = (long) Math.floor(seconds);
    long nanos = Math.round((seconds - whole) * 1e9);
    return Duration.ofSeconds(whole, nanos);
  }

  private static void checkFiniteOrNaN(double x, String field) {
    checkArgument(!Double.isInfinite(x), "%s (%s) must be finite or NaN (undefined)", field, x);
  }

  @Override
  public String toString() {
    if (isEmpty()) {
      return format("Estimate[empty, method=%s]", method);
    }
    return format(
        "Estimate[%s (se %s, %s%% CI %s..%s), n=%d, %s, %s]",
        value, standardError, confidence * 100, lower, upper, n, method, reliability);
  }
}
