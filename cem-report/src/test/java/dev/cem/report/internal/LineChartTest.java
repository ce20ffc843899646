package dev.cem.report.internal;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.report.ReportTesting;
import dev.cem.report.TrendSection;
import dev.cem.report.TrendSection.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartTest {

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  @Test
  void render_twoSeriesOneGap_onePointMarkPerPeriodWithValue() {
    Document doc = parseXml(LineChart.render(ReportTesting.trend(), "t", true));
    List<Element> points = byClass(doc, "line-point");
    // 4 periods × 2 series, less the missing web 2026-Q2.
    assertThat(points).hasSize(4 + 3);
    assertThat(points.stream().filter(p -> p.getAttribute("data-series").equals("web")))
        .extracting(p -> p.getAttribute("data-period"))
        .containsExactly("2026-Q1", "2026-Q3", "2026-Q4");
    assertThat(byClass(doc, "no-data")).singleElement()
        .satisfies(e -> assertThat(e.getTextContent()).isEqualTo("No data: web 2026-Q2"));
    assertThat(byClass(doc, "threshold")).hasSize(1);
  }

  @Test
  void render_knownScale_pointsAtHandComputedCoordinates() {
    // Values 0..100 give the scale 0..100; 4 periods give slots of (610 - 64) / 4 = 136.5 px.
    TrendSection t = TrendSection.builder("t").series("s", List.of(
        Point.of("a", 0), Point.of("b", 100), Point.of("c", 50), Point.of("d", 25))).build();
    List<Element> p = byClass(parseXml(LineChart.render(t, "t", true)), "line-point");
    assertThat(attr(p.get(0), "cx")).isCloseTo(64 + 0.5 * 136.5, within(0.01));
    assertThat(attr(p.get(3), "cx")).isCloseTo(64 + 3.5 * 136.5, within(0.01));
    assertThat(attr(p.get(0), "cy")).isCloseTo(LineChart.BOTTOM, within(0.01));
    assertThat(attr(p.get(1), "cy")).isCloseTo(LineChart.TOP, within(0.01));
    assertThat(attr(p.get(2), "cy"))
        .isCloseTo((LineChart.TOP + LineChart.BOTTOM) / 2, within(0.01));
    assertThat(attr(p.get(3), "cy"))
        .isCloseTo(LineChart.BOTTOM - 0.25 * (LineChart.BOTTOM - LineChart.TOP), within(0.01));
  }

  @Test
  void render_onePoint_centredWithoutLine() {
    TrendSection t = TrendSection.builder("t").series("s", List.of(Point.of("only", 7, 6, 8)))
        .build();
    String svg = LineChart.render(t, "t", true);
    Document doc = parseXml(svg);
    assertThat(byClass(doc, "line-point")).singleElement()
        .satisfies(e -> assertThat(attr(e, "cx"))
            .isCloseTo((LineChart.LEFT + LineChart.RIGHT) / 2, within(0.01)));
    assertThat(byClass(doc, "series-line")).isEmpty();
    // A lone interval is an error bar, not a polygon.
    assertThat(byClass(doc, "band")).singleElement()
        .satisfies(e -> assertThat(e.getTagName()).isEqualTo("line"));
  }

  @Test
  void render_allValuesEqual_finiteCoordinates() {
    TrendSection t = TrendSection.builder("t").series("s", List.of(
        Point.of("a", 30), Point.of("b", 30), Point.of("c", 30))).build();
    String svg = LineChart.render(t, "t", true);
    assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(byClass(parseXml(svg), "line-point")).hasSize(3);
  }

  @Test
  void render_gapInSeries_lineBrokenIntoTwoSegments() {
    TrendSection t = TrendSection.builder("t").series("s", List.of(
        Point.of("a", 1), Point.of("b", 2), Point.missing("c"), Point.of("d", 3),
        Point.of("e", 4))).build();
    Element line = byClass(parseXml(LineChart.render(t, "t", true)), "series-line").get(0);
    assertThat(line.getAttribute("d")).matches("M[^M]*L[^M]*M[^M]*L[^M]*");
  }

  @Test
  void render_noSeries_noMarksAndNote() {
    Document doc = parseXml(LineChart.render(TrendSection.builder("t").build(), "t", true));
    assertThat(byClass(doc, "mark")).isEmpty();
    assertThat(byClass(doc, "no-data")).hasSize(1);
  }

  @Test
  void render_intervals_bandPolygonPerRun() {
    Document doc = parseXml(LineChart.render(ReportTesting.trend(), "t", true));
    // "all" has one run of 4 intervals; "web" a lone Q1 (error bar) and a run Q3..Q4.
    assertThat(byClass(doc, "band")).extracting(Element::getTagName)
        .containsExactly("polygon", "line", "polygon");
  }

  @Test
  void render_fortyPeriods_everyPointMarkedButAtMostTwelveLabels() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      points.add(Point.of("W" + i, i % 7));
    }
    TrendSection t = TrendSection.builder("t").series("s", points).build();
    Document doc = parseXml(LineChart.render(t, "t", true));
    assertThat(byClass(doc, "line-point")).hasSize(40);
    // Tick labels under the x axis: every 4th period (40 / 12 rounded up).
    assertThat(byClass(doc, "tick").stream().filter(e -> e.getTextContent().startsWith("W")))
        .extracting(Element::getTextContent)
        .containsExactly("W0", "W4", "W8", "W12", "W16", "W20", "W24", "W28", "W32", "W36");
  }

  @Test
  void render_sevenSeries_legendRowsGrowTheChart() {
    TrendSection.Builder b = TrendSection.builder("t");
    for (int i = 0; i < 7; i++) {
      b.series("s" + i, List.of(Point.of("Q1", i)));
    }
    TrendSection t = b.build();
    Document doc = parseXml(LineChart.render(t, "t", true));
    // Three legend rows of three entries: 236 + 50 + 3 × 16 + 14.
    assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo("348");
    assertThat(byClass(doc, "legend-label")).hasSize(7);
    assertThat(byClass(doc, "line-point")).hasSize(7);
  }
}
