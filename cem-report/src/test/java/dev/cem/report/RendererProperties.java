package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.core.json.CemMappers;
import dev.cem.metrics.Estimate;
import dev.cem.report.MaturitySection.Dimension;
import dev.cem.report.MaturitySection.Stage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the renderers with generated reports: any text (markup, quotes, control characters,
 * surrogates, long runs) and any numbers (NaN, equal, huge, tiny) must give well-formed SVG, a
 * self-contained page, consistent Markdown tables and JSON that parses back. jqwik prints the
 * seed of a failing run.
 */
class RendererProperties {

  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
        Arbitraries.strings().withChars("<>&\"'|\\*_[]()#\n\r\t\u0000\u0007`").ofMinLength(1)
            .ofMaxLength(12),
        Arbitraries.strings().alpha().ofMinLength(60).ofMaxLength(120),
        Arbitraries.of("<script>alert(1)</script>", "\uD83D\uDE00\uD83D\uDE00", "a\uD800b"));
  }

  /** Any text that is not blank, as titles must be. */
  private static Arbitrary<String> title() {
    return text().map(t -> "T" + t);
  }

  private static Arbitrary<Double> number() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.of(Double.NaN, 0.0, -0.0, 1e-9, 42.0, 1e12));
  }

  private static Arbitrary<Double> score() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 5), Arbitraries.of(Double.NaN, 0.0, 5.0));
  }

  private static Arbitrary<Estimate> estimate() {
    return Arbitraries.oneOf(
        Arbitraries.just(Estimate.empty("t", 0.95)),
        Combinators.combine(Arbitraries.doubles().between(-100, 100),
                Arbitraries.doubles().between(0, 50), Arbitraries.longs().between(1, 2000))
            .as((v, half, n) -> Estimate.of(v, half / 2, v - half, v + half, 0.95, n, "t")));
  }

  private static Arbitrary<Section> trend() {
    Arbitrary<TrendSection.Series> series = Combinators.combine(text(),
            Combinators.combine(number(), number(), number()).as((a, b, c) -> new double[] {a, b, c})
                .list().ofMaxSize(8))
        .as((name, values) -> {
          List<TrendSection.Point> points = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            double[] v = values.get(i);
            double lo = Math.min(v[1], v[2]);
            double hi = Math.max(v[1], v[2]);
            points.add(TrendSection.Point.of("P" + i, v[0], lo, Double.isNaN(lo) ? Double.NaN : hi));
          }
          return TrendSection.Series.of(name, points);
        });
    return Combinators.combine(title(), series.list().ofMaxSize(4)).as((t, s) ->
        new TrendSection(t, "u", s, List.of()));
  }

  private static Arbitrary<Section> maturity() {
    Arbitrary<Dimension> dim = Combinators.combine(text(), Arbitraries.integers().between(0, 5),
        score()).as(Dimension::of);
    return Combinators.combine(title(), dim.list().ofMaxSize(10), text().list().ofMaxSize(3))
        .as((name, dims, warnings) -> {
          MaturitySection.Builder b = MaturitySection.builder(name, Stage.of(1, name, name));
          dims.forEach(b::dimension);
          warnings.forEach(b::warning);
          return b.build();
        });
  }

  private static Arbitrary<Section> bundle() {
    Arbitrary<BundleSection.Component> component = Combinators.combine(text(), number(),
        Arbitraries.doubles().between(0, 1), number()).as(BundleSection.Component::of);
    return Combinators.combine(title(), estimate(), component.list().ofMaxSize(8))
        .as((name, score, comps) -> {
          BundleSection.Builder b = BundleSection.builder(name).score(score);
          comps.forEach(b::component);
          return b.build();
        });
  }

  private static Arbitrary<Section> quadrant() {
    Arbitrary<QuadrantSection.Point> point = Combinators.combine(text(), number(), number(), text())
        .as(QuadrantSection.Point::of);
    return Combinators.combine(number().filter(Double::isFinite), number().filter(Double::isFinite),
        point.list().ofMaxSize(8)).as((x, y, p) -> QuadrantSection.of("q", x, y, p));
  }

  private static Arbitrary<Section> scorecard() {
    Arbitrary<Scorecard.Row> row = Combinators.combine(text(), text(), estimate(), text())
        .as(Scorecard.Row::of);
    return row.list().ofMaxSize(6).map(rows -> Scorecard.of("s", rows));
  }

  @Provide
  Arbitrary<Report> reports() {
    Arbitrary<Section> section = Arbitraries.oneOf(trend(), maturity(), bundle(), quadrant(),
        scorecard(), text().list().ofMaxSize(3).map(p -> new TextSection("t", p)));
    return Combinators.combine(title(), section.list().ofMaxSize(5))
        .as((title, sections) -> new Report(title, title, null, sections));
  }

  @Property(tries = 150)
  void html_anyReport_svgsWellFormedAndSelfContained(@ForAll("reports") Report report) {
    String html = new HtmlReportRenderer().render(report);
    ReportTesting.svgsIn(html).forEach(ReportTesting::parseXml);
    assertThat(html).doesNotContain("<script", "\u0000");
    // Non-finite numbers must never reach geometry or numeric cells; user text may spell "NaN".
    assertThat(html)
        .doesNotContainPattern(
            "\\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|points|transform|viewBox)=\"[^\"]*(NaN|Infinity)")
        .doesNotContainPattern("<td class=\"num\"[^>]*>[^<]*(NaN|Infinity)");
    assertThat(html).doesNotContainPattern("(src|href)=\"(?!#)");
  }

  @Property(tries = 150)
  void json_anyReport_parsesBackWithSameTitleAndSectionCount(@ForAll("reports") Report report)
      throws Exception {
    JsonNode root = CemMappers.json().readTree(new JsonReportRenderer().render(report));
    assertThat(root.get("title").textValue()).isEqualTo(report.title());
    assertThat(root.get("sections")).hasSize(report.sections().size());
  }

  @Property(tries = 150)
  void markdown_anyReport_tableRowsMatchHeaderWidth(@ForAll("reports") Report report) {
    String md = new MarkdownReportRenderer().render(report);
    int expected = -1;
    for (String line : md.split("\n", -1)) {
      if (!line.startsWith("|")) {
        expected = -1;
        continue;
      }
      int cells = line.split("(?<!\\\\)\\|", -1).length - 2;
      expected = expected < 0 ? cells : expected;
      assertThat(cells).as(line).isEqualTo(expected);
    }
    assertThat(md).doesNotContain("<script", "\u0000");
  }
}
