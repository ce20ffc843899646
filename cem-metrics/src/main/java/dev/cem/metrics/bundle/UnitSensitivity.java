package dev.cem.metrics.bundle;

/**
 * How one unit's score and rank moved across the runs of a {@link SensitivityAnalysis}. Ranks are
 * 1 for the best score, ties share their average rank. Runs in which the unit's score was empty
 * are left out; when all were, the statistics are NaN.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param unit the unit's id; not null
 * @param baseline the score with the bundle as defined
 * @param min the smallest score over the runs
 * @param p05 the 5th percentile (linear interpolation, type 7)
 * @param median the median
 * @param p95 the 95th percentile
 * @param max the largest score
 * @param baselineRank the rank with the bundle as defined
 * @param bestRank the best (smallest) rank over the runs
 * @param worstRank the worst (largest) rank over the runs
 */
public record UnitSensitivity(
    String unit,
    double baseline,
    double min,
    double p05,
    double median,
    double p95,
    double max,
    double baselineRank,
    double bestRank,
    double worstRank) {

  /** The width of the score range, {@code max - min}. */
  public double range() {
    return max - min;
  }
}
