package dev.cem.report.internal;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.report.QuadrantSection;
import dev.cem.report.ReportTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ScatterChartTest {

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  @Test
  void render_fourItems_oneMarkEachWithQuadrant() {
    Document doc = parseXml(ScatterChart.render(ReportTesting.quadrant(), "q", true));
    List<Element> points = byClass(doc, "scatter-point");
    assertThat(points).extracting(e -> e.getAttribute("data-quadrant")).containsExactly(
        "Concentrate here", "Keep up the good work", "Low priority", "Possible overkill");
    assertThat(byClass(doc, "quadrant-name")).extracting(Element::getTextContent)
        .containsExactlyInAnyOrder(
            "Concentrate here", "Keep up the good work", "Low priority", "Possible overkill");
    assertThat(byClass(doc, "split")).hasSize(2);
  }

  @Test
  void render_knownScales_pointAndSplitsAtHandComputedCoordinates() {
    // x: values 0..10 give 0..10; y: 0..100 give 0..100.
    QuadrantSection q = QuadrantSection.of("q", 5, 50, List.of(
        QuadrantSection.Point.of("lo", 0, 0, "Low priority"),
        QuadrantSection.Point.of("hi", 10, 100, "Keep up the good work"),
        QuadrantSection.Point.of("mid", 7.5, 25, "Concentrate here")));
    Document doc = parseXml(ScatterChart.render(q, "q", true));
    List<Element> p = byClass(doc, "scatter-point");
    double w = ScatterChart.RIGHT - ScatterChart.LEFT;
    double h = ScatterChart.BOTTOM - ScatterChart.TOP;
    assertThat(attr(p.get(0), "cx")).isCloseTo(ScatterChart.LEFT, within(0.01));
    assertThat(attr(p.get(0), "cy")).isCloseTo(ScatterChart.BOTTOM, within(0.01));
    assertThat(attr(p.get(1), "cx")).isCloseTo(ScatterChart.RIGHT, within(0.01));
    assertThat(attr(p.get(1), "cy")).isCloseTo(ScatterChart.TOP, within(0.01));
    assertThat(attr(p.get(2), "cx")).isCloseTo(ScatterChart.LEFT + 0.75 * w, within(0.01));
    assertThat(attr(p.get(2), "cy")).isCloseTo(ScatterChart.BOTTOM - 0.25 * h, within(0.01));
    Element splitX = byClass(doc, "split-x").get(0);
    assertThat(attr(splitX, "x1")).isCloseTo(ScatterChart.LEFT + 0.5 * w, within(0.01));
  }

  @Test
  void render_missingCoordinate_skippedWithNote() {
    QuadrantSection q = QuadrantSection.of("q", 3, 3, List.of(
        QuadrantSection.Point.of("ok", 4, 4, "Keep up the good work"),
        QuadrantSection.Point.of("unrated", Double.NaN, 2, "Low priority")));
    String svg = ScatterChart.render(q, "q", true);
    Document doc = parseXml(svg);
    assertThat(byClass(doc, "scatter-point")).hasSize(1);
    assertThat(byClass(doc, "no-data")).singleElement()
        .satisfies(e -> assertThat(e.getTextContent()).isEqualTo("No data: unrated"));
    assertThat(svg).doesNotContain("NaN");
  }

  @Test
  void render_noPoints_noMarksAndNote() {
    Document doc = parseXml(ScatterChart.render(QuadrantSection.of("q", 3, 3, List.of()), "q", true));
    assertThat(byClass(doc, "mark")).isEmpty();
    assertThat(byClass(doc, "no-data")).hasSize(1);
  }
}
