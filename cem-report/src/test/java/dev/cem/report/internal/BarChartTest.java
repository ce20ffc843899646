package dev.cem.report.internal;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.report.BundleSection;
import dev.cem.report.ReportTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BarChartTest {

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  @Test
  void render_fiveComponentsOneWithoutData_fourBarsAndNote() {
    Document doc = parseXml(BarChart.render(ReportTesting.bundle(), "b", true));
    List<Element> bars = byClass(doc, "bar");
    assertThat(bars).extracting(e -> e.getAttribute("data-component"))
        .containsExactly("CSAT", "SLA met", "NPS", "Availability");
    assertThat(byClass(doc, "no-data")).isNotEmpty();
  }

  @Test
  void render_contributions_widthProportionalFromZero() {
    // Contributions 0..30 give the scale 0..30 over 380 px.
    Document doc = parseXml(BarChart.render(ReportTesting.bundle(), "b", true));
    List<Element> bars = byClass(doc, "bar");
    double width = BarChart.RIGHT - BarChart.LEFT;
    assertThat(attr(bars.get(0), "x")).isCloseTo(BarChart.LEFT, within(0.01));
    assertThat(attr(bars.get(0), "width")).isCloseTo(width, within(0.01));
    assertThat(attr(bars.get(1), "width")).isCloseTo(width * 25 / 30, within(0.01));
    assertThat(attr(bars.get(3), "width")).isCloseTo(width * 4.2 / 30, within(0.01));
  }

  @Test
  void render_negativeContribution_barLeftOfZero() {
    BundleSection b = BundleSection.builder("b").score(ReportTesting.BUNDLE_SCORE)
        .component("up", 50, 1, 10).component("down", 10, 1, -10).build();
    List<Element> bars = byClass(parseXml(BarChart.render(b, "b", true)), "bar");
    double zero = (BarChart.LEFT + BarChart.RIGHT) / 2;
    assertThat(attr(bars.get(0), "x")).isCloseTo(zero, within(0.01));
    assertThat(attr(bars.get(1), "x") + attr(bars.get(1), "width")).isCloseTo(zero, within(0.01));
  }

  @Test
  void render_noComponents_noMarksAndNote() {
    BundleSection b = BundleSection.builder("b").score(ReportTesting.BUNDLE_SCORE).build();
    Document doc = parseXml(BarChart.render(b, "b", true));
    assertThat(byClass(doc, "mark")).isEmpty();
    assertThat(byClass(doc, "no-data")).hasSize(1);
  }
}
