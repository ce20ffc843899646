package dev.cem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.out.Json;
import dev.cem.cli.out.Num;
import dev.cem.cli.out.Result;
import dev.cem.cli.out.Table;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.DimensionResult;
import dev.cem.maturity.Evidence;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityResult;
import dev.cem.maturity.Panel;
import dev.cem.maturity.Roadmap;
import dev.cem.maturity.Stage;
import dev.cem.report.MaturitySection;
import dev.cem.report.Report;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A maturity result as the {@code assess} command (and the demo) shows it: JSON, tables and a
 * cem-report {@link MaturitySection}.
 */
final class MaturityView implements Result {
  /** One respondent's own result within a panel. */
  record RespondentResult(String label, MaturityResult result) {}

  private final MaturityModel model;
  private final MaturityResult result;
  private final Roadmap roadmap;
  private final @Nullable Panel panel;
  private final List<RespondentResult> respondents;
  private final List<Evidence.Finding> findings;
  private final List<String> extraWarnings;

  MaturityView(
      MaturityModel model,
      MaturityResult result,
      @Nullable Panel panel,
      List<RespondentResult> respondents,
      List<Evidence.Finding> findings,
      List<String> extraWarnings) {
    this.model = model;
    this.result = result;
    this.roadmap = Roadmap.nextStage(model, result);
    this.panel = panel;
    this.respondents = List.copyOf(respondents);
    this.findings = List.copyOf(findings);
    this.extraWarnings = List.copyOf(extraWarnings);
  }

  MaturityResult result() {
    return result;
  }

  String stageName(int ordinal) {
    return model
        .stage(ordinal)
        .map(Stage::name)
        .orElse(ordinal == 0 ? "Not on the scale" : "Stage " + ordinal);
  }

  private String dimensionName(String id) {
    return model.dimension(id).map(d -> d.name()).orElse(id);
  }

  private String statement(String criterionId) {
    return model.criterion(criterionId).map(Criterion::statement).orElse(criterionId);
  }

  List<String> warnings() {
    List<String> out = new ArrayList<>();
    result.warnings().forEach(w -> out.add(w.message()));
    out.addAll(extraWarnings);
    return out;
  }

  @Override
  public String title() {
    return "Maturity: " + model.name();
  }

  @Override
  public JsonNode json() {
    ObjectNode root = Json.object();
    root.put("schemaVersion", 1);
    root.put("model", model.id());
    root.put("modelVersion", model.version());
    root.put("stage", result.stage());
    root.put("stageName", stageName(result.stage()));
    Json.put(root, "score", result.score());
    Json.put(root, "confidence", result.confidence());
    root.put("respondentCount", Math.max(1, respondents.size()));
    ArrayNode dims = root.putArray("dimensions");
    for (DimensionResult d : result.dimensions()) {
      ObjectNode n = dims.addObject();
      n.put("id", d.dimension());
      n.put("name", dimensionName(d.dimension()));
      n.put("stage", d.stage());
      Json.put(n, "score", d.score());
      Json.put(n, "confidence", d.confidence());
      d.blockers().forEach(n.putArray("blockers")::add);
    }
    ArrayNode blockers = root.putArray("blockers");
    for (String id : result.blockers()) {
      ObjectNode n = blockers.addObject();
      n.put("criterion", id);
      n.put("statement", statement(id));
      model.criterion(id).ifPresent(c -> n.put("stage", c.stage()).put("dimension", c.dimension()));
    }
    ArrayNode steps = root.putArray("roadmap");
    for (Roadmap.Item item : roadmap.items()) {
      ObjectNode n = steps.addObject();
      n.put("criterion", item.criterion());
      n.put("dimension", item.dimension());
      n.put("stage", item.stage());
      Json.put(n, "weight", item.weight());
      Json.put(n, "currentValue", item.currentValue());
      n.put("statement", item.statement());
      n.put("recommendation", item.recommendation());
    }
    warnings().forEach(root.putArray("warnings")::add);
    if (panel != null) {
      ObjectNode dis = root.putObject("disagreement");
      ArrayNode dd = dis.putArray("dimensions");
      for (Panel.DimensionAgreement a : panel.dimensions()) {
        ObjectNode n = dd.addObject();
        n.put("id", a.dimension());
        Json.put(n, "meanStandardDeviation", a.meanStandardDeviation());
        Json.put(n, "meanRwg", a.meanRwg());
        n.put("criteriaCompared", a.criteriaCompared());
        DoubleSummaryStatistics range = range(a.dimension());
        Json.put(n, "minScore", range.getCount() == 0 ? Double.NaN : range.getMin());
        Json.put(n, "maxScore", range.getCount() == 0 ? Double.NaN : range.getMax());
      }
      ArrayNode dv = dis.putArray("respondents");
      for (Panel.Divergence d : panel.divergences()) {
        ObjectNode n = dv.addObject();
        n.put("label", d.label());
        Json.put(n, "meanAbsoluteDifference", d.meanAbsoluteDifference());
        n.put("criteriaCompared", d.criteriaCompared());
      }
      panel.mostDivergent().ifPresent(d -> dis.put("mostDivergent", d.label()));
      ArrayNode rs = root.putArray("respondents");
      for (RespondentResult r : respondents) {
        ObjectNode n = rs.addObject();
        n.put("label", r.label());
        n.put("stage", r.result().stage());
        Json.put(n, "score", r.result().score());
      }
    }
    if (!findings.isEmpty()) {
      ArrayNode ev = root.putArray("evidence");
      for (Evidence.Finding f : findings) {
        ObjectNode n = ev.addObject();
        n.put("criterion", f.criterion());
        n.put("rule", f.rule());
        n.put("outcome", f.outcome().name());
        Json.put(n, "observed", f.observed());
        n.put("n", f.n());
        if (f.suggestedLevel() != null) {
          n.put("suggestedLevel", f.suggestedLevel());
        }
      }
    }
    return root;
  }

  private DoubleSummaryStatistics range(String dimension) {
    DoubleSummaryStatistics s = new DoubleSummaryStatistics();
    for (RespondentResult r : respondents) {
      r.result().dimension(dimension).ifPresent(d -> s.accept(d.score()));
    }
    return s;
  }

  @Override
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table("Maturity", "model", "stage", "stage name", "score", "confidence", "respondents")
            .row(
                model.id(),
                result.stage(),
                stageName(result.stage()),
                Num.fixed(result.score(), 2),
                Num.fixed(result.confidence(), 2),
                Math.max(1, respondents.size())));
    Table dims =
        panel == null
            ? new Table("Dimensions", "dimension", "stage", "score")
            : new Table("Dimensions", "dimension", "stage", "score", "min", "max", "mean sd");
    for (DimensionResult d : result.dimensions()) {
      if (panel == null) {
        dims.row(d.dimension(), d.stage(), Num.fixed(d.score(), 2));
      } else {
        DoubleSummaryStatistics r = range(d.dimension());
        double sd =
            panel.dimension(d.dimension())
                .map(Panel.DimensionAgreement::meanStandardDeviation)
                .orElse(Double.NaN);
        dims.row(
            d.dimension(),
            d.stage(),
            Num.fixed(d.score(), 2),
            Num.fixed(r.getMin(), 2),
            Num.fixed(r.getMax(), 2),
            Num.fixed(sd, 2));
      }
    }
    tables.add(dims);
    if (!result.blockers().isEmpty()) {
      Table t = new Table("Blockers (unmet criteria of the next stage)", "criterion", "statement");
      result.blockers().forEach(id -> t.row(id, statement(id)));
      tables.add(t);
    }
    if (!roadmap.items().isEmpty()) {
      Table t = new Table("Roadmap to stage " + roadmap.targetStage(), "stage", "dimension", "criterion", "recommendation");
      roadmap.items().forEach(i -> t.row(i.stage(), i.dimension(), i.criterion(), i.recommendation()));
      tables.add(t);
    }
    if (panel != null) {
      Table t = new Table("Respondents", "respondent", "stage", "score", "mean abs. difference");
      for (RespondentResult r : respondents) {
        double mad =
            panel.divergences().stream()
                .filter(d -> d.label().equals(r.label()))
                .mapToDouble(Panel.Divergence::meanAbsoluteDifference)
                .findFirst()
                .orElse(Double.NaN);
        t.row(r.label(), r.result().stage(), Num.fixed(r.result().score(), 2), Num.fixed(mad, 3));
      }
      tables.add(t);
    }
    if (!findings.isEmpty()) {
      Table t = new Table("Evidence from data", "criterion", "rule", "outcome", "observed", "n", "suggested");
      for (Evidence.Finding f : findings) {
        t.row(f.criterion(), f.rule(), f.outcome(), Num.fixed(f.observed(), 2), f.n(), f.suggestedLevel());
      }
      tables.add(t);
    }
    List<String> warnings = warnings();
    if (!warnings.isEmpty()) {
      Table t = new Table("Warnings", "warning");
      warnings.forEach(t::row);
      tables.add(t);
    }
    return tables;
  }

  /** The cem-report section for this result. */
  MaturitySection section() {
    List<MaturitySection.Stage> ladder = new ArrayList<>();
    if (model.stage(0).isEmpty()) {
      ladder.add(MaturitySection.Stage.of(0, stageName(0), "Nobody articulates the need for change."));
    }
    for (Stage s : model.stages()) {
      ladder.add(MaturitySection.Stage.of(s.ordinal(), s.name(), s.description()));
    }
    MaturitySection.Stage reached =
        ladder.stream().filter(s -> s.ordinal() == result.stage()).findFirst().orElseThrow();
    MaturitySection.Builder b = MaturitySection.builder(model.name(), reached).stages(ladder);
    for (DimensionResult d : result.dimensions()) {
      MaturitySection.Dimension dim =
          MaturitySection.Dimension.of(dimensionName(d.dimension()), d.stage(), d.score());
      if (panel != null) {
        DoubleSummaryStatistics r = range(d.dimension());
        Optional<Panel.DimensionAgreement> a = panel.dimension(d.dimension());
        dim = dim.withPanel(r.getMin(), r.getMax());
        if (a.isPresent() && Double.isFinite(a.get().meanStandardDeviation())) {
          dim = dim.withDisagreement(a.get().meanStandardDeviation());
        }
      }
      b.dimension(dim);
    }
    for (String id : result.blockers()) {
      model
          .criterion(id)
          .ifPresent(c -> b.blocker(MaturitySection.Blocker.of(id, c.statement(), c.stage(), c.weight())));
    }
    for (Roadmap.Item i : roadmap.items()) {
      b.recommendation(
          MaturitySection.Recommendation.of(i.recommendation(), i.stage(), dimensionName(i.dimension())));
    }
    warnings().forEach(b::warning);
    return b.build();
  }

  @Override
  public Report asReport() {
    return Report.builder(title()).add(section()).build();
  }
}
