package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.core.json.CemMappers;
import dev.cem.metrics.Estimate;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a report as JSON, in a stable, documented shape. Every key is always present; a
 * missing number (NaN, an empty estimate's components) and an absent optional value are {@code
 * null}, never 0. Output is pretty-printed with two-space indents and {@code \n} line ends.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "title": string, "subtitle": string|null, "generatedAt": "2026-11-23T18:00:00Z"|null,
 *   "sections": [ SECTION... ]
 * }
 * ESTIMATE = {"value", "standardError", "lower", "upper": number|null, "confidence": number,
 *             "n": integer, "method": string,
 *             "reliability": "EMPTY"|"UNRELIABLE"|"SMALL_SAMPLE"|"ADEQUATE"}
 * SECTION, by "type":
 *  "scorecard": {"title", "rows": [{"metric", "segment", "unit", "estimate": ESTIMATE,
 *                "target": number|null, "status": "RED"|"AMBER"|"GREEN"|null}]}
 *  "bundle":    {"title", "bundleName", "score": ESTIMATE, "status", "coverage": number|null,
 *                "components": [{"label", "normalisedValue", "weight", "contribution"}]}
 *  "trend":     {"title", "unit", "series": [{"name", "points": [{"period", "value", "lower",
 *                "upper"}]}], "thresholds": [{"label", "value"}]}
 *  "maturity":  {"title", "modelName", "overallStage": STAGE, "stages": [STAGE],
 *                "dimensions": [{"label", "gatedStage", "score", "panelMin", "panelMax",
 *                "disagreement"}], "blockers": [{"criterionId", "statement", "stage", "weight"}],
 *                "roadmap": [{"order" (from 1), "text", "stage", "dimension"}], "warnings": [string]}
 *                with STAGE = {"ordinal", "name", "description"}
 *  "quadrant":  {"title", "xLabel", "yLabel", "splitX", "splitY", "quadrantNames":
 *                {"concentrateHere", "keepUpTheGoodWork", "lowPriority", "possibleOverkill"},
 *                "points": [{"label", "importance", "performance", "quadrant"}]}
 *  "table":     {"title", "headers": [string], "rows": [[string]], "caption": string|null}
 *  "text":      {"title", "paragraphs": [string]}
 * }</pre>
 *
 * <p>Within {@code schemaVersion} 1, keys may be added but never removed or retyped. This class
 * is immutable and thread-safe.
 */
public final class JsonReportRenderer implements ReportRenderer {
  /** The version of the shape above. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      CemMappers.json()
          .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public JsonReportRenderer() {}

  @Override
  public void render(Report report, Writer out) throws IOException {
    checkNotNull(out, "out");
    WRITER.writeValue(out, tree(report));
    out.write('\n');
    out.flush();
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  /** The report as a JSON tree in the documented shape. */
  public ObjectNode tree(Report report) {
    checkNotNull(report, "report");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("title", report.title());
    root.put("subtitle", report.subtitle());
    root.put("generatedAt", report.generatedAt() == null ? null : report.generatedAt().toString());
    ArrayNode sections = root.putArray("sections");
    for (Section s : report.sections()) {
      ObjectNode node = sections.addObject();
      node.put("type", SectionKinds.kind(s));
      node.put("title", s.title());
      section(s, node);
    }
    return root;
  }

  private static void section(Section section, ObjectNode node) {
    if (section instanceof Scorecard s) {
      ArrayNode rows = node.putArray("rows");
      for (Scorecard.Row r : s.rows()) {
        ObjectNode row = rows.addObject();
        row.put("metric", r.metric());
        row.put("segment", r.segment());
        row.put("unit", r.unit());
        row.set("estimate", estimate(r.estimate()));
        row.put("target", r.target().isPresent() ? r.target().getAsDouble() : null);
        row.put("status", r.status() == null ? null : r.status().name());
      }
    } else if (section instanceof BundleSection b) {
      node.put("bundleName", b.bundleName());
      node.set("score", estimate(b.score()));
      node.put("status", b.status() == null ? null : b.status().name());
      node.put("coverage", number(b.coverage()));
      ArrayNode components = node.putArray("components");
      for (BundleSection.Component c : b.components()) {
        ObjectNode o = components.addObject();
        o.put("label", c.label());
        o.put("normalisedValue", number(c.normalisedValue()));
        o.put("weight", c.weight());
        o.put("contribution", number(c.contribution()));
      }
    } else if (section instanceof TrendSection t) {
      trend(t, node);
    } else if (section instanceof MaturitySection m) {
      maturity(m, node);
    } else if (section instanceof QuadrantSection q) {
      quadrant(q, node);
    } else if (section instanceof TableSection t) {
      strings(node.putArray("headers"), t.headers());
      ArrayNode rows = node.putArray("rows");
      t.rows().forEach(r -> strings(rows.addArray(), r));
      node.put("caption", t.caption());
    } else if (section instanceof TextSection t) {
      strings(node.putArray("paragraphs"), t.paragraphs());
    } else {
      throw new AssertionError("unknown section kind: " + section.getClass());
    }
  }

  private static void trend(TrendSection t, ObjectNode node) {
    node.put("unit", t.unit());
    ArrayNode series = node.putArray("series");
    for (TrendSection.Series s : t.series()) {
      ObjectNode o = series.addObject();
      o.put("name", s.name());
      ArrayNode points = o.putArray("points");
      for (TrendSection.Point p : s.points()) {
        ObjectNode q = points.addObject();
        q.put("period", p.period());
        q.put("value", number(p.value()));
        q.put("lower", number(p.lower()));
        q.put("upper", number(p.upper()));
      }
    }
    ArrayNode thresholds = node.putArray("thresholds");
    for (TrendSection.Threshold th : t.thresholds()) {
      thresholds.addObject().put("label", th.label()).put("value", th.value());
    }
  }

  private static void maturity(MaturitySection m, ObjectNode node) {
    node.put("modelName", m.modelName());
    node.set("overallStage", stage(m.overallStage()));
    ArrayNode stages = node.putArray("stages");
    m.ladder().forEach(s -> stages.add(stage(s)));
    ArrayNode dims = node.putArray("dimensions");
    for (MaturitySection.Dimension d : m.dimensions()) {
      ObjectNode o = dims.addObject();
      o.put("label", d.label());
      o.put("gatedStage", d.gatedStage());
      o.put("score", number(d.score()));
      o.put("panelMin", number(d.panelMin()));
      o.put("panelMax", number(d.panelMax()));
      o.put("disagreement", number(d.disagreement()));
    }
    ArrayNode blockers = node.putArray("blockers");
    for (MaturitySection.Blocker b : m.blockers()) {
      blockers.addObject().put("criterionId", b.criterionId()).put("statement", b.statement())
          .put("stage", b.stage()).put("weight", b.weight());
    }
    ArrayNode roadmap = node.putArray("roadmap");
    for (int i = 0; i < m.roadmap().size(); i++) {
      MaturitySection.Recommendation r = m.roadmap().get(i);
      roadmap.addObject().put("order", i + 1).put("text", r.text()).put("stage", r.stage())
          .put("dimension", r.dimension());
    }
    strings(node.putArray("warnings"), m.warnings());
  }

  private static void quadrant(QuadrantSection q, ObjectNode node) {
    node.put("xLabel", q.xLabel());
    node.put("yLabel", q.yLabel());
    node.put("splitX", q.splitX());
    node.put("splitY", q.splitY());
    node.putObject("quadrantNames")
        .put("concentrateHere", q.names().concentrateHere())
        .put("keepUpTheGoodWork", q.names().keepUpTheGoodWork())
        .put("lowPriority", q.names().lowPriority())
        .put("possibleOverkill", q.names().possibleOverkill());
    ArrayNode points = node.putArray("points");
    for (QuadrantSection.Point p : q.points()) {
      points.addObject().put("label", p.label()).put("importance", number(p.importance()))
          .put("performance", number(p.performance())).put("quadrant", p.quadrant());
    }
  }

  private static ObjectNode stage(MaturitySection.Stage s) {
    return NODES.objectNode().put("ordinal", s.ordinal()).put("name", s.name())
        .put("description", s.description());
  }

  private static ObjectNode estimate(Estimate e) {
    ObjectNode o = NODES.objectNode();
    o.put("value", number(e.value()));
    o.put("standardError", number(e.standardError()));
    o.put("lower", number(e.lower()));
    o.put("upper", number(e.upper()));
    o.put("confidence", e.confidence());
    o.put("n", e.n());
    o.put("method", e.method());
    o.put("reliability", e.reliability().name());
    return o;
  }

  private static @Nullable Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
