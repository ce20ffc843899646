package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

import dev.cem.maturity.internal.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A maturity model as data: stages, dimensions, criteria and answer levels.
 *
 * <p>Build one with {@link #builder(String)}, load one with {@link MaturityModels#load}, or take
 * a built-in one from {@link MaturityModels#builtIn(String)}. {@link Builder#build()} validates
 * the whole model and reports the first problem with a message that names the offending id:
 * duplicate ids, criteria pointing at unknown stages or dimensions, stages 1..max without
 * criteria, dimensions without criteria, dangling or cyclic {@code requires}, weights that are not
 * finite and &gt; 0, levels outside [0, 1], and evidence rules suggesting unknown levels.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Two models are equal when
 * all their parts are equal; doubles compare as in {@link Double#equals}.
 */
public final class MaturityModel {

  private final String id;
  private final String version;
  private final String name;
  private final String description;
  private final List<Stage> stages;
  private final List<Dimension> dimensions;
  private final List<Criterion> criteria;
  private final List<AnswerLevel> answerLevels;
  private final NotApplicablePolicy notApplicablePolicy;
  private final ModelIndex index;

  private MaturityModel(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.name = b.name == null ? b.id : b.name;
    this.description = b.description;
    List<Stage> sortedStages = new ArrayList<>(b.stages);
    sortedStages.sort((x, y) -> Integer.compare(x.ordinal(), y.ordinal()));
    this.stages = List.copyOf(sortedStages);
    this.dimensions = List.copyOf(b.dimensions);
    this.criteria = List.copyOf(b.criteria);
    this.answerLevels = List.copyOf(b.levels.isEmpty() ? AnswerLevel.STANDARD : b.levels);
    this.notApplicablePolicy = b.notApplicablePolicy;
    this.index = ModelIndex.build(b.stages, dimensions, criteria, answerLevels);
  }

  /** Returns a builder for a model with the given id. */
  public static Builder builder(String id) {
    return new Builder(checkNotNull(id, "id"));
  }

  /** Returns a builder holding all of this model's parts, for a modified copy. */
  public Builder toBuilder() {
    Builder b = builder(id).version(version).name(name).description(description);
    b.stages.addAll(stages);
    b.dimensions.addAll(dimensions);
    b.criteria.addAll(criteria);
    b.levels.addAll(answerLevels);
    b.notApplicablePolicy = notApplicablePolicy;
    return b;
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The stages in ascending order of ordinal, stage 0 included when the model declares it. */
  public List<Stage> stages() {
    return stages;
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** The criteria in model order. */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** The answer levels, without the reserved {@link AnswerLevel#NOT_APPLICABLE}. */
  public List<AnswerLevel> answerLevels() {
    return answerLevels;
  }

  public NotApplicablePolicy notApplicablePolicy() {
    return notApplicablePolicy;
  }

  /** The highest stage ordinal. */
  public int maxStage() {
    return index.maxStage;
  }

  /** The stage with the given ordinal, if the model declares it. */
  public Optional<Stage> stage(int ordinal) {
    for (Stage s : stages) {
      if (s.ordinal() == ordinal) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The dimension with the given id. */
  public Optional<Dimension> dimension(String dimensionId) {
    Integer d = index.dimensionIndex.get(checkNotNull(dimensionId, "dimensionId"));
    return d == null ? Optional.empty() : Optional.of(dimensions.get(d));
  }

  /** The criterion with the given id. */
  public Optional<Criterion> criterion(String criterionId) {
    Integer i = index.criterionIndex.get(checkNotNull(criterionId, "criterionId"));
    return i == null ? Optional.empty() : Optional.of(criteria.get(i));
  }

  /** The criteria of one dimension at one stage, in model order. */
  public List<Criterion> criteria(String dimensionId, int stage) {
    Integer d = index.dimensionIndex.get(checkNotNull(dimensionId, "dimensionId"));
    if (d == null || stage < 1 || stage > index.maxStage) {
      return List.of();
    }
    List<Criterion> out = new ArrayList<>();
    for (int i : index.cells[d][stage]) {
      out.add(criteria.get(i));
    }
    return out;
  }

  /**
   * The level with the given name, matched case-insensitively with {@link Locale#ROOT}; empty
   * for unknown names and for {@link AnswerLevel#NOT_APPLICABLE}.
   */
  public Optional<AnswerLevel> level(String levelName) {
    return Optional.ofNullable(
        index.levels.get(checkNotNull(levelName, "levelName").toUpperCase(Locale.ROOT)));
  }

  /** The allowed level names, comma-separated, NOT_APPLICABLE last; for messages. */
  public String allowedLevels() {
    return index.allowedLevels;
  }

  /** The precomputed index; for the module's own use. */
  ModelIndex index() {
    return index;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MaturityModel)) {
      return false;
    }
    MaturityModel m = (MaturityModel) o;
    return id.equals(m.id)
        && version.equals(m.version)
        && name.equals(m.name)
        && description.equals(m.description)
        && stages.equals(m.stages)
        && dimensions.equals(m.dimensions)
        && criteria.equals(m.criteria)
        && answerLevels.equals(m.answerLevels)
        && notApplicablePolicy == m.notApplicablePolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, stages, dimensions, criteria, answerLevels, notApplicablePolicy);
  }

  @Override
  public String toString() {
    return "MaturityModel["
        + id
        + " "
        + version
        + ", "
        + index.maxStage
        + " stages, "
        + dimensions.size()
        + " dimensions, "
        + criteria.size()
        + " criteria]";
  }

  /**
   * Collects a model's parts; {@link #build()} validates them. Answer levels default to {@link
   * AnswerLevel#STANDARD} and the not-applicable policy to {@link NotApplicablePolicy#EXCLUDED}.
   *
   * <p>This class is not thread safe.
   */
  public static final class Builder {
    private final String id;
    private String version = "1";
    private String name;
    private String description = "";
    private final List<Stage> stages = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<AnswerLevel> levels = new ArrayList<>();
    private NotApplicablePolicy notApplicablePolicy = NotApplicablePolicy.EXCLUDED;

    private Builder(String id) {
      this.id = checkId(id, "model id");
    }

    public Builder version(String newVersion) {
      checkNotNull(newVersion, "version");
      checkArgument(!newVersion.isBlank(), "model '%s' version must not be blank", id);
      this.version = newVersion;
      return this;
    }

    public Builder name(String newName) {
      checkNotNull(newName, "name");
      checkArgument(!newName.isBlank(), "model '%s' name must not be blank", id);
      this.name = newName;
      return this;
    }

    public Builder description(String newDescription) {
      this.description = checkNotNull(newDescription, "description");
      return this;
    }

    public Builder stage(Stage stage) {
      stages.add(checkNotNull(stage, "stage"));
      return this;
    }

    public Builder stage(int ordinal, String stageName, String stageDescription) {
      return stage(Stage.of(ordinal, stageName, stageDescription));
    }

    public Builder dimension(Dimension dimension) {
      dimensions.add(checkNotNull(dimension, "dimension"));
      return this;
    }

    public Builder dimension(String dimensionId, String dimensionName, double weight) {
      return dimension(Dimension.of(dimensionId, dimensionName, weight));
    }

    public Builder criterion(Criterion criterion) {
      criteria.add(checkNotNull(criterion, "criterion"));
      return this;
    }

    public Builder criteria(Iterable<Criterion> more) {
      for (Criterion c : checkNotNull(more, "more")) {
        criterion(c);
      }
      return this;
    }

    public Builder level(AnswerLevel level) {
      levels.add(checkNotNull(level, "level"));
      return this;
    }

    public Builder level(String levelName, double value) {
      return level(AnswerLevel.of(levelName, value));
    }

    public Builder notApplicable(NotApplicablePolicy policy) {
      this.notApplicablePolicy = checkNotNull(policy, "policy");
      return this;
    }

    /**
     * Validates and returns the model.
     *
     * @throws dev.cem.core.CemArgumentException naming the first offending id
     */
    public MaturityModel build() {
      return new MaturityModel(this);
    }
  }
}
