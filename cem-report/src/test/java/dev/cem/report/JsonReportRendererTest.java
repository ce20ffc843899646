package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.core.json.CemMappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {
  private final JsonReportRenderer renderer = new JsonReportRenderer();

  private static JsonNode parse(String json) throws Exception {
    // The strict mapper: duplicate keys and trailing tokens fail.
    return CemMappers.json().readTree(json);
  }

  @Test
  void render_fullReport_documentedTopLevelShape() throws Exception {
    JsonNode root = parse(renderer.render(ReportTesting.fullReport()));
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(root.get("title").textValue()).isEqualTo("CX report");
    assertThat(root.get("subtitle").textValue()).isEqualTo("Demo company, 2026");
    assertThat(root.get("generatedAt").textValue()).isEqualTo("2026-11-23T18:00:00Z");
    assertThat(root.get("sections").findValuesAsText("type")).containsExactly(
        "scorecard", "bundle", "trend", "maturity", "quadrant", "table", "text");
  }

  @Test
  void render_scorecard_estimateFieldsAndEmptyAsNull() throws Exception {
    JsonNode rows = parse(renderer.render(ReportTesting.fullReport())).at("/sections/0/rows");
    JsonNode all = rows.get(0);
    assertThat(all.get("metric").textValue()).isEqualTo("NPS");
    assertThat(all.get("target").doubleValue()).isEqualTo(30.0);
    assertThat(all.get("status").textValue()).isEqualTo("GREEN");
    assertThat(all.at("/estimate/value").doubleValue()).isEqualTo(32.5);
    assertThat(all.at("/estimate/lower").doubleValue()).isEqualTo(26.4);
    assertThat(all.at("/estimate/n").longValue()).isEqualTo(420);
    assertThat(all.at("/estimate/reliability").textValue()).isEqualTo("ADEQUATE");
    JsonNode empty = rows.get(3).get("estimate");
    // Empty is null, never 0; every key is still present.
    assertThat(empty.get("value").isNull()).isTrue();
    assertThat(empty.get("lower").isNull()).isTrue();
    assertThat(empty.get("n").longValue()).isZero();
    assertThat(empty.get("reliability").textValue()).isEqualTo("EMPTY");
    assertThat(rows.get(2).get("target").isNull()).isTrue();
    assertThat(rows.get(2).get("status").isNull()).isTrue();
  }

  @Test
  void render_bundleTrendMaturityQuadrant_fields() throws Exception {
    JsonNode s = parse(renderer.render(ReportTesting.fullReport())).get("sections");
    assertThat(s.at("/1/bundleName").textValue()).isEqualTo("Service index");
    assertThat(s.at("/1/coverage").doubleValue()).isEqualTo(0.85);
    assertThat(s.at("/1/components/4/contribution").isNull()).isTrue();
    assertThat(s.at("/2/series/1/points/1/value").isNull()).isTrue();
    assertThat(s.at("/2/thresholds/0/value").doubleValue()).isEqualTo(30.0);
    assertThat(s.at("/3/overallStage/ordinal").intValue()).isEqualTo(2);
    assertThat(s.at("/3/stages")).hasSize(6);
    assertThat(s.at("/3/dimensions/0/panelMax").doubleValue()).isEqualTo(4.0);
    assertThat(s.at("/3/dimensions/1/panelMax").isNull()).isTrue();
    assertThat(s.at("/3/roadmap/1/order").intValue()).isEqualTo(2);
    assertThat(s.at("/3/roadmap/1/dimension").isNull()).isTrue();
    assertThat(s.at("/3/blockers/0/criterionId").textValue()).isEqualTo("MET-3.1");
    assertThat(s.at("/4/quadrantNames/concentrateHere").textValue()).isEqualTo("Concentrate here");
    assertThat(s.at("/4/points/0/quadrant").textValue()).isEqualTo("Concentrate here");
    assertThat(s.at("/5/rows/1/0").textValue()).isEqualTo("Claim");
    assertThat(s.at("/6/paragraphs/1").textValue()).isEqualTo("Small samples are flagged.");
  }

  @Test
  void render_hostileText_roundTripsExactly() throws Exception {
    JsonNode root = parse(renderer.render(ReportTesting.hostileReport()));
    assertThat(root.get("title").textValue()).isEqualTo(ReportTesting.SCRIPT);
    assertThat(root.at("/sections/0/rows").findValuesAsText("metric")).containsExactly(
        ReportTesting.SCRIPT, ReportTesting.AMP_QUOTES, ReportTesting.PIPE_NEWLINE,
        ReportTesting.CONTROL, ReportTesting.LONG);
  }

  @Test
  void render_noTimeNoSubtitle_nullKeysPresent() throws Exception {
    JsonNode root = parse(renderer.render(Report.of("r", List.of())));
    assertThat(root.has("subtitle")).isTrue();
    assertThat(root.get("subtitle").isNull()).isTrue();
    assertThat(root.get("generatedAt").isNull()).isTrue();
    assertThat(root.get("sections")).isEmpty();
  }

  @Test
  void render_twice_sameStringWithUnixLineEnds() {
    String json = renderer.render(ReportTesting.fullReport());
    assertThat(json).isEqualTo(renderer.render(ReportTesting.fullReport()));
    assertThat(json).doesNotContain("\r").endsWith("}\n").contains("\n  \"schemaVersion\" : 1,");
  }
}
