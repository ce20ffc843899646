package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.report.MaturitySection.Dimension;
import dev.cem.report.MaturitySection.Stage;
import dev.cem.report.TrendSection.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReportModelTest {

  @Test
  void report_builder_keepsOrderAndCopiesSections() {
    List<Section> sections = new ArrayList<>(List.of(ReportTesting.text()));
    Report r = Report.builder("t").addAll(sections).add(ReportTesting.table()).build();
    sections.clear();
    assertThat(r.sections()).containsExactly(ReportTesting.text(), ReportTesting.table());
    assertThat(r.subtitle()).isNull();
    assertThat(r.generatedAt()).isNull();
  }

  @Test
  void report_blankTitle_rejectedWithMessage() {
    assertThatThrownBy(() -> Report.of(" ", List.of()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("report title (' ') must not be blank");
  }

  @Test
  void report_nullSection_rejectedNamingIndex() {
    List<Section> sections = new ArrayList<>();
    sections.add(null);
    assertThatThrownBy(() -> Report.of("t", sections))
        .isInstanceOf(NullPointerException.class).hasMessage("sections[0]");
  }

  @Test
  void row_withTargetAndStatus_copies() {
    Scorecard.Row row = Scorecard.Row.of("NPS", "all", ReportTesting.NPS_ALL, "points");
    Scorecard.Row changed = row.withTarget(30).withStatus(Status.GREEN);
    assertThat(row.target()).isEmpty();
    assertThat(changed.target()).isEqualTo(OptionalDouble.of(30));
    assertThat(changed.status()).isEqualTo(Status.GREEN);
  }

  @Test
  void row_nanTarget_rejected() {
    Scorecard.Row row = Scorecard.Row.of("NPS", "all", ReportTesting.NPS_ALL, "points");
    assertThatThrownBy(() -> row.withTarget(Double.NaN))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("target for metric 'NPS' (NaN) must be a finite number");
  }

  @Test
  void bundle_noScore_rejected() {
    assertThatThrownBy(() -> BundleSection.builder("idx").build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("bundle 'idx' has no score: call score(...)");
  }

  @Test
  void bundle_coverageAboveOne_rejected() {
    assertThatThrownBy(() -> BundleSection.builder("idx").score(ReportTesting.BUNDLE_SCORE)
            .coverage(1.5).build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("coverage (1.5) of bundle 'idx' must be between 0 and 1, or NaN if unknown");
  }

  @Test
  void component_negativeWeight_rejected() {
    assertThatThrownBy(() -> BundleSection.Component.of("CSAT", 1, -0.2, 1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("weight for component 'CSAT' (-0.2) must be a finite number >= 0");
  }

  @Test
  void point_infiniteValue_rejected() {
    assertThatThrownBy(() -> Point.of("Q1", Double.POSITIVE_INFINITY))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("value for period 'Q1' (Infinity) must be finite, or NaN for no value");
  }

  @Test
  void point_lowerAboveUpper_rejected() {
    assertThatThrownBy(() -> Point.of("Q1", 5, 6, 4))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("interval for period 'Q1' lower (6.0) must be <= upper (4.0)");
  }

  @Test
  void point_emptyEstimate_isGap() {
    Point p = Point.of("Q1", ReportTesting.CSAT_SOCIAL);
    assertThat(p.hasValue()).isFalse();
    assertThat(p.hasInterval()).isFalse();
  }

  @Test
  void series_duplicatePeriod_rejected() {
    assertThatThrownBy(() -> TrendSection.Series.of("s", List.of(Point.of("Q1", 1), Point.of("Q1", 2))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("series 's' has period 'Q1' twice");
  }

  @Test
  void trend_periods_unionInFirstSeenOrder() {
    TrendSection t = TrendSection.builder("t")
        .series("a", List.of(Point.of("Q2", 1), Point.of("Q3", 1)))
        .series("b", List.of(Point.of("Q1", 1), Point.of("Q3", 1), Point.of("Q4", 1)))
        .build();
    assertThat(t.periods()).containsExactly("Q2", "Q3", "Q1", "Q4");
  }

  @Test
  void dimension_scoreAboveFive_rejected() {
    assertThatThrownBy(() -> Dimension.of("Strategy", 3, 5.5))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("score of dimension 'Strategy' (5.5) must be between 0 and 5.0, or NaN if not"
            + " assessed");
  }

  @Test
  void dimension_panelMinAboveMax_rejected() {
    assertThatThrownBy(() -> Dimension.of("Strategy", 3, 3).withPanel(4, 2))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("panel minimum (4.0) of dimension 'Strategy' must be <=");
  }

  @Test
  void maturity_overallStageNotOnLadder_rejected() {
    assertThatThrownBy(() -> MaturitySection.builder("m", Stage.of(7, "x", ""))
            .stages(ReportTesting.stages()).build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("overall stage (7) must be one of the ladder's stages");
  }

  @Test
  void maturity_ladderNotAscending_rejected() {
    assertThatThrownBy(() -> MaturitySection.builder("m", Stage.of(1, "a", ""))
            .stage(Stage.of(1, "a", "")).stage(Stage.of(0, "b", "")).build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("ladder stage ordinals must ascend, got 1 then 0");
  }

  @Test
  void maturity_defaultTitle_namesModel() {
    assertThat(ReportTesting.maturity().title()).isEqualTo("Maturity: Gartner CEM");
  }

  @Test
  void names_classify_splitLineCountsAsHigh() {
    QuadrantSection.Names n = QuadrantSection.Names.DEFAULT;
    assertThat(n.classify(3, 3, 3, 3)).isEqualTo("Keep up the good work");
    assertThat(n.classify(3, 2.9, 3, 3)).isEqualTo("Concentrate here");
    assertThat(n.classify(2.9, 2.9, 3, 3)).isEqualTo("Low priority");
    assertThat(n.classify(2.9, 3, 3, 3)).isEqualTo("Possible overkill");
  }

  @Test
  void table_rowWithWrongCellCount_rejected() {
    assertThatThrownBy(() -> TableSection.of("t", List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("row 0 of table 't' has 1 cells, but there are 2 headers");
  }

  @Test
  void table_noHeaders_rejected() {
    assertThatThrownBy(() -> TableSection.of("t", List.of(), List.of()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("table 't' must have at least one header");
  }

  @Test
  void status_label_lowerCaseUnderTurkishLocale() {
    // Under tr, "AMBER".toLowerCase() is fine but "I" would become a dotless ı: ROOT is used.
    assertThat(Status.AMBER.label()).isEqualTo("amber");
    assertThat(Status.GREEN.label()).isEqualTo("green");
  }
}
