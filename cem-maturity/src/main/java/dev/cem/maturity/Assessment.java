package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answers to a maturity model: level names per criterion id, with optional
 * evidence notes.
 *
 * <p>An assessment is checked against its model when it is scored ({@link
 * MaturityScorer#score(Assessment)}) or explicitly with {@link MaturityScorer#check(Assessment)}:
 * unknown criterion ids, levels outside the model's levels and a model id (or version, when given)
 * that differs from the model's are rejected. Criteria without an answer are unanswered: they
 * score 0, block their stage and lower the result's confidence.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param modelId the id of the model answered; not null
 * @param modelVersion the model version answered, or null for "any"
 * @param respondent who answered; null is read as {@link Respondent#ANONYMOUS}
 * @param date when, or null
 * @param answers the answers by criterion id, in insertion order; not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assessment(
    String modelId,
    @Nullable String modelVersion,
    @Nullable Respondent respondent,
    @Nullable LocalDate date,
    Map<String, Answer> answers) {

  public Assessment {
    checkId(modelId, "assessment modelId");
    if (respondent == null) {
      respondent = Respondent.ANONYMOUS;
    }
    checkNotNull(answers, "answers");
    Map<String, Answer> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      checkId(e.getKey(), "answered criterion id");
      copy.put(e.getKey(), checkNotNull(e.getValue(), "answer"));
    }
    answers = Collections.unmodifiableMap(copy);
  }

  /** Returns a builder for an assessment of the given model. */
  public static Builder builder(MaturityModel model) {
    checkNotNull(model, "model");
    return new Builder(model.id()).modelVersion(model.version());
  }

  /** Returns a builder for an assessment of the model with the given id, any version. */
  public static Builder builder(String modelId) {
    return new Builder(checkNotNull(modelId, "modelId"));
  }

  /** Returns a builder holding this assessment's values. */
  public Builder toBuilder() {
    Builder b = new Builder(modelId).modelVersion(modelVersion).respondent(respondent).date(date);
    b.answers.putAll(answers);
    return b;
  }

  /** Who answered; never null ({@link Respondent#ANONYMOUS} when nobody is named). */
  @Override
  public Respondent respondent() {
    return respondent;
  }

  /** The answer to one criterion, or null when it is unanswered. */
  public @Nullable Answer answer(String criterionId) {
    return answers.get(checkNotNull(criterionId, "criterionId"));
  }

  /** Returns this assessment with one more (or one replaced) answer. */
  public Assessment withAnswer(String criterionId, Answer answer) {
    return toBuilder().answer(criterionId, answer).build();
  }

  /** Collects an assessment's answers. This class is not thread safe. */
  public static final class Builder {
    private final String modelId;
    private @Nullable String modelVersion;
    private Respondent respondent = Respondent.ANONYMOUS;
    private @Nullable LocalDate date;
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    private Builder(String modelId) {
      this.modelId = modelId;
    }

    public Builder modelVersion(@Nullable String version) {
      this.modelVersion = version;
      return this;
    }

    public Builder respondent(Respondent newRespondent) {
      this.respondent = checkNotNull(newRespondent, "respondent");
      return this;
    }

    public Builder date(@Nullable LocalDate newDate) {
      this.date = newDate;
      return this;
    }

    public Builder answer(String criterionId, String level) {
      return answer(criterionId, Answer.of(level));
    }

    public Builder answer(String criterionId, String level, @Nullable String note) {
      return answer(criterionId, Answer.of(level, note));
    }

    public Builder answer(String criterionId, Answer answer) {
      answers.put(checkNotNull(criterionId, "criterionId"), checkNotNull(answer, "answer"));
      return this;
    }

    public Assessment build() {
      return new Assessment(modelId, modelVersion, respondent, date, answers);
    }
  }
}
