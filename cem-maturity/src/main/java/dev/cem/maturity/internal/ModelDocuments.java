package dev.cem.maturity.internal;

import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import dev.cem.maturity.AnswerLevel;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.Dimension;
import dev.cem.maturity.EvidenceRule;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.NotApplicablePolicy;
import dev.cem.maturity.Stage;
import dev.cem.maturity.internal.ModelDocument.CriterionDoc;
import dev.cem.maturity.internal.ModelDocument.DimensionDoc;
import dev.cem.maturity.internal.ModelDocument.LevelDoc;
import dev.cem.maturity.internal.ModelDocument.RuleDoc;
import dev.cem.maturity.internal.ModelDocument.StageDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Converts between {@link ModelDocument} (schema version 1) and {@link MaturityModel}. */
public final class ModelDocuments {
  /** The schema version this code reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private ModelDocuments() {}

  /**
   * Builds and validates a model from its document.
   *
   * @throws CemArgumentException naming the missing field or the offending id
   */
  public static MaturityModel toModel(ModelDocument doc) {
    checkSchemaVersion(doc.schemaVersion(), "maturity model");
    String id = require(doc.id(), "model", "id");
    MaturityModel.Builder b = MaturityModel.builder(id);
    if (doc.version() != null) {
      b.version(doc.version());
    }
    if (doc.name() != null) {
      b.name(doc.name());
    }
    if (doc.description() != null) {
      b.description(doc.description());
    }
    if (doc.notApplicable() != null) {
      b.notApplicable(policy(doc.notApplicable()));
    }
    for (LevelDoc l : list(doc.answerLevels())) {
      require(l, "answerLevels", "an element (null found)");
      String name = require(l.name(), "answer level", "name");
      b.level(name, require(l.value(), "answer level '" + name + "'", "value"));
    }
    List<StageDoc> stages = require(doc.stages(), "model '" + id + "'", "stages");
    for (StageDoc s : stages) {
      require(s, "stages", "an element (null found)");
      int ordinal = require(s.ordinal(), "stage", "ordinal");
      b.stage(
          ordinal,
          require(s.name(), "stage " + ordinal, "name"),
          s.description() == null ? "" : s.description());
    }
    for (DimensionDoc d : require(doc.dimensions(), "model '" + id + "'", "dimensions")) {
      require(d, "dimensions", "an element (null found)");
      String did = require(d.id(), "dimension", "id");
      b.dimension(
          did,
          d.name() == null ? did : d.name(),
          d.weight() == null ? 1.0 : d.weight());
    }
    for (CriterionDoc c : require(doc.criteria(), "model '" + id + "'", "criteria")) {
      require(c, "criteria", "an element (null found)");
      String cid = require(c.id(), "criterion", "id");
      String owner = "criterion '" + cid + "'";
      b.criterion(
          new Criterion(
              cid,
              require(c.dimension(), owner, "dimension"),
              require(c.stage(), owner, "stage"),
              require(c.statement(), owner, "statement"),
              c.guidance() == null ? "" : c.guidance(),
              c.weight() == null ? 1.0 : c.weight(),
              require(c.recommendation(), owner, "recommendation"),
              c.evidence() == null ? null : rule(cid, c.evidence()),
              c.requires() == null ? List.of() : c.requires()));
    }
    return b.build();
  }

  /** The document form of a model. */
  public static ModelDocument toDocument(MaturityModel model) {
    List<LevelDoc> levels = new ArrayList<>();
    for (AnswerLevel l : model.answerLevels()) {
      levels.add(new LevelDoc(l.name(), l.value()));
    }
    List<StageDoc> stages = new ArrayList<>();
    for (Stage s : model.stages()) {
      stages.add(new StageDoc(s.ordinal(), s.name(), s.description()));
    }
    List<DimensionDoc> dimensions = new ArrayList<>();
    for (Dimension d : model.dimensions()) {
      dimensions.add(new DimensionDoc(d.id(), d.name(), d.weight()));
    }
    List<CriterionDoc> criteria = new ArrayList<>();
    for (Criterion c : model.criteria()) {
      criteria.add(
          new CriterionDoc(
              c.id(),
              c.dimension(),
              c.stage(),
              c.weight(),
              c.statement(),
              c.guidance(),
              c.recommendation(),
              c.requires(),
              c.evidence() == null ? null : ruleDoc(c.evidence())));
    }
    return new ModelDocument(
        SCHEMA_VERSION,
        model.id(),
        model.version(),
        model.name(),
        model.description(),
        model.notApplicablePolicy().name(),
        levels,
        stages,
        dimensions,
        criteria);
  }

  /** Rejects a missing or unknown schema version. */
  public static void checkSchemaVersion(@Nullable Integer version, String what) {
    checkArgument(
        version != null && version == SCHEMA_VERSION,
        "%s schemaVersion (%s) must be %d",
        what,
        version,
        SCHEMA_VERSION);
  }

  private static EvidenceRule rule(String criterion, RuleDoc r) {
    String owner = "criterion '" + criterion + "' evidence";
    EvidenceRule.Subject subject = EvidenceRule.Subject.VALUE;
    if (r.subject() != null) {
      try {
        subject = EvidenceRule.Subject.valueOf(r.subject().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CemArgumentException(
            Checks.format(
                "%s subject ('%s') must be one of value, n, lower, upper",
                owner, Checks.abbreviate(r.subject())));
      }
    }
    try {
      return new EvidenceRule(
          require(r.metric(), owner, "metric"),
          subject,
          r.operator() == null ? null : EvidenceRule.Operator.parse(r.operator()),
          r.threshold() == null ? Double.NaN : r.threshold(),
          r.minN() == null ? 0 : r.minN(),
          r.status(),
          require(r.levelWhenMet(), owner, "levelWhenMet"),
          r.levelWhenNotMet());
    } catch (CemArgumentException e) {
      throw new CemArgumentException(owner + ": " + e.getMessage(), e);
    }
  }

  private static RuleDoc ruleDoc(EvidenceRule r) {
    return new RuleDoc(
        r.metric(),
        r.subject() == EvidenceRule.Subject.VALUE ? null : r.subject().name().toLowerCase(Locale.ROOT),
        r.operator() == null ? null : r.operator().symbol(),
        r.operator() == null ? null : r.threshold(),
        r.minN() == 0 ? null : r.minN(),
        r.status(),
        r.levelWhenMet(),
        r.levelWhenNotMet());
  }

  private static NotApplicablePolicy policy(String text) {
    try {
      return NotApplicablePolicy.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CemArgumentException(
          Checks.format(
              "notApplicable policy ('%s') must be EXCLUDED or SCORED_ZERO",
              Checks.abbreviate(text)));
    }
  }

  private static <T> List<T> list(@Nullable List<T> xs) {
    return xs == null ? List.of() : xs;
  }

  private static <T> T require(@Nullable T value, String owner, String field) {
    if (value == null) {
      throw new CemArgumentException(Checks.format("%s is missing '%s'", owner, field));
    }
    return value;
  }
}
