package dev.cem.maturity;

import static dev.cem.maturity.MaturityTesting.all;
import static dev.cem.maturity.MaturityTesting.tiny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PanelTest {
  private static final Offset<Double> EPS = within(1e-12);
  /** Uniform null variance of NO/PARTLY/LARGELY/FULLY: mean(l²) − mean(l)². */
  private static final double SIGMA2_EU =
      (0 + 0.33 * 0.33 + 0.67 * 0.67 + 1) / 4 - Math.pow((0 + 0.33 + 0.67 + 1) / 4, 2);

  /** billing answers NO everywhere, marketing and logistics FULLY everywhere. */
  private static Panel oneAgainstTwo() {
    return Panel.of(
        tiny(),
        List.of(
            all(tiny(), "NO", "billing"),
            all(tiny(), "FULLY", "marketing"),
            all(tiny(), "FULLY", "logistics")));
  }

  @Test
  void uniformNullVariance_standardLevels_byHand() {
    assertThat(oneAgainstTwo().uniformNullVariance()).isCloseTo(0.13945, EPS);
    assertThat(oneAgainstTwo().uniformNullVariance()).isCloseTo(SIGMA2_EU, EPS);
  }

  @Test
  void criteria_oneAgainstTwo_meanMedianAndSampleSd() {
    Panel.CriterionAgreement a = oneAgainstTwo().criterion("a1x").orElseThrow();

    // values 0, 1, 1: mean 2/3; squared deviations 4/9 + 1/9 + 1/9 = 6/9 over n - 1 = 2
    assertThat(a.n()).isEqualTo(3);
    assertThat(a.mean()).isCloseTo(2.0 / 3, EPS);
    assertThat(a.median()).isEqualTo(1.0);
    assertThat(a.standardDeviation()).isCloseTo(Math.sqrt((6.0 / 9) / 2), EPS);
    // s² = 1/3 exceeds σ²_EU = 0.13945, so rwg is truncated to 0
    assertThat(a.rwg()).isZero();
  }

  @Test
  void criteria_largelyFullyFully_sdAndRwgByHand() {
    Assessment cc = all(tiny(), "FULLY", "call centre").withAnswer("a1x", Answer.of("LARGELY"));
    Panel p =
        Panel.of(tiny(), List.of(cc, all(tiny(), "FULLY", "partners"), all(tiny(), "FULLY", "billing")));

    Panel.CriterionAgreement a = p.criterion("a1x").orElseThrow();

    // values 0.67, 1, 1: mean 0.89, deviations -0.22, 0.11, 0.11
    double variance = (0.22 * 0.22 + 0.11 * 0.11 + 0.11 * 0.11) / 2; // 0.0363
    assertThat(a.mean()).isCloseTo(0.89, EPS);
    assertThat(a.standardDeviation()).isCloseTo(Math.sqrt(variance), EPS);
    assertThat(a.rwg()).isCloseTo(1 - 0.0363 / 0.13945, within(1e-9));
    // all others agree: sd 0 and rwg 1
    assertThat(p.criterion("a1y").orElseThrow().standardDeviation()).isZero();
    assertThat(p.criterion("a1y").orElseThrow().rwg()).isEqualTo(1.0);
    // dimension A: weights 1 (a1x), 1, 2, 1, 1 → weighted mean sd = 1·sd / 6
    Panel.DimensionAgreement dim = p.dimension("A").orElseThrow();
    assertThat(dim.meanStandardDeviation()).isCloseTo(Math.sqrt(variance) / 6, EPS);
    assertThat(dim.meanRwg()).isCloseTo((1 - 0.0363 / 0.13945 + 5) / 6, within(1e-9));
    assertThat(dim.criteriaCompared()).isEqualTo(5);
    assertThat(p.dimension("B").orElseThrow().meanStandardDeviation()).isZero();
  }

  @Test
  void dimensions_oneAgainstTwo_meanSdOfEqualSds() {
    Panel p = oneAgainstTwo();

    assertThat(p.dimension("A").orElseThrow().meanStandardDeviation())
        .isCloseTo(Math.sqrt(1.0 / 3), EPS);
    assertThat(p.dimension("B").orElseThrow().meanStandardDeviation())
        .isCloseTo(Math.sqrt(1.0 / 3), EPS);
  }

  @Test
  void mostDivergent_oneAgainstTwo_billingByLeaveOneOutMean() {
    Panel p = oneAgainstTwo();

    // billing: |0 - (1 + 1)/2| = 1 on every criterion; marketing: |1 - (0 + 1)/2| = 1/2
    assertThat(p.divergences())
        .extracting(Panel.Divergence::label, Panel.Divergence::meanAbsoluteDifference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("billing", 1.0),
            org.assertj.core.groups.Tuple.tuple("marketing", 0.5),
            org.assertj.core.groups.Tuple.tuple("logistics", 0.5));
    assertThat(p.mostDivergent().orElseThrow().label()).isEqualTo("billing");
    assertThat(p.mostDivergent().orElseThrow().criteriaCompared()).isEqualTo(9);
  }

  @Test
  void result_oneAgainstTwo_scoresMedianAnswers() {
    MaturityResult r = oneAgainstTwo().result();

    assertThat(r.stage()).isEqualTo(3);
    assertThat(r.score()).isCloseTo(3.0, EPS);
    assertThat(r.respondent()).isNull();
    assertThat(r.criterion("a1x").orElseThrow().level()).isEqualTo("FULLY");
  }

  @Test
  void result_evenCountMedianBetweenLevels_valueWithoutLevelAndUnmet() {
    Panel p = Panel.of(tiny(), List.of(all(tiny(), "NO", "billing"), all(tiny(), "FULLY", "marketing")));

    MaturityResult r = p.result();

    // median of 0 and 1 is 1/2, below the 0.67 threshold; each stage share 1/2, three stages
    assertThat(r.criterion("a1x").orElseThrow().value()).isEqualTo(0.5);
    assertThat(r.criterion("a1x").orElseThrow().level()).isNull();
    assertThat(r.stage()).isZero();
    assertThat(r.score()).isCloseTo(3 * 0.5, EPS);
  }

  @Test
  void result_notApplicableMajority_notApplicable() {
    Assessment na1 = all(tiny(), "FULLY", "billing").withAnswer("a1x", Answer.of("NOT_APPLICABLE"));
    Assessment na2 = all(tiny(), "FULLY", "partners").withAnswer("a1x", Answer.of("NOT_APPLICABLE"));
    Assessment no = all(tiny(), "FULLY", "marketing").withAnswer("a1x", Answer.of("NO"));

    Panel p = Panel.of(tiny(), List.of(na1, na2, no));

    assertThat(p.result().criterion("a1x").orElseThrow().status())
        .isEqualTo(AnswerStatus.NOT_APPLICABLE);
    assertThat(p.criterion("a1x").orElseThrow().notApplicable()).isEqualTo(2);
    assertThat(p.criterion("a1x").orElseThrow().n()).isEqualTo(1);
    assertThat(p.criterion("a1x").orElseThrow().standardDeviation()).isNaN();
    assertThat(p.result().stage()).isEqualTo(3);
  }

  @Test
  void result_unansweredByAll_unanswered() {
    Assessment a = Assessment.builder(tiny()).respondent(MaturityTesting.respondent("billing")).answer("a1x", "FULLY").build();

    Panel p = Panel.of(tiny(), List.of(a, a));

    assertThat(p.result().criterion("a1y").orElseThrow().status()).isEqualTo(AnswerStatus.UNANSWERED);
    assertThat(p.criterion("a1y").orElseThrow().mean()).isNaN();
    assertThat(p.dimension("B").orElseThrow().criteriaCompared()).isZero();
    assertThat(p.dimension("B").orElseThrow().meanStandardDeviation()).isNaN();
  }

  @Test
  void of_emptyOrForeignAssessments_rejected() {
    assertThatThrownBy(() -> Panel.of(tiny(), List.of()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("at least one assessment");
    Assessment foreign = Assessment.builder("other").answer("a1x", "NO").build();
    assertThatThrownBy(() -> Panel.of(tiny(), List.of(foreign)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("model 'other'");
  }

  @Test
  void of_singleRespondent_noDivergence() {
    Panel p = Panel.of(tiny(), List.of(all(tiny(), "FULLY", "billing")));

    assertThat(p.mostDivergent()).isEmpty();
    assertThat(p.divergences().get(0).meanAbsoluteDifference()).isNaN();
  }
}
