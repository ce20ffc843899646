package dev.cem.report;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.count;
import static dev.cem.report.ReportTesting.parseXml;
import static dev.cem.report.ReportTesting.svgsIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlReportRendererTest {
  private final HtmlReportRenderer renderer = new HtmlReportRenderer();

  @Test
  void render_fullReport_everySvgWellFormedWithExpectedMarks() {
    List<String> svgs = svgsIn(renderer.render(ReportTesting.fullReport()));
    // bundle: bar; trend: line; maturity: ladder and radar; quadrant: scatter.
    assertThat(svgs).hasSize(5);
    List<Document> docs = svgs.stream().map(ReportTesting::parseXml).toList();
    assertThat(docs).extracting(d -> d.getDocumentElement().getAttribute("data-chart"))
        .containsExactly("bar", "line", "ladder", "radar", "scatter");
    assertThat(byClass(docs.get(0), "bar")).hasSize(4);
    assertThat(byClass(docs.get(1), "line-point")).hasSize(7);
    assertThat(byClass(docs.get(2), "ladder-step")).hasSize(6);
    assertThat(byClass(docs.get(3), "radar-vertex")).hasSize(4);
    assertThat(byClass(docs.get(4), "scatter-point")).hasSize(4);
  }

  @Test
  void render_fullReport_svgIdsUniqueAcrossPage() {
    String html = renderer.render(ReportTesting.fullReport());
    Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    List<String> ids = m.results().map(r -> r.group(1)).toList();
    assertThat(ids).doesNotHaveDuplicates().contains("section-1", "c-section-4-radar-title");
  }

  @Test
  void render_fullReport_tableOfContentsLinksEverySection() {
    String html = renderer.render(ReportTesting.fullReport());
    for (int i = 1; i <= 7; i++) {
      assertThat(html).contains("<a href=\"#section-" + i + "\">", "<section id=\"section-" + i + "\"");
    }
    assertThat(html).contains("<nav class=\"toc\"", "data-section=\"maturity\"");
  }

  @Test
  void render_fullReport_selfContainedNoNetworkNoScript() {
    String html = renderer.render(ReportTesting.fullReport());
    assertThat(html).doesNotContain("http://", "https://", "<script", "src=", "@import", "url(");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    assertThat(href.results().map(r -> r.group(1))).isNotEmpty().allMatch(h -> h.startsWith("#"));
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta charset=\"utf-8\">", "Content-Security-Policy", "default-src 'none'",
            "@media print")
        .endsWith("</html>\n");
  }

  @Test
  void render_hostileReport_escapedEverywhereAndSvgsParse() {
    String html = renderer.render(ReportTesting.hostileReport());
    assertThat(html).doesNotContain("<script", "<b>", "\u0000", "\u0007", "http://");
    assertThat(count(html, "&lt;script&gt;")).isGreaterThan(10);
    List<String> svgs = svgsIn(html);
    assertThat(svgs).hasSize(5);
    svgs.forEach(ReportTesting::parseXml);
    // The long label is cut in the charts but whole in the tables.
    assertThat(html).contains("<td>" + ReportTesting.LONG + "</td>");
  }

  @Test
  void render_scorecard_statusSpansAndNumericCells() {
    String html = renderer.render(Report.of("r", List.of(ReportTesting.scorecard())));
    assertThat(html).contains("<span class=\"status status-green\">GREEN</span>",
        "<span class=\"status status-red\">RED</span>",
        "<td class=\"num\">18.0\u2020</td>", "<td class=\"num\">\u2014</td>",
        "<p class=\"legend\">\u2020 small sample");
  }

  @Test
  void render_emptyReport_noTocAndNote() {
    String html = renderer.render(Report.of("Empty", List.of()));
    assertThat(html).doesNotContain("<nav").contains("This report has no sections.");
  }

  @Test
  void render_emptyMaturity_chartsStillWellFormed() {
    MaturitySection m = MaturitySection.builder("m", MaturitySection.Stage.of(0, "None", ""))
        .build();
    String html = renderer.render(Report.of("r", List.of(m)));
    List<String> svgs = svgsIn(html);
    assertThat(svgs).hasSize(2);
    assertThat(byClass(parseXml(svgs.get(1)), "no-data")).hasSize(1);
    assertThat(html).contains("No recommendations.");
  }

  @Test
  void render_twice_sameString() {
    assertThat(renderer.render(ReportTesting.fullReport()))
        .isEqualTo(renderer.render(ReportTesting.fullReport()));
  }
}
