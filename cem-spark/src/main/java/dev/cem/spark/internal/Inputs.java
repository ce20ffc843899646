package dev.cem.spark.internal;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.metrics.DurationAccumulator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Converts Spark input values (doubles, so that any numeric column casts implicitly) to what the
 * accumulators take, rejecting what they would reject with a message naming the field, the value
 * and what is allowed.
 */
public final class Inputs {
  private Inputs() {}

  /** The largest accepted duration in seconds. */
  public static final double MAX_SECONDS = DurationAccumulator.MAX_MILLIS / 1000.0;

  /** An integer point of {@code scale}. */
  public static int score(double value, Scale scale) {
    if (!scale.contains(value)) {
      throw new CemArgumentException(
          String.format(
              Locale.ROOT,
              "%s score (%s) must be an integer between %d and %d",
              scale.name(),
              value,
              scale.min(),
              scale.max()));
    }
    return (int) value;
  }

  /** A yes/no outcome given as 0 or 1. */
  public static boolean flag(double value, String field) {
    if (value == 1) {
      return true;
    }
    if (value == 0) {
      return false;
    }
    throw new CemArgumentException(
        String.format(Locale.ROOT, "%s (%s) must be 0 or 1", field, value));
  }

  /**
   * Seconds as whole milliseconds (rounded to the nearest millisecond), checked against the
   * range of {@link DurationAccumulator}.
   */
  public static long millis(double seconds, String field) {
    if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
      throw new CemArgumentException(
          String.format(
              Locale.ROOT,
              "%s (%s) must be between 0 and %s seconds",
              field,
              seconds,
              MAX_SECONDS));
    }
    return Math.round(seconds * 1000);
  }

  /**
   * A resolution time and its SLA target, as milliseconds, -1 where null. Both are checked when
   * present, the resolution first, as the {@code ColumnarScorer} does: an invalid target is
   * rejected even in a row without a resolution time.
   */
  public static long[] pair(@Nullable Double resolutionSeconds, @Nullable Double targetSeconds) {
    long ms = resolutionSeconds == null ? -1 : millis(resolutionSeconds, "resolutionSeconds");
    long target = targetSeconds == null ? -1 : millis(targetSeconds, "slaTargetSeconds");
    return new long[] {ms, target};
  }
}
