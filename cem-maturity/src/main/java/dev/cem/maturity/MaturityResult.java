package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of scoring an assessment (or a panel's median answers) against a model. It always
 * carries both readings:
 *
 * <ol>
 *   <li>a <b>gated stage</b>, overall and per dimension: stage k is reached when every criterion
 *       of stages 1..k is met, so one weak lower stage caps the result; stage 0 when stage 1 is
 *       not met;
 *   <li>a <b>continuous score</b> between 0 and {@code maxStage}, per dimension and overall, which
 *       moves a little for each criterion (see {@link MaturityScorer} for the definition).
 * </ol>
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Equality compares every
 * component, doubles as in {@link Double#equals}.
 *
 * @param modelId the model's id
 * @param modelVersion the model's version
 * @param respondent who answered, or null for a panel
 * @param date the assessment date, or null
 * @param threshold the fulfilment threshold used: a criterion with a value at least this is met
 * @param maxStage the model's highest stage
 * @param stage the overall gated stage
 * @param score the overall continuous score: the dimension-weighted mean of dimension scores
 * @param confidence the answered share of all criteria, weighted by criterion weight
 * @param dimensions one result per dimension, in model order
 * @param criteria one outcome per criterion, in model order
 * @param blockers the criteria that cap the overall stage: the unmet criteria of stage {@code
 *     stage + 1}, heaviest first (empty at the top stage)
 * @param warnings consistency warnings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaturityResult(
    String modelId,
    String modelVersion,
    @Nullable Respondent respondent,
    @Nullable LocalDate date,
    double threshold,
    int maxStage,
    int stage,
    double score,
    double confidence,
    List<DimensionResult> dimensions,
    List<CriterionOutcome> criteria,
    List<String> blockers,
    List<ConsistencyWarning> warnings) {

  public MaturityResult {
    checkId(modelId, "result modelId");
    checkNotNull(modelVersion, "modelVersion");
    dimensions = List.copyOf(dimensions);
    criteria = List.copyOf(criteria);
    blockers = List.copyOf(blockers);
    warnings = List.copyOf(warnings);
  }

  /** The result of one dimension. */
  public Optional<DimensionResult> dimension(String dimensionId) {
    checkNotNull(dimensionId, "dimensionId");
    for (DimensionResult d : dimensions) {
      if (d.dimension().equals(dimensionId)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The outcome of one criterion. */
  public Optional<CriterionOutcome> criterion(String criterionId) {
    checkNotNull(criterionId, "criterionId");
    for (CriterionOutcome c : criteria) {
      if (c.criterion().equals(criterionId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The warnings of one kind. */
  public List<ConsistencyWarning> warnings(ConsistencyWarning.Kind kind) {
    checkNotNull(kind, "kind");
    return warnings.stream().filter(w -> w.kind() == kind).toList();
  }
}
