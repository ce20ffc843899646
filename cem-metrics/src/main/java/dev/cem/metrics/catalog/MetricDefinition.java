package dev.cem.metrics.catalog;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

/**
 * What a metric is: its id, label, unit, direction and natural range.
 *
 * <p>The natural range is where every valid raw value lies, e.g. -100..100 for NPS or 0..100 for
 * a percentage. The lower bound is finite; the upper bound may be {@link
 * Double#POSITIVE_INFINITY} for open-ended quantities such as durations ({@link #isOpenEnded()}).
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Equality compares every
 * component, doubles by {@link Double#compare}.
 *
 * @param id the identifier used in bundles and reports, e.g. {@code "nps"}; letters, digits, '.',
 *     '_', '-' or ':'; not null
 * @param label a human-readable name; not null, not blank
 * @param unit the unit of the raw value; not null
 * @param direction whether larger raw values are better; not null
 * @param lower the smallest valid raw value, finite
 * @param upper the largest valid raw value, greater than {@code lower}; may be +infinity
 * @param description what the metric measures and how; not null, may be empty
 */
public record MetricDefinition(
    String id,
    String label,
    MetricUnit unit,
    Direction direction,
    double lower,
    double upper,
    String description) {

  public MetricDefinition {
    checkId(id, "metric id");
    checkNotNull(label, "label");
    checkNotNull(unit, "unit");
    checkNotNull(direction, "direction");
    checkNotNull(description, "description");
    checkArgument(!label.isBlank(), "label of metric '%s' must not be blank", id);
    checkArgument(
        Double.isFinite(lower), "lower bound of metric '%s' (%s) must be finite", id, lower);
    checkArgument(
        upper > lower && !Double.isNaN(upper),
        "upper bound of metric '%s' (%s) must be greater than its lower bound (%s)",
        id,
        upper,
        lower);
  }

  /** Returns a metric with a closed natural range. */
  public static MetricDefinition of(
      String id,
      String label,
      MetricUnit unit,
      Direction direction,
      double lower,
      double upper,
      String description) {
    return new MetricDefinition(id, label, unit, direction, lower, upper, description);
  }

  /** Returns a metric whose natural range is {@code [lower, +infinity)}, e.g. a duration. */
  public static MetricDefinition openEnded(
      String id,
      String label,
      MetricUnit unit,
      Direction direction,
      double lower,
      String description) {
    return new MetricDefinition(
        id, label, unit, direction, lower, Double.POSITIVE_INFINITY, description);
  }

  /** True when the natural range has no upper bound. */
  public boolean isOpenEnded() {
    return upper == Double.POSITIVE_INFINITY;
  }

  /** True when {@code value} lies in the natural range; false for NaN. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /** True when larger raw values are better. */
  public boolean higherIsBetter() {
    return direction.higherIsBetter();
  }
}
