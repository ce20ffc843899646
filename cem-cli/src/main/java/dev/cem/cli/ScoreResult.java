package dev.cem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.out.Json;
import dev.cem.cli.out.Num;
import dev.cem.cli.out.Result;
import dev.cem.cli.out.Table;
import dev.cem.metrics.DurationResult;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.ComponentScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The output of {@code cem score}: per group, every metric as an estimate, and the bundle. */
final class ScoreResult implements Result {
  private final ScoreReader.Data data;
  private final List<String> metrics;
  private final Map<String, GroupStats.Snapshot> groups = new LinkedHashMap<>();
  private final Map<String, BundleScore> bundles;
  private final @Nullable String bundleName;

  ScoreResult(
      ScoreReader.Data data,
      ScoreOptions options,
      Map<String, BundleScore> bundles,
      @Nullable String bundleName) {
    this.data = data;
    this.metrics = ScoreReader.order(data.metricsPresent());
    data.groups().forEach((k, v) -> groups.put(k, v.snapshot(options)));
    this.bundles = bundles;
    this.bundleName = bundleName;
  }

  Map<String, GroupStats.Snapshot> groups() {
    return groups;
  }

  @Override
  public String title() {
    return "Scores: " + data.file().getFileName();
  }

  @Override
  public JsonNode json() {
    ObjectNode root = Json.object();
    root.put("schemaVersion", 1);
    Json.putInput(root, data.file(), data.rows(), data.rejections());
    var array = root.putArray("groups");
    for (Map.Entry<String, GroupStats.Snapshot> g : groups.entrySet()) {
      ObjectNode group = array.addObject();
      group.put("key", g.getKey());
      group.put("rows", g.getValue().rows());
      ObjectNode m = group.putObject("metrics");
      GroupStats.Snapshot s = g.getValue();
      for (String metric : metrics) {
        switch (metric) {
          case "nps" -> nps(m.putObject("nps"), s.nps());
          case "csat" -> proportion(m.putObject("csat"), s.csat());
          case "ces" -> estimate(m.putObject("ces"), s.ces().estimate());
          case "fcr" -> proportion(m.putObject("fcr"), s.fcr());
          case "sla" -> proportion(m.putObject("sla"), s.sla());
          case "response_seconds" -> duration(m.putObject("response"), s.response());
          case "resolution_seconds" -> duration(m.putObject("resolution"), s.resolution());
          default -> throw new IllegalStateException(metric);
        }
      }
      BundleScore b = bundles.get(g.getKey());
      if (b != null) {
        bundle(group.putObject("bundle"), b);
      }
    }
    return root;
  }

  private static void estimate(ObjectNode n, Estimate e) {
    Json.putEstimate(n, e);
  }

  private static void nps(ObjectNode n, NpsResult r) {
    estimate(n, r.estimate());
    ObjectNode c = n.putObject("counts");
    c.put("promoters", r.promoters());
    c.put("passives", r.passives());
    c.put("detractors", r.detractors());
  }

  private static void proportion(ObjectNode n, ProportionResult r) {
    estimate(n, r.estimate());
    ObjectNode c = n.putObject("counts");
    c.put("successes", r.successes());
    c.put("trials", r.trials());
  }

  private static void duration(ObjectNode n, DurationResult r) {
    n.put("n", r.count());
    Json.put(n, "mean", r.mean().mean());
    Json.put(n, "p50", r.p50Seconds());
    Json.put(n, "p90", r.p90Seconds());
    Json.put(n, "p99", r.p99Seconds());
    Json.put(n, "max", r.mean().max());
    // The mean as an estimate, so that evidence rules and bundles can read it.
    estimate(n, r.meanEstimate());
  }

  private void bundle(ObjectNode n, BundleScore b) {
    if (bundleName != null) {
      n.put("id", bundleName);
    }
    Json.put(n, "value", b.value());
    Json.put(n, "standardError", b.standardError());
    Json.put(n, "lower", b.lower());
    Json.put(n, "upper", b.upper());
    Json.put(n, "confidence", b.confidence());
    n.put("status", b.status().name());
    Json.put(n, "coverage", b.coverage());
    b.profile().ifPresent(p -> n.put("profile", p));
    ObjectNode contributions = n.putObject("contributions");
    for (ComponentScore c : b.components()) {
      Json.put(contributions, c.metricId(), c.contribution());
    }
    var components = n.putArray("components");
    for (ComponentScore c : b.components()) {
      ObjectNode o = components.addObject();
      o.put("metric", c.metricId());
      o.put("present", c.present());
      Json.put(o, "raw", c.input().value());
      Json.put(o, "normalised", c.normalised());
      Json.put(o, "weight", c.weight());
      Json.put(o, "effectiveWeight", c.effectiveWeight());
      Json.put(o, "contribution", c.contribution());
      o.put("status", c.status().name());
    }
  }

  @Override
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    Table t =
        new Table(
            title() + " (" + data.rows() + " rows, " + data.rejections().total() + " rejected)",
            "group", "metric", "value", "lower", "upper", "se", "n", "method", "note");
    Table d = new Table("Durations (seconds)", "group", "metric", "n", "mean", "p50", "p90", "p99");
    for (Map.Entry<String, GroupStats.Snapshot> g : groups.entrySet()) {
      GroupStats.Snapshot s = g.getValue();
      for (String metric : metrics) {
        switch (metric) {
          case "nps" -> row(t, g.getKey(), "nps", s.nps().estimate(), 1);
          case "csat" -> row(t, g.getKey(), "csat %", s.csat().estimate(), 1);
          case "ces" -> row(t, g.getKey(), "ces", s.ces().estimate(), 2);
          case "fcr" -> row(t, g.getKey(), "fcr %", s.fcr().estimate(), 1);
          case "sla" -> row(t, g.getKey(), "sla %", s.sla().estimate(), 1);
          case "response_seconds" -> durationRow(d, g.getKey(), "response", s.response());
          case "resolution_seconds" -> durationRow(d, g.getKey(), "resolution", s.resolution());
          default -> throw new IllegalStateException(metric);
        }
      }
      BundleScore b = bundles.get(g.getKey());
      if (b != null) {
        t.row(
            g.getKey(),
            "bundle " + (bundleName == null ? "" : bundleName),
            Num.fixed(b.value(), 1),
            Num.fixed(b.lower(), 1),
            Num.fixed(b.upper(), 1),
            Num.fixed(b.standardError(), 2),
            "",
            "coverage " + Num.fixed(b.coverage(), 2),
            b.status().name());
      }
    }
    tables.add(t);
    if (!d.rows().isEmpty()) {
      tables.add(d);
    }
    if (data.rejections().total() > 0) {
      Table r = new Table("Rejected rows", "reason", "rows");
      data.rejections().byReason().forEach(r::row);
      tables.add(r);
    }
    return tables;
  }

  private static void row(Table t, String group, String metric, Estimate e, int decimals) {
    t.row(
        group,
        metric,
        Num.fixed(e.value(), decimals),
        Num.fixed(e.lower(), decimals),
        Num.fixed(e.upper(), decimals),
        Num.fixed(e.standardError(), decimals + 1),
        e.n(),
        e.method(),
        switch (e.reliability()) {
          case EMPTY -> "no data";
          case UNRELIABLE -> "unreliable (n < 5)";
          case SMALL_SAMPLE -> "small sample";
          case ADEQUATE -> "";
        });
  }

  private static void durationRow(Table t, String group, String metric, DurationResult r) {
    t.row(
        group,
        metric,
        r.count(),
        Num.fixed(r.mean().mean(), 1),
        Num.fixed(r.p50Seconds(), 1),
        Num.fixed(r.p90Seconds(), 1),
        Num.fixed(r.p99Seconds(), 1));
  }
}
