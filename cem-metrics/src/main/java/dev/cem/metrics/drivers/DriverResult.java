package dev.cem.metrics.drivers;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkNonNegative;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.ProportionResult;

/**
 * One driver's importance, performance and quadrant.
 *
 * <h3>Non-finite values</h3>
 *
 * {@code importance} is empty when the correlation is undefined (fewer than 2 rated rows, or a
 * constant rating or outcome); {@code relativeWeight} and {@code relativeWeightPercent} are NaN
 * when the relative weights are undefined (see {@link DriverReport#rSquared()}), and {@code
 * relativeWeightPercent} is also NaN when R^2 is 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param name the driver's name; not null
 * @param importance the Pearson (point-biserial for a binary outcome) correlation with the
 *     outcome over the rows where the driver is rated, with a Fisher z interval and the standard
 *     error {@code sqrt((1 - r^2) / (n - 2))}; not null
 * @param relativeWeight Johnson's raw relative weight, a share of R^2 (the weights sum to R^2)
 * @param relativeWeightPercent the raw weight as a percentage of R^2
 * @param performanceMean the mean rating; not null
 * @param performanceTop2 the share of ratings in the scale's top-2 box; not null
 * @param n the rows where the driver is rated (not the not-applicable code), >= 0
 * @param quadrant the importance-performance quadrant; not null
 */
public record DriverResult(
    String name,
    Estimate importance,
    double relativeWeight,
    double relativeWeightPercent,
    MeanResult performanceMean,
    ProportionResult performanceTop2,
    long n,
    Quadrant quadrant) {

  public DriverResult {
    checkNotNull(name, "name");
    checkNotNull(importance, "importance");
    checkNotNull(performanceMean, "performanceMean");
    checkNotNull(performanceTop2, "performanceTop2");
    checkNonNegative(n, "n");
    checkNotNull(quadrant, "quadrant");
  }
}
