package dev.cem.maturity.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The document form of a maturity model, schema version 1, bound by Jackson. Every field is
 * nullable here so that a missing field is reported by the converter with the offending id,
 * rather than by Jackson.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion", "id", "version", "name", "description", "notApplicable", "answerLevels",
  "stages", "dimensions", "criteria"
})
public record ModelDocument(
    @Nullable Integer schemaVersion,
    @Nullable String id,
    @Nullable String version,
    @Nullable String name,
    @Nullable String description,
    @Nullable String notApplicable,
    @Nullable List<LevelDoc> answerLevels,
    @Nullable List<StageDoc> stages,
    @Nullable List<DimensionDoc> dimensions,
    @Nullable List<CriterionDoc> criteria) {

  /** An answer level. */
  public record LevelDoc(@Nullable String name, @Nullable Double value) {}

  /** A stage. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StageDoc(
      @Nullable Integer ordinal, @Nullable String name, @Nullable String description) {}

  /** A dimension; weight defaults to 1. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DimensionDoc(@Nullable String id, @Nullable String name, @Nullable Double weight) {}

  /** A criterion; weight defaults to 1, guidance to empty, requires to none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "id", "dimension", "stage", "weight", "statement", "guidance", "recommendation", "requires",
    "evidence"
  })
  public record CriterionDoc(
      @Nullable String id,
      @Nullable String dimension,
      @Nullable Integer stage,
      @Nullable Double weight,
      @Nullable String statement,
      @Nullable String guidance,
      @Nullable String recommendation,
      @Nullable List<String> requires,
      @Nullable RuleDoc evidence) {}

  /** An evidence rule; subject defaults to {@code value}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "metric", "subject", "operator", "threshold", "minN", "status", "levelWhenMet",
    "levelWhenNotMet"
  })
  public record RuleDoc(
      @Nullable String metric,
      @Nullable String subject,
      @Nullable String operator,
      @Nullable Double threshold,
      @Nullable Long minN,
      @Nullable String status,
      @Nullable String levelWhenMet,
      @Nullable String levelWhenNotMet) {}
}
