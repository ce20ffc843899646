package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.report.internal.ModelChecks.checkFiniteOrMissing;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A maturity result: the overall stage on a stage ladder, per-dimension scores (rendered as a
 * radar chart with rings 0 to {@value #MAX_SCORE}), the blockers that keep the next stage out of
 * reach, a roadmap and warnings.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param modelName the maturity model's name; not blank
 * @param overallStage the stage reached; if the ladder is not empty it holds a stage with this
 *     ordinal
 * @param ladder all stages in ascending ordinal order, each ordinal once; not null, may be empty
 * @param dimensions the assessed dimensions; not null, may be empty
 * @param blockers criteria not met; not null, may be empty
 * @param roadmap recommendations in the order to act on them; not null, may be empty
 * @param warnings notes on the assessment's quality; not null, may be empty
 */
public record MaturitySection(
    String title,
    String modelName,
    Stage overallStage,
    List<Stage> ladder,
    List<Dimension> dimensions,
    List<Blocker> blockers,
    List<Recommendation> roadmap,
    List<String> warnings)
    implements Section {

  /** The top of the continuous dimension score. */
  public static final double MAX_SCORE = 5;

  public MaturitySection {
    checkTitle(title, "maturity title");
    checkTitle(modelName, "model name");
    checkNotNull(overallStage, "overallStage");
    ladder = copy(ladder, "ladder");
    dimensions = copy(dimensions, "dimensions");
    blockers = copy(blockers, "blockers");
    roadmap = copy(roadmap, "roadmap");
    warnings = copy(warnings, "warnings");
    for (int i = 1; i < ladder.size(); i++) {
      checkArgument(
          ladder.get(i - 1).ordinal() < ladder.get(i).ordinal(),
          "ladder stage ordinals must ascend, got %d then %d",
          ladder.get(i - 1).ordinal(),
          ladder.get(i).ordinal());
    }
    int reached = overallStage.ordinal();
    checkArgument(
        ladder.isEmpty() || ladder.stream().anyMatch(s -> s.ordinal() == reached),
        "overall stage (%d) must be one of the ladder's stages",
        reached);
  }

  public static Builder builder(String modelName, Stage overallStage) {
    return new Builder(checkNotNull(modelName, "modelName"), checkNotNull(overallStage, "stage"));
  }

  /**
   * A stage of the model.
   *
   * @param ordinal the stage's number, e.g. 0 to 5
   * @param name the stage's name, e.g. "Defined"; not null
   * @param description what the stage means; not null, may be empty
   */
  public record Stage(int ordinal, String name, String description) {
    public Stage {
      checkNotNull(name, "name");
      checkNotNull(description, "description");
    }

    public static Stage of(int ordinal, String name, String description) {
      return new Stage(ordinal, name, description);
    }
  }

  /**
   * One dimension's result.
   *
   * @param label the dimension's label, e.g. "Strategy"; not null
   * @param gatedStage the stage reached on this dimension when every earlier stage's criteria
   *     gate the next
   * @param score the continuous score between 0 and {@value #MAX_SCORE}, or NaN if not assessed
   * @param panelMin the lowest respondent's score, or NaN when there is no panel
   * @param panelMax the highest respondent's score, or NaN when there is no panel
   * @param disagreement a spread measure of the panel (e.g. standard deviation), or NaN
   */
  public record Dimension(
      String label,
      int gatedStage,
      double score,
      double panelMin,
      double panelMax,
      double disagreement) {
    public Dimension {
      checkNotNull(label, "label");
      checkScore(score, "score of dimension '" + label + "'");
      checkScore(panelMin, "panel minimum of dimension '" + label + "'");
      checkScore(panelMax, "panel maximum of dimension '" + label + "'");
      checkArgument(
          !(panelMin > panelMax),
          "panel minimum (%s) of dimension '%s' must be <= panel maximum (%s)",
          panelMin,
          label,
          panelMax);
      checkFiniteOrMissing(disagreement, "disagreement of dimension '" + label + "'");
    }

    /** A dimension without panel statistics. */
    public static Dimension of(String label, int gatedStage, double score) {
      return new Dimension(label, gatedStage, score, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Returns this dimension with the panel's lowest and highest scores. */
    public Dimension withPanel(double min, double max) {
      return new Dimension(label, gatedStage, score, min, max, disagreement);
    }

    /** Returns this dimension with a disagreement measure. */
    public Dimension withDisagreement(double newDisagreement) {
      return new Dimension(label, gatedStage, score, panelMin, panelMax, newDisagreement);
    }

    /** True when the score is present. */
    public boolean hasScore() {
      return !Double.isNaN(score);
    }

    private static void checkScore(double value, String field) {
      checkArgument(
          Double.isNaN(value) || (value >= 0 && value <= MAX_SCORE),
          "%s (%s) must be between 0 and %s, or NaN if not assessed",
          field,
          value,
          MAX_SCORE);
    }
  }

  /**
   * A criterion not met that keeps a stage out of reach.
   *
   * @param criterionId the criterion's identifier; not null
   * @param statement the criterion's statement; not null
   * @param stage the stage the criterion belongs to
   * @param weight the criterion's weight, finite and {@code >= 0}
   */
  public record Blocker(String criterionId, String statement, int stage, double weight) {
    public Blocker {
      checkNotNull(criterionId, "criterionId");
      checkNotNull(statement, "statement");
      checkArgument(
          weight >= 0 && Double.isFinite(weight),
          "weight of criterion '%s' (%s) must be a finite number >= 0",
          criterionId,
          weight);
    }

    public static Blocker of(String criterionId, String statement, int stage, double weight) {
      return new Blocker(criterionId, statement, stage, weight);
    }
  }

  /**
   * One roadmap step.
   *
   * @param text what to do; not null
   * @param stage the stage the step leads to
   * @param dimension the dimension it concerns, or null
   */
  public record Recommendation(String text, int stage, @Nullable String dimension) {
    public Recommendation {
      checkNotNull(text, "text");
    }

    public static Recommendation of(String text, int stage) {
      return new Recommendation(text, stage, null);
    }

    public static Recommendation of(String text, int stage, @Nullable String dimension) {
      return new Recommendation(text, stage, dimension);
    }
  }

  /** Builds a {@link MaturitySection}; validated in {@link #build()}. Not thread safe. */
  public static final class Builder {
    private final String modelName;
    private final Stage overallStage;
    private @Nullable String title;
    private final List<Stage> ladder = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Blocker> blockers = new ArrayList<>();
    private final List<Recommendation> roadmap = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Builder(String modelName, Stage overallStage) {
      this.modelName = modelName;
      this.overallStage = overallStage;
    }

    /** Sets the heading; defaults to "Maturity: " and the model's name. */
    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    public Builder stage(Stage stage) {
      ladder.add(checkNotNull(stage, "stage"));
      return this;
    }

    public Builder stages(List<Stage> stages) {
      checkNotNull(stages, "stages").forEach(this::stage);
      return this;
    }

    public Builder dimension(Dimension dimension) {
      dimensions.add(checkNotNull(dimension, "dimension"));
      return this;
    }

    public Builder blocker(Blocker blocker) {
      blockers.add(checkNotNull(blocker, "blocker"));
      return this;
    }

    public Builder recommendation(Recommendation recommendation) {
      roadmap.add(checkNotNull(recommendation, "recommendation"));
      return this;
    }

    public Builder warning(String warning) {
      warnings.add(checkNotNull(warning, "warning"));
      return this;
    }

    public MaturitySection build() {
      return new MaturitySection(
          title == null ? "Maturity: " + modelName : title,
          modelName,
          overallStage,
          ladder,
          dimensions,
          blockers,
          roadmap,
          warnings);
    }
  }
}
