package dev.cem.metrics.drivers;

import static dev.cem.core.internal.Checks.checkFinite;

import java.util.OptionalDouble;

/**
 * Where the importance-performance grid is split.
 *
 * <p>{@link #means()} (the default) splits each axis at the mean over the drivers whose
 * importance and performance are both defined: mean importance (in the chosen {@link
 * ImportanceMeasure}) and mean performance (the mean rating, in the rating scale's units). This is
 * the usual data-centred grid: half of a typical driver set lands on each side. {@link #fixed}
 * splits at given values, e.g. importance 0.3 and performance 4.0 on a 1..5 scale, which keeps the
 * grid stable across periods. A value on the split point counts as high.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param importance the importance split, or empty for the mean; not null
 * @param performance the performance split, or empty for the mean; not null
 */
public record QuadrantSplit(OptionalDouble importance, OptionalDouble performance) {

  /** @throws dev.cem.core.CemArgumentException if a given split is not finite */
  public QuadrantSplit {
    importance.ifPresent(v -> checkFinite(v, "importance split"));
    performance.ifPresent(v -> checkFinite(v, "performance split"));
  }

  /** Splits both axes at the mean over the drivers. */
  public static QuadrantSplit means() {
    return new QuadrantSplit(OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** Splits at the given importance and performance (rating-scale units). */
  public static QuadrantSplit fixed(double importance, double performance) {
    return new QuadrantSplit(OptionalDouble.of(importance), OptionalDouble.of(performance));
  }
}
