package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkConfidence;
import static dev.cem.core.internal.Checks.checkInRange;
import static dev.cem.core.internal.Checks.checkState;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Sla;
import dev.cem.metrics.internal.DurationFormat;
import java.time.Duration;
import java.time.Instant;
import org.HdrHistogram.Histogram;

/**
 * Accumulates durations (first response, resolution...) and gives a {@link DurationResult}: count,
 * exact mean with a t interval, percentiles, and SLA attainment against per-value targets.
 *
 * <p>Design. Values are recorded in whole milliseconds (a sub-millisecond part is truncated) into
 * two mergeable structures: a {@link MomentsAccumulator} of the values in seconds (exact count,
 * mean, variance, minimum, maximum) and an HdrHistogram [1] of the milliseconds for the
 * percentiles. The histogram keeps {@code significantDigits} (default {@value
 * #DEFAULT_SIGNIFICANT_DIGITS}) significant decimal digits: a reported percentile is within
 * 10^-digits relative of a recorded value (0.1% by default), and values below 2^(digits *
 * log2(10) + 1) ms (2048 ms by default) are exact. It resizes itself up to the largest value
 * recorded; the highest accepted value is {@link #MAX_MILLIS} ms (2^40 - 1 ms, about 34.8 years).
 * Memory grows with the largest value: with 3 digits about 150 KB for values up to a day and 270
 * KB up to the maximum; with 5 digits up to 27 MB.
 * A percentile is HdrHistogram's {@code getValueAtPercentile}: the highest value equivalent, at
 * this precision, to the recorded value at that rank. SLA attainment counts durations at or under
 * their target (d <= target is met) as a proportion of the durations given with a target.
 *
 * <ol>
 *   <li>G. Tene, HdrHistogram (github.com/HdrHistogram/HdrHistogram), version 2.2.2.
 * </ol>
 *
 * <p>Merging requires the same number of significant digits. Counts overflow as in {@link
 * NpsAccumulator}: with a {@link CemArgumentException}, leaving the accumulator unchanged.
 *
 * <p>This class is not thread safe: accumulate on one thread, then {@link #merge} accumulators of
 * different threads.
 */
public final class DurationAccumulator {
  /** The default histogram precision in significant decimal digits. */
  public static final int DEFAULT_SIGNIFICANT_DIGITS = 3;

  /** The largest duration accepted, in milliseconds: 2^40 - 1 (about 34.8 years). */
  public static final long MAX_MILLIS = (1L << 40) - 1;

  private final int significantDigits;
  private final MomentsAccumulator seconds;
  private final Histogram millis;
  private long slaTrials;
  private long slaMet;

  private DurationAccumulator(
      int significantDigits,
      MomentsAccumulator seconds,
      Histogram millis,
      long slaTrials,
      long slaMet) {
    this.significantDigits = significantDigits;
    this.seconds = seconds;
    this.millis = millis;
    this.slaTrials = slaTrials;
    this.slaMet = slaMet;
  }

  /** An empty accumulator with 3 significant digits. */
  public static DurationAccumulator create() {
    return create(DEFAULT_SIGNIFICANT_DIGITS);
  }

  /**
   * An empty accumulator with the given histogram precision.
   *
   * @param significantDigits 1 to 5
   */
  public static DurationAccumulator create(int significantDigits) {
    checkInRange(significantDigits, 1, 5, "significantDigits");
    return new DurationAccumulator(
        significantDigits, MomentsAccumulator.create(), new Histogram(significantDigits), 0, 0);
  }

  static DurationAccumulator ofParts(
      int significantDigits,
      MomentsAccumulator seconds,
      Histogram millis,
      long slaTrials,
      long slaMet) {
    return new DurationAccumulator(significantDigits, seconds, millis, slaTrials, slaMet);
  }

  /** The histogram precision in significant decimal digits. */
  public int significantDigits() {
    return significantDigits;
  }

  /**
   * Adds a duration without an SLA target.
   *
   * @throws CemArgumentException if negative or longer than {@link #MAX_MILLIS} ms
   */
  public void add(Duration duration) {
    checkNotNull(duration, "duration");
    addMillis(toMillis(duration, "duration"));
  }

  /**
   * Adds durations without SLA targets; all are checked first, so on failure nothing is added.
   *
   * @throws CemArgumentException if one is negative or too long
   */
  public void addAll(Duration... durations) {
    checkNotNull(durations, "durations");
    long[] ms = new long[durations.length];
    for (int i = 0; i < durations.length; i++) {
      ms[i] = toMillis(checkNotNull(durations[i], "durations[%s]", i), "duration");
    }
    checkArgument(
        count() <= Long.MAX_VALUE - ms.length, "count (%d) overflows a long", count());
    for (long m : ms) {
      record(m);
    }
  }

  /**
   * Adds a duration with its SLA target; it counts as met when {@code duration <= target}.
   *
   * @throws CemArgumentException if a duration is negative or too long
   */
  public void add(Duration duration, Duration slaTarget) {
    checkNotNull(duration, "duration");
    checkNotNull(slaTarget, "slaTarget");
    long ms = toMillis(duration, "duration");
    toMillis(slaTarget, "slaTarget");
    addMillis(ms, duration.compareTo(slaTarget) <= 0);
  }

  /**
   * Adds the time an SLA counts between two instants (business time when the SLA has a calendar,
   * wall-clock time otherwise) and whether it met the SLA's target.
   *
   * @param start when the clock starts, e.g. the customer's first contact; not null
   * @param end when the clock stops, e.g. the first response or the resolution; not null
   * @param sla the agreement measured; not null
   * @throws CemArgumentException if end is before start, or the counted time is too long
   */
  public void add(Instant start, Instant end, Sla sla) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkNotNull(sla, "sla");
    add(sla.elapsed(start, end), sla.target());
  }

  /**
   * Adds a duration in milliseconds without an SLA target.
   *
   * @throws CemArgumentException if not between 0 and {@link #MAX_MILLIS}
   */
  public void addMillis(long millis) {
    checkMillis(millis, "duration");
    record(millis);
  }

  /** Adds a duration in milliseconds with its SLA target in milliseconds. */
  public void addMillis(long millis, long slaTargetMillis) {
    checkMillis(millis, "duration");
    checkMillis(slaTargetMillis, "slaTarget");
    addMillis(millis, millis <= slaTargetMillis);
  }

  private void addMillis(long ms, boolean met) {
    checkArgument(slaTrials < Long.MAX_VALUE, "SLA trials (%d) overflow a long", slaTrials);
    record(ms);
    slaTrials++;
    if (met) {
      slaMet++;
    }
  }

  private void record(long ms) {
    checkArgument(seconds.count() < Long.MAX_VALUE, "count (%d) overflows a long", seconds.count());
    seconds.add(ms / 1000.0);
    millis.recordValue(ms);
  }

  private static long toMillis(Duration d, String field) {
    checkArgument(
        !d.isNegative() && d.compareTo(Duration.ofMillis(MAX_MILLIS)) <= 0,
        "%s (%s) must be between PT0S and %s",
        field,
        d,
        Duration.ofMillis(MAX_MILLIS));
    return d.toMillis();
  }

  static void checkMillis(long ms, String field) {
    checkInRange(ms, 0, MAX_MILLIS, field + " in milliseconds");
  }

  /**
   * Adds the durations of {@code other}; {@code other} is unchanged and an empty other is a
   * no-op.
   *
   * @throws dev.cem.core.CemStateException if {@code other} is this accumulator
   * @throws CemArgumentException if the histogram precisions differ or a count overflows
   */
  public void merge(DurationAccumulator other) {
    checkNotNull(other, "other");
    checkState(other != this, "cannot merge a duration accumulator into itself");
    checkArgument(
        significantDigits == other.significantDigits,
        "cannot merge durations with %d significant digits into durations with %d",
        other.significantDigits,
        significantDigits);
    if (other.isEmpty()) {
      return;
    }
    long trials;
    long met;
    try {
      trials = Math.addExact(slaTrials, other.slaTrials);
      met = Math.addExact(slaMet, other.slaMet);
    } catch (ArithmeticException e) {
      throw new CemArgumentException(
          format("SLA counts overflow a long: %d + %d", slaTrials, other.slaTrials), e);
    }
    seconds.merge(other.seconds);
    millis.add(other.millis);
    slaTrials = trials;
    slaMet = met;
  }

  /** The number of durations added. */
  public long count() {
    return seconds.count();
  }

  /** True when no duration was added. */
  public boolean isEmpty() {
    return seconds.isEmpty();
  }

  /**
   * The duration in seconds at the given percentile (0 to 100), at the histogram's precision.
   *
   * @return the value, or NaN if empty
   */
  public double percentileSeconds(double percentile) {
    checkInRange(percentile, 0, 100, "percentile");
    return isEmpty() ? Double.NaN : millis.getValueAtPercentile(percentile) / 1000.0;
  }

  /** The snapshot with 95% intervals (t for the mean, Wilson for SLA attainment). */
  public DurationResult snapshot() {
    return snapshot(Estimate.DEFAULT_CONFIDENCE, ProportionInterval.WILSON);
  }

  /** An immutable snapshot with the given confidence level and SLA interval method. */
  public DurationResult snapshot(double confidence, ProportionInterval slaMethod) {
    checkConfidence(confidence);
    checkNotNull(slaMethod, "slaMethod");
    return new DurationResult(
        count(),
        seconds.snapshot(confidence),
        percentileSeconds(50),
        percentileSeconds(90),
        percentileSeconds(99),
        ProportionResult.of(slaMet, slaTrials, slaMethod, confidence));
  }

  /** The versioned binary image; see {@code dev.cem.metrics.internal.DurationFormat}. */
  public byte[] toByteArray() {
    return DurationFormat.encode(
        new DurationFormat.State(significantDigits, slaTrials, slaMet, seconds.state(), millis));
  }

  /**
   * Reads an image written by {@link #toByteArray()} of this or an earlier release.
   *
   * @throws dev.cem.core.CemFormatException if the bytes are not a valid cem duration image
   */
  public static DurationAccumulator fromByteArray(byte[] image) {
    checkNotNull(image, "image");
    DurationFormat.State s = DurationFormat.decode(image);
    MomentsAccumulator moments =
        MomentsAccumulator.ofState(
            null,
            s.seconds().count(),
            s.seconds().sum(),
            s.seconds().compensation(),
            s.seconds().m2(),
            s.seconds().min(),
            s.seconds().max());
    return new DurationAccumulator(
        s.significantDigits(), moments, s.millis(), s.slaTrials(), s.slaMet());
  }

  @Override
  public String toString() {
    return format(
        "DurationAccumulator[count=%d, slaMet=%d of %d, digits=%d]",
        count(), slaMet, slaTrials, significantDigits);
  }
}
