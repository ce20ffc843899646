package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.metrics.Estimate;
import java.util.Optional;

/**
 * How one component fared in a {@link BundleScore}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param metricId the component's metric; not null
 * @param input the estimate that was scored, or an empty estimate when the component was missing;
 *     not null
 * @param present true when the component had a value
 * @param normalised the normalised value on 0..100 after clamping and cap; 0 for a missing
 *     component under {@link MissingPolicy#TREAT_AS_ZERO}, NaN for one left out under {@link
 *     MissingPolicy#REWEIGHT}
 * @param weight the component's weight in the (profiled) bundle, before normalisation
 * @param effectiveWeight the share of the aggregate this component had: its weight divided by the
 *     sum of the weights used (0 when left out)
 * @param contribution the component's share of the score (see {@link Aggregation}); the
 *     contributions sum to the score
 * @param sensitivity the derivative of the score with respect to the raw value, as used by the
 *     delta method (0 when left out, clamped or capped)
 * @param status the raw value's status under the component's thresholds
 * @param meetsTarget whether the raw value meets the component's target (direction-aware), empty
 *     when there is no target or no value
 */
public record ComponentScore(
    String metricId,
    Estimate input,
    boolean present,
    double normalised,
    double weight,
    double effectiveWeight,
    double contribution,
    double sensitivity,
    Status status,
    Optional<Boolean> meetsTarget) {

  public ComponentScore {
    checkNotNull(metricId, "metricId");
    checkNotNull(input, "input");
    checkNotNull(status, "status");
    checkNotNull(meetsTarget, "meetsTarget");
  }
}
