package dev.cem.metrics.drivers;

/**
 * The importance-performance quadrant of a driver. A driver whose importance or performance is on
 * a split point counts as high on that axis; see {@link QuadrantSplit}.
 */
public enum Quadrant {
  /** High importance, low performance: fix this first. */
  CONCENTRATE_HERE,
  /** High importance, high performance. */
  KEEP_UP_THE_GOOD_WORK,
  /** Low importance, low performance. */
  LOW_PRIORITY,
  /** Low importance, high performance: effort may be spent where it matters little. */
  POSSIBLE_OVERKILL,
  /** Importance or performance is undefined (too few ratings, a constant variable). */
  UNDETERMINED;

  /** The quadrant of a driver; {@link #UNDETERMINED} if a value is NaN. */
  static Quadrant of(
      double importance, double performance, double importanceSplit, double performanceSplit) {
    if (Double.isNaN(importance)
        || Double.isNaN(performance)
        || Double.isNaN(importanceSplit)
        || Double.isNaN(performanceSplit)) {
      return UNDETERMINED;
    }
    boolean important = importance >= importanceSplit;
    boolean performing = performance >= performanceSplit;
    if (important) {
      return performing ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
    }
    return performing ? POSSIBLE_OVERKILL : LOW_PRIORITY;
  }
}
