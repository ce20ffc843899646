package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import java.time.Duration;
import java.util.Optional;

/**
 * Durations (first response, resolution, handling time) summarised: the count, the mean in
 * seconds with its t interval, percentiles in seconds from the HdrHistogram, the maximum, and the
 * SLA attainment as a proportion of the durations that had a target.
 *
 * <h3>Non-finite values</h3>
 *
 * With count 0 the percentiles and the maximum are NaN and the mean is an empty estimate. The
 * percentiles carry the histogram's precision (see {@link DurationAccumulator}); the mean, the
 * minimum and the maximum are exact to the millisecond.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param count the number of durations, >= 0
 * @param mean the mean in seconds (a {@link MeanResult}: variance, min, max, t interval); not null
 * @param p50Seconds the median in seconds, NaN if empty
 * @param p90Seconds the 90th percentile in seconds, NaN if empty
 * @param p99Seconds the 99th percentile in seconds, NaN if empty
 * @param slaAttainment durations within their SLA target out of durations with a target; empty
 *     when no duration had a target; not null
 */
public record DurationResult(
    long count,
    MeanResult mean,
    double p50Seconds,
    double p90Seconds,
    double p99Seconds,
    ProportionResult slaAttainment) {

  public DurationResult {
    checkNotNull(mean, "mean");
    checkNotNull(slaAttainment, "slaAttainment");
    checkArgument(count == mean.count(), "count (%d) must equal mean count (%d)", count, mean.count());
  }

  /** True when there were no durations. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** The mean as an {@link Estimate} in seconds. */
  public Estimate meanEstimate() {
    return mean.estimate();
  }

  /** The median as a Duration, or empty. */
  public Optional<Duration> p50() {
    return toDuration(p50Seconds);
  }

  /** The 90th percentile as a Duration, or empty. */
  public Optional<Duration> p90() {
    return toDuration(p90Seconds);
  }

  /** The 99th percentile as a Duration, or empty. */
  public Optional<Duration> p99() {
    return toDuration(p99Seconds);
  }

  private static Optional<Duration> toDuration(double seconds) {
    return Double.isNaN(seconds)
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
  }
}
