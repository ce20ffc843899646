package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The maturity of one dimension.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param dimension the dimension id
 * @param weight the dimension's weight in the overall score
 * @param stage the gated stage: the highest k such that every criterion of this dimension at
 *     stages 1..k is met; 0 when stage 1 is not met
 * @param score the continuous score, the sum over stages of the weighted fulfilment share (see
 *     {@link MaturityScorer}); between 0 and the model's maximum stage
 * @param stageShares the fulfilment share of each stage, index 0 for stage 1
 * @param confidence the answered share of this dimension's criteria, weighted
 * @param blockers the unmet criteria of stage {@code stage + 1}, heaviest first
 */
public record DimensionResult(
    String dimension,
    double weight,
    int stage,
    double score,
    List<Double> stageShares,
    double confidence,
    List<String> blockers) {

  public DimensionResult {
    checkNotNull(dimension, "dimension");
    stageShares = List.copyOf(stageShares);
    blockers = List.copyOf(blockers);
  }
}
