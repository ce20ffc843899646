package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.metrics.catalog.Direction;

/**
 * Cut points for a RED/AMBER/GREEN status. For a higher-is-better value: GREEN when {@code value
 * >= green}, AMBER when {@code value >= amber}, else RED, so {@code amber <= green}. For a
 * lower-is-better value the comparisons flip: GREEN when {@code value <= green}, AMBER when
 * {@code value <= amber}, so {@code amber >= green}. A value on a cut point takes the better
 * status. Bundle scores are higher-is-better; component thresholds are in the metric's raw units
 * and follow the metric's direction.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param amber where AMBER starts, finite
 * @param green where GREEN starts, finite
 */
public record Thresholds(double amber, double green) {

  public Thresholds {
    checkArgument(Double.isFinite(amber), "amber threshold (%s) must be a finite number", amber);
    checkArgument(Double.isFinite(green), "green threshold (%s) must be a finite number", green);
  }

  /** Returns thresholds with the given cut points. */
  public static Thresholds of(double amber, double green) {
    return new Thresholds(amber, green);
  }

  /**
   * Checks that the cut points are ordered for the direction.
   *
   * @param what names the owner in the message, e.g. {@code "bundle 'x'"}
   * @throws dev.cem.core.CemArgumentException if they are not
   */
  void checkOrder(Direction direction, String what) {
    if (direction.higherIsBetter()) {
      checkArgument(
          amber <= green,
          "%s thresholds: amber (%s) must be <= green (%s) for a higher-is-better value",
          what,
          amber,
          green);
    } else {
      checkArgument(
          amber >= green,
          "%s thresholds: amber (%s) must be >= green (%s) for a lower-is-better value",
          what,
          amber,
          green);
    }
  }

  /** The status of {@code value}; {@link Status#NO_DATA} for NaN. */
  public Status status(double value, Direction direction) {
    checkNotNull(direction, "direction");
    if (Double.isNaN(value)) {
      return Status.NO_DATA;
    }
    if (direction.higherIsBetter()) {
      return value >= green ? Status.GREEN : value >= amber ? Status.AMBER : Status.RED;
    }
    return value <= green ? Status.GREEN : value <= amber ? Status.AMBER : Status.RED;
  }
}
