package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {
  private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

  @Test
  void render_fullReport_oneHeadingPerSection() {
    String md = renderer.render(ReportTesting.fullReport());
    assertThat(md).startsWith("# CX report\n\nDemo company, 2026\n\nGenerated 2026-11-23 18:00:00 UTC\n");
    assertThat(md.lines().filter(l -> l.startsWith("## "))).containsExactly(
        "## Key customer indicators", "## Service index", "## NPS by quarter",
        "## Maturity: Gartner CEM", "## Importance and performance", "## Journeys", "## About");
  }

  @Test
  void render_scorecard_marksSmallSamplesAndEmptyWithLegend() {
    String md = renderer.render(Report.of("r", List.of(ReportTesting.scorecard())));
    assertThat(md).contains(
        "| Metric | Segment | Value | 95% interval | n | Unit | Target | Status |",
        "| --- | --- | ---: | ---: | ---: | --- | ---: | --- |",
        "| NPS | all | 32.5 | [26.4, 38.6] | 420 | points | 30.0 | GREEN |",
        "| NPS | web | 18.0\u2020 | [0.4, 35.6] | 12 | points | 30.0 | RED |",
        "| CSAT | store | 4.60\u2021 | [4.00, 5.00] | 3 | 1-5 |  |  |",
        // An empty estimate is "—", never 0.
        "| CSAT | social | \u2014 | \u2014 | 0 | 1-5 |  | AMBER |",
        "\u2020 small sample", "\u2021 unreliable", "\u2014 no value");
  }

  @Test
  void render_adequateOnly_noLegend() {
    Scorecard card = Scorecard.of("s",
        List.of(Scorecard.Row.of("NPS", "all", ReportTesting.NPS_ALL, "points")));
    String md = renderer.render(Report.of("r", List.of(card)));
    assertThat(md).doesNotContain("\u2020", "\u2021", "small sample");
  }

  @Test
  void cell_pipeAndNewline_escaped() {
    assertThat(MarkdownReportRenderer.cell("a|b\nc\r\nd")).isEqualTo("a\\|b<br>c<br>d");
  }

  @Test
  void cell_html_becomesEntities() {
    assertThat(MarkdownReportRenderer.cell("<script>x</script> & y"))
        .isEqualTo("&lt;script&gt;x&lt;/script&gt; &amp; y");
  }

  @Test
  void inline_markdownSyntax_neutralised() {
    assertThat(MarkdownReportRenderer.inline("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownReportRenderer.inline("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownReportRenderer.inline("*bold* _it_ `code`"))
        .isEqualTo("\\*bold\\* \\_it\\_ \\`code\\`");
    assertThat(MarkdownReportRenderer.inline("[x](javascript:alert(1))"))
        .isEqualTo("[x\\](javascript:alert(1))");
    assertThat(MarkdownReportRenderer.inline("line\nbreak")).isEqualTo("line break");
    assertThat(MarkdownReportRenderer.inline("nul\u0000")).isEqualTo("nul\uFFFD");
  }

  @Test
  void render_hostileReport_everyTableRowHasHeaderCellCount() {
    String md = renderer.render(ReportTesting.hostileReport());
    assertThat(md).doesNotContain("<script", "<b>", "\u0000", "\u0007");
    // Every table row splits into as many unescaped cells as its header row.
    String[] lines = md.split("\n");
    int expected = -1;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        expected = -1;
        continue;
      }
      int cells = line.split("(?<!\\\\)\\|", -1).length - 2;
      if (expected < 0) {
        expected = cells;
      }
      assertThat(cells).as(line).isEqualTo(expected);
    }
  }

  @Test
  void render_emptyTables_sayNoData() {
    MaturitySection m = MaturitySection.builder("m", MaturitySection.Stage.of(0, "None", ""))
        .build();
    String md = renderer.render(Report.of("r", List.of(m, Scorecard.of("s", List.of()))));
    assertThat(md).contains("### Dimensions\n\nNo data.", "### Blockers\n\nNo data.",
        "No recommendations.", "## s\n\nNo data.");
  }

  @Test
  void render_twice_sameString() {
    assertThat(renderer.render(ReportTesting.hostileReport()))
        .isEqualTo(renderer.render(ReportTesting.hostileReport()));
  }
}
