package dev.cem.report.svg;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.parseXml;
import static dev.cem.report.ReportTesting.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.report.BundleSection;
import dev.cem.report.MaturitySection;
import dev.cem.report.MaturitySection.Dimension;
import dev.cem.report.MaturitySection.Stage;
import dev.cem.report.QuadrantSection;
import dev.cem.report.ReportTesting;
import dev.cem.report.TrendSection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartsTest {

  static Stream<Arguments> data_charts() {
    return Stream.of(
        Arguments.of("radar", (Supplier<String>) () -> SvgCharts.radar(ReportTesting.maturity(), "x")),
        Arguments.of("ladder", (Supplier<String>) () -> SvgCharts.ladder(ReportTesting.maturity(), "x")),
        Arguments.of("line", (Supplier<String>) () -> SvgCharts.line(ReportTesting.trend(), "x")),
        Arguments.of("bar", (Supplier<String>) () -> SvgCharts.bar(ReportTesting.bundle(), "x")),
        Arguments.of("scatter", (Supplier<String>) () -> SvgCharts.scatter(ReportTesting.quadrant(), "x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_charts")
  void chart_any_wellFormedStandaloneSvgWithAccessibleName(String kind, Supplier<String> chart) {
    Document doc = parseXml(chart.get());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("data-chart")).isEqualTo(kind);
    assertThat(root.getAttribute("class")).isEqualTo("cem-chart cem-" + kind);
    // aria-labelledby names the <title> and the <desc>, both direct children with text.
    String[] ids = root.getAttribute("aria-labelledby").split(" ");
    assertThat(ids).containsExactly("c-x-title", "c-x-desc");
    assertThat(select(doc, "/*/*[local-name()='title'][@id='c-x-title']"))
        .singleElement().satisfies(e -> assertThat(e.getTextContent()).isNotBlank());
    assertThat(select(doc, "/*/*[local-name()='desc'][@id='c-x-desc']"))
        .singleElement().satisfies(e -> assertThat(e.getTextContent()).isNotBlank());
    assertThat(byClass(doc, "mark")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_charts")
  void chart_renderedTwice_sameString(String kind, Supplier<String> chart) {
    assertThat(chart.get()).isEqualTo(chart.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_charts")
  void chart_turkishLocale_noCommaDecimalsOrNonFinite(String kind, Supplier<String> chart) {
    String svg = chart.get();
    assertThat(svg).doesNotContainPattern("\"-?\\d+,\\d+\"").doesNotContain("NaN", "Infinity");
  }

  @Test
  void radar_hostileLabels_escapedAndWellFormed() {
    MaturitySection.Builder b = MaturitySection.builder(ReportTesting.SCRIPT,
        Stage.of(1, ReportTesting.AMP_QUOTES, ""));
    for (String label : List.of(ReportTesting.SCRIPT, ReportTesting.AMP_QUOTES,
        ReportTesting.CONTROL, ReportTesting.PIPE_NEWLINE)) {
      b.dimension(Dimension.of(label, 1, 2));
    }
    String svg = SvgCharts.radar(b.build(), "\"><script>");
    assertThat(svg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u0000");
    Document doc = parseXml(svg);
    assertThat(byClass(doc, "radar-vertex")).extracting(e -> e.getAttribute("data-dimension"))
        .contains(ReportTesting.SCRIPT, ReportTesting.AMP_QUOTES);
    assertThat(doc.getDocumentElement().getAttribute("aria-labelledby"))
        .isEqualTo("c-___script_-title c-___script_-desc");
  }

  @Test
  void bar_longLabel_truncatedWithEllipsisAndFullTextInTitle() {
    BundleSection b = BundleSection.builder("b").score(ReportTesting.BUNDLE_SCORE)
        .component(ReportTesting.LONG, 50, 1, 10).build();
    Document doc = parseXml(SvgCharts.bar(b, "b"));
    Element label = byClass(doc, "bar-label").get(0);
    Element title = (Element) label.getElementsByTagNameNS("*", "title").item(0);
    assertThat(title.getTextContent()).isEqualTo(ReportTesting.LONG);
    String shown = label.getTextContent().substring(title.getTextContent().length());
    assertThat(shown).endsWith("\u2026").hasSizeLessThan(ReportTesting.LONG.length());
    assertThat(ReportTesting.LONG).startsWith(shown.substring(0, shown.length() - 1));
  }

  @Test
  void scatter_hostileQuadrantNames_escaped() {
    QuadrantSection q = new QuadrantSection("q", "<x>", "&y", 1, 1,
        new QuadrantSection.Names("<a>", "&b", "\"c\"", "'d'"),
        List.of(QuadrantSection.Point.of("<p>", 2, 2, "&b")));
    Document doc = parseXml(SvgCharts.scatter(q, "q"));
    assertThat(byClass(doc, "quadrant-name")).extracting(Element::getTextContent)
        .containsExactlyInAnyOrder("<a>", "&b", "\"c\"", "'d'");
  }

  @Test
  void line_nullSection_rejectedNamingParameter() {
    assertThatThrownBy(() -> SvgCharts.line((TrendSection) null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("section");
    assertThatThrownBy(() -> SvgCharts.line(ReportTesting.trend(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }
}
