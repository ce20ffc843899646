package dev.cem.metrics.journey;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkNonNegative;

import dev.cem.core.JourneyMap;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.ProportionResult;

/**
 * One stage of a {@link JourneyMap} measured on real journeys.
 *
 * <h3>Definitions</h3>
 *
 * <ul>
 *   <li>A journey <em>reaches</em> a stage when it has an interaction at a touchpoint of that
 *       stage or of any later stage (so skipping a stage does not count as dropping off).
 *   <li>{@link #continued()}: of the journeys that reached this stage, those that reached the
 *       next one; for the last stage, those whose outcome is {@code RESOLVED}. {@link #dropOff()}
 *       is the complement, {@code reached - continued}.
 *   <li>{@link #satisfaction()}: matched touchpoint ratings at this stage's touchpoints, percent
 *       of scale.
 *   <li>{@link #withinTarget()}: of the journeys with an interaction in this stage, those whose
 *       time in the stage (first to last interaction at the stage's touchpoints) is at most the
 *       stage's target duration.
 * </ul>
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param stage the stage; not null
 * @param index its position, 0 for the first
 * @param reached the journeys that reached it, >= 0
 * @param continued the continuation share; not null
 * @param satisfaction touchpoint ratings of the stage; not null
 * @param withinTarget the share of journeys within the stage's target duration; not null
 */
public record StageResult(
    JourneyMap.Stage stage,
    int index,
    long reached,
    ProportionResult continued,
    MeanResult satisfaction,
    ProportionResult withinTarget) {

  public StageResult {
    checkNotNull(stage, "stage");
    checkNonNegative(index, "index");
    checkNonNegative(reached, "reached");
    checkNotNull(continued, "continued");
    checkNotNull(satisfaction, "satisfaction");
    checkNotNull(withinTarget, "withinTarget");
  }

  /** The journeys that reached this stage but not the next one (or, last, did not resolve). */
  public long dropOff() {
    return continued.failures();
  }

  /** The drop-off share in percent, the complement of {@link #continued()}; NaN if none reached. */
  public double dropOffPercent() {
    return continued.isEmpty() ? Double.NaN : 100.0 * continued.failures() / continued.trials();
  }
}
