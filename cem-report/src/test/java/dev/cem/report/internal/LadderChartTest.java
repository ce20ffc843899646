package dev.cem.report.internal;

import static dev.cem.report.ReportTesting.byClass;
import static dev.cem.report.ReportTesting.parseXml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.report.MaturitySection;
import dev.cem.report.MaturitySection.Stage;
import dev.cem.report.ReportTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LadderChartTest {

  @Test
  void render_sixStagesReachedTwo_oneStepEachAndOneReached() {
    Document doc = parseXml(LadderChart.render(ReportTesting.maturity(), "l", true));
    List<Element> steps = byClass(doc, "ladder-step");
    assertThat(steps).extracting(e -> e.getAttribute("data-stage"))
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(byClass(doc, "reached")).singleElement()
        .satisfies(e -> {
          assertThat(e.getAttribute("data-stage")).isEqualTo("2");
          assertThat(e.getAttribute("data-reached")).isEqualTo("true");
        });
    assertThat(byClass(doc, "passed")).hasSize(2);
  }

  @Test
  void render_stepsRise_heightsIncrease() {
    List<Element> steps =
        byClass(parseXml(LadderChart.render(ReportTesting.maturity(), "l", true)), "ladder-step");
    for (int i = 1; i < steps.size(); i++) {
      assertThat(Double.parseDouble(steps.get(i).getAttribute("height")))
          .isGreaterThan(Double.parseDouble(steps.get(i - 1).getAttribute("height")));
    }
  }

  @Test
  void render_emptyLadder_onlyTheReachedStage() {
    MaturitySection m = MaturitySection.builder("m", Stage.of(3, "Defined", "")).build();
    List<Element> steps = byClass(parseXml(LadderChart.render(m, "l", true)), "ladder-step");
    assertThat(steps).singleElement()
        .satisfies(e -> assertThat(e.getAttribute("data-reached")).isEqualTo("true"));
  }
}
