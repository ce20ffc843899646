package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a maturity model that a respondent rates, belonging to one dimension and one
 * stage.
 *
 * <p>{@code requires} lists prerequisite criteria: a criterion counts as met for the gated stage
 * only when it and every criterion it requires (transitively) are met; the continuous score does
 * not look at prerequisites. Roadmaps list prerequisites before the criteria that need them.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param id the criterion's identifier; not null
 * @param dimension the id of its dimension; not null
 * @param stage the stage it belongs to, 1 or more
 * @param statement what is true of an organisation that meets it; not null or blank
 * @param guidance how to judge the answer, what to look for; not null, may be empty
 * @param weight its relative weight within its dimension and stage, a finite number &gt; 0
 * @param recommendation what to do when it is unmet; not null or blank
 * @param evidence a rule that reads a metric and suggests an answer, or null
 * @param requires ids of prerequisite criteria; not null, may be empty
 */
public record Criterion(
    String id,
    String dimension,
    int stage,
    String statement,
    String guidance,
    double weight,
    String recommendation,
    @Nullable EvidenceRule evidence,
    List<String> requires) {

  public Criterion {
    checkId(id, "criterion id");
    checkId(dimension, "criterion '" + id + "' dimension");
    checkNotNull(statement, "statement");
    checkNotNull(guidance, "guidance");
    checkNotNull(recommendation, "recommendation");
    checkNotNull(requires, "requires");
    checkArgument(stage >= 1, "criterion '%s' stage (%d) must be >= 1", id, stage);
    checkArgument(!statement.isBlank(), "criterion '%s' statement must not be blank", id);
    checkArgument(
        !recommendation.isBlank(), "criterion '%s' recommendation must not be blank", id);
    checkArgument(
        weight > 0 && weight < Double.POSITIVE_INFINITY,
        "criterion '%s' weight (%s) must be a finite number > 0",
        id,
        weight);
    requires = List.copyOf(requires);
    for (String r : requires) {
      checkId(r, "criterion '" + id + "' requires");
    }
  }

  /** A criterion of weight 1 with no guidance, no evidence rule and no prerequisites. */
  public static Criterion of(
      String id, String dimension, int stage, String statement, String recommendation) {
    return new Criterion(
        checkNotNull(id, "id"), dimension, stage, statement, "", 1, recommendation, null, List.of());
  }

  /** Returns this criterion with another weight. */
  public Criterion withWeight(double newWeight) {
    return new Criterion(
        id, dimension, stage, statement, guidance, newWeight, recommendation, evidence, requires);
  }

  /** Returns this criterion with guidance. */
  public Criterion withGuidance(String newGuidance) {
    return new Criterion(
        id, dimension, stage, statement, newGuidance, weight, recommendation, evidence, requires);
  }

  /** Returns this criterion with an evidence rule (null removes it). */
  public Criterion withEvidence(@Nullable EvidenceRule newEvidence) {
    return new Criterion(
        id, dimension, stage, statement, guidance, weight, recommendation, newEvidence, requires);
  }

  /** Returns this criterion with prerequisites. */
  public Criterion withRequires(String... ids) {
    return new Criterion(
        id, dimension, stage, statement, guidance, weight, recommendation, evidence, List.of(ids));
  }
}
