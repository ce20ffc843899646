package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * How one criterion scored.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param criterion the criterion id
 * @param dimension its dimension id
 * @param stage its stage
 * @param weight its weight
 * @param level the level answered, or null when unanswered or (in a panel) a median between levels
 * @param value the fulfilment value scored: the level's value; 0 when unanswered or not applicable
 * @param status whether it was answered
 * @param met whether it counts as met for the gated stage: value at least the threshold (or not
 *     applicable under {@link NotApplicablePolicy#EXCLUDED}), and every prerequisite met
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionOutcome(
    String criterion,
    String dimension,
    int stage,
    double weight,
    @Nullable String level,
    double value,
    AnswerStatus status,
    boolean met) {

  public CriterionOutcome {
    checkNotNull(criterion, "criterion");
    checkNotNull(dimension, "dimension");
    checkNotNull(status, "status");
  }
}
