package dev.cem.report.internal;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.report.MaturitySection;
import dev.cem.report.MaturitySection.Dimension;
import dev.cem.report.MaturitySection.Stage;
import dev.cem.report.ReportTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RadarChartTest {

  private static MaturitySection withDimensions(Dimension... dims) {
    MaturitySection.Builder b = MaturitySection.builder("m", Stage.of(1, "Initial", ""));
    for (Dimension d : dims) {
      b.dimension(d);
    }
    return b.build();
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  @Test
  void render_fourDimensions_oneVertexMarkPerDimension() {
    Document doc = parseXml(RadarChart.render(ReportTesting.maturity(), "r", true));
    List<Element> vertices = byClass(doc, "radar-vertex");
    assertThat(vertices).hasSize(4);
    assertThat(vertices).allMatch(e -> e.getAttribute("class").contains("mark"));
    assertThat(vertices.stream().map(e -> e.getAttribute("data-dimension")))
        .containsExactly("Strategy", "Metrics", "Process", "Technology");
    assertThat(byClass(doc, "radar-axis")).hasSize(4);
    // Rings 1 to 5, labelled.
    assertThat(byClass(doc, "ring")).hasSize(5);
  }

  @Test
  void render_scoreHalfOfMaxAt90Degrees_vertexAtHalfRadiusRightOfCentre() {
    // Four axes: axis 1 lies 90° clockwise from the top, i.e. pointing right (+x).
    MaturitySection m = withDimensions(
        Dimension.of("top", 1, 5), Dimension.of("right", 1, 2.5),
        Dimension.of("bottom", 1, 0), Dimension.of("left", 1, 1));
    List<Element> v = byClass(parseXml(RadarChart.render(m, "r", true)), "radar-vertex");
    // Score 5 of 5 at the top: r = R, straight up.
    assertThat(attr(v.get(0), "cx")).isCloseTo(RadarChart.CX, within(0.01));
    assertThat(attr(v.get(0), "cy")).isCloseTo(RadarChart.CY - RadarChart.R, within(0.01));
    // Score 2.5 of 5 at 90°: r = 0.5·R = 75 to the right.
    assertThat(attr(v.get(1), "cx")).isCloseTo(RadarChart.CX + 0.5 * RadarChart.R, within(0.01));
    assertThat(attr(v.get(1), "cy")).isCloseTo(RadarChart.CY, within(0.01));
    // Score 0 at the centre.
    assertThat(attr(v.get(2), "cx")).isCloseTo(RadarChart.CX, within(0.01));
    assertThat(attr(v.get(2), "cy")).isCloseTo(RadarChart.CY, within(0.01));
    // Score 1 at 270°: r = 0.2·R = 30 to the left.
    assertThat(attr(v.get(3), "cx")).isCloseTo(RadarChart.CX - 0.2 * RadarChart.R, within(0.01));
  }

  @Test
  void render_threeDimensions_anglesAre120DegreesApart() {
    MaturitySection m = withDimensions(
        Dimension.of("a", 1, 5), Dimension.of("b", 1, 5), Dimension.of("c", 1, 5));
    List<Element> v = byClass(parseXml(RadarChart.render(m, "r", true)), "radar-vertex");
    // Axis 1 at -90° + 120° = 30° below the horizontal, to the right.
    assertThat(attr(v.get(1), "cx"))
        .isCloseTo(RadarChart.CX + RadarChart.R * Math.cos(Math.toRadians(30)), within(0.01));
    assertThat(attr(v.get(1), "cy"))
        .isCloseTo(RadarChart.CY + RadarChart.R * Math.sin(Math.toRadians(30)), within(0.01));
    assertThat(v.get(1).getAttribute("data-score")).isEqualTo("5.00");
  }

  @Test
  void render_nanScore_vertexSkippedWithNoDataNote() {
    MaturitySection m = withDimensions(
        Dimension.of("a", 1, 2), Dimension.of("b", 0, Double.NaN), Dimension.of("c", 1, 3));
    String svg = RadarChart.render(m, "r", true);
    Document doc = parseXml(svg);
    assertThat(byClass(doc, "radar-vertex")).hasSize(2);
    assertThat(byClass(doc, "no-data")).singleElement()
        .satisfies(e -> assertThat(e.getTextContent()).isEqualTo("No data: b"));
    assertThat(svg).doesNotContain("NaN");
  }

  @Test
  void render_noDimensions_noMarksAndNote() {
    Document doc = parseXml(RadarChart.render(withDimensions(), "r", true));
    assertThat(byClass(doc, "mark")).isEmpty();
    assertThat(byClass(doc, "no-data")).hasSize(1);
  }

  @Test
  void render_oneDimension_oneVertexNoPolygon() {
    String svg = RadarChart.render(withDimensions(Dimension.of("only", 2, 4)), "r", true);
    Document doc = parseXml(svg);
    assertThat(byClass(doc, "radar-vertex")).hasSize(1);
    assertThat(byClass(doc, "score-area")).isEmpty();
  }

  @Test
  void render_panelRange_strokeAlongAxis() {
    Document doc = parseXml(RadarChart.render(ReportTesting.maturity(), "r", true));
    List<Element> ranges = byClass(doc, "panel-range");
    assertThat(ranges).hasSize(1);
    // Strategy is the top axis: from score 2.5 to 4.0, i.e. r = 75 to 120 above the centre.
    assertThat(attr(ranges.get(0), "y1")).isCloseTo(RadarChart.CY - 75, within(0.01));
    assertThat(attr(ranges.get(0), "y2")).isCloseTo(RadarChart.CY - 120, within(0.01));
  }
}
