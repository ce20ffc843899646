package dev.cem.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.metrics.internal.Correlations;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyDriverAnalysisTest {
  private static final double EPS = 1e-12;

  private static DriverDataset oneDriver(OutcomeKind kind, double[] x, double[] y) {
    DriverDataset data = DriverDataset.create(List.of("x"), Scale.CSAT, OptionalInt.of(0), kind);
    for (int i = 0; i < x.length; i++) {
      data.add(y[i], x[i]);
    }
    return data;
  }

  // ---- importance: hand-worked correlations ---------------------------------------------------

  @Test
  void analyse_fivePoints_pearsonByHand() {
    DriverReport report =
        KeyDriverAnalysis.create().analyse(oneDriver(OutcomeKind.SCALE, DriverTesting.X5, DriverTesting.Y5));
    DriverResult x = report.driver("x");
    assertThat(x.importance().value()).isCloseTo(DriverTesting.R5, within(EPS));
    // se = sqrt((1 - r^2) / (n - 2)) = sqrt((1 - 0.6) / 3)
    assertThat(x.importance().standardError()).isCloseTo(Math.sqrt(0.4 / 3), within(EPS));
    // Fisher: tanh(atanh(r) +- 1.959964 / sqrt(2))
    double fz = 0.5 * Math.log((1 + DriverTesting.R5) / (1 - DriverTesting.R5));
    assertThat(x.importance().lower()).isCloseTo(Math.tanh(fz - 1.959963984540054 / Math.sqrt(2)), within(1e-9));
    assertThat(x.importance().upper()).isCloseTo(Math.tanh(fz + 1.959963984540054 / Math.sqrt(2)), within(1e-9));
    assertThat(x.n()).isEqualTo(5);
    // performance: mean 3, top-2-box (4 or 5): 2 of 5
    assertThat(x.performanceMean().mean()).isEqualTo(3);
    assertThat(x.performanceTop2().successes()).isEqualTo(2);
    // one driver: its relative weight is r^2 = 36 / 60 = R^2
    assertThat(report.rSquared()).isCloseTo(36.0 / 60, within(1e-12));
    assertThat(x.relativeWeightPercent()).isCloseTo(100, within(1e-9));
  }

  @Test
  void analyse_binaryOutcome_pointBiserialByHand() {
    DriverResult x =
        KeyDriverAnalysis.create()
            .analyse(oneDriver(OutcomeKind.BINARY, DriverTesting.X5, DriverTesting.B5))
            .driver("x");
    assertThat(x.importance().value()).isCloseTo(DriverTesting.RB5, within(EPS));
    // and 3 / sqrt(10 * 1.2): Sxy = 1.2 + 0.6 + 0 + 0.4 + 0.8, Syy = 2 * 0.36 + 3 * 0.16
    assertThat(x.importance().value()).isCloseTo(3 / Math.sqrt(12), within(EPS));
  }

  @Test
  void analyse_notApplicableCode_rowsExcludedFromThatDriver() {
    DriverDataset data = DriverDataset.create(List.of("x", "z"), Scale.CSAT, OptionalInt.of(0), OutcomeKind.SCALE);
    for (int i = 0; i < 5; i++) {
      data.add(DriverTesting.Y5[i], DriverTesting.X5[i], 3);
    }
    // two rows where x does not apply; their outcome would pull r down if counted as 0
    data.add(9, 0, 4);
    data.add(-3, 0, 2);
    DriverReport report = KeyDriverAnalysis.create().analyse(data);
    assertThat(report.n()).isEqualTo(7);
    assertThat(report.driver("x").n()).isEqualTo(5);
    assertThat(report.driver("x").importance().value()).isCloseTo(DriverTesting.R5, within(EPS));
    assertThat(report.driver("x").performanceMean().mean()).isEqualTo(3);
    assertThat(report.completeCases()).isEqualTo(5);
  }

  // ---- relative weights -----------------------------------------------------------------------

  @Test
  void relativeWeights_twoPredictors_matchClosedForm() {
    // r12 = 0.5, r1y = 0.6, r2y = 0.4: R^2 = (0.36 + 0.16 - 2 * 0.6 * 0.4 * 0.5) / (1 - 0.25)
    double[] w = Correlations.relativeWeights(new double[][] {{1, 0.5}, {0.5, 1}}, new double[] {0.6, 0.4});
    double[] expected = DriverTesting.twoPredictorWeights(0.5, 0.6, 0.4);
    assertThat(w[0]).isCloseTo(expected[0], within(1e-12));
    assertThat(w[1]).isCloseTo(expected[1], within(1e-12));
    // with a = cos 15 deg and b = sin 15 deg the weights are 43/150 and 13/150
    assertThat(w[0]).isCloseTo(43.0 / 150, within(1e-12));
    assertThat(w[1]).isCloseTo(13.0 / 150, within(1e-12));
    assertThat(w[0] + w[1]).isCloseTo(0.28 / 0.75, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.7, -0.2, 0, 0.3, 0.9})
  void relativeWeights_twoPredictors_sumToRSquared(double r12) {
    double r1y = 0.45;
    double r2y = -0.1;
    double[] w = Correlations.relativeWeights(new double[][] {{1, r12}, {r12, 1}}, new double[] {r1y, r2y});
    double r2 = (r1y * r1y + r2y * r2y - 2 * r1y * r2y * r12) / (1 - r12 * r12);
    assertThat(w[0] + w[1]).isCloseTo(r2, within(1e-12));
    double[] expected = DriverTesting.twoPredictorWeights(r12, r1y, r2y);
    assertThat(w).containsExactly(expected, within(1e-12));
  }

  @Test
  void relativeWeights_collinear_nan() {
    double[] w = Correlations.relativeWeights(new double[][] {{1, 1}, {1, 1}}, new double[] {0.5, 0.5});
    assertThat(w).containsOnly(Double.NaN);
  }

  // ---- ground truth and the naive reference -------------------------------------------------

  @ParameterizedTest
  @ValueSource(longs = {3L, 2026L})
  void analyse_generatedScaleOutcome_matchesNaiveReferenceAndTruth(long seed) {
    DriverTesting.Generated g = DriverTesting.generate(seed, 3000, OutcomeKind.SCALE);
    DriverReport report = KeyDriverAnalysis.create().analyse(g.data());
    String info = "seed " + seed;
    int n = g.data().size();
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = g.data().outcome(i);
    }
    for (int j = 0; j < 4; j++) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = g.data().rating(j, i);
      }
      assertThat(report.drivers().get(j).importance().value())
          .as(info)
          .isCloseTo(DriverTesting.naivePearson(x, y), within(1e-9));
    }
    // R^2: the sum of the relative weights against OLS on the complete cases
    int complete = (int) report.completeCases();
    double[][] cx = new double[4][complete];
    double[] cy = new double[complete];
    int k = 0;
    for (int i = 0; i < n; i++) {
      boolean all = true;
      for (int j = 0; j < 4; j++) {
        all &= !Double.isNaN(g.data().rating(j, i));
      }
      if (all) {
        for (int j = 0; j < 4; j++) {
          cx[j][k] = g.data().rating(j, i);
        }
        cy[k++] = y[i];
      }
    }
    assertThat(k).isEqualTo(complete);
    assertThat(report.rSquared()).as(info).isCloseTo(DriverTesting.olsRSquared(cx, cy), within(1e-9));
    // truth: independent drivers, so weight_j ~ b_j^2 var(x_j) / var(y); strong >> weak
    assertThat(report.driver("a").relativeWeight()).isGreaterThan(5 * report.driver("c").relativeWeight());
    assertThat(report.driver("b").relativeWeight()).isGreaterThan(5 * report.driver("d").relativeWeight());
    assertThat(report.driver("a").quadrant()).as(info).isEqualTo(Quadrant.CONCENTRATE_HERE);
    assertThat(report.driver("b").quadrant()).as(info).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
    assertThat(report.driver("c").quadrant()).as(info).isEqualTo(Quadrant.LOW_PRIORITY);
    assertThat(report.driver("d").quadrant()).as(info).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
    // the split points are the means over the drivers
    double meanImportance = 0;
    double meanPerformance = 0;
    for (DriverResult d : report.drivers()) {
      meanImportance += d.importance().value() / 4;
      meanPerformance += d.performanceMean().mean() / 4;
    }
    assertThat(report.importanceSplit()).isCloseTo(meanImportance, within(1e-12));
    assertThat(report.performanceSplit()).isCloseTo(meanPerformance, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(ImportanceMeasure.class)
  void analyse_generatedBinaryOutcome_quadrantsFollowTruth(ImportanceMeasure measure) {
    DriverTesting.Generated g = DriverTesting.generate(11L, 3000, OutcomeKind.BINARY);
    DriverReport report = KeyDriverAnalysis.create().withImportance(measure).analyse(g.data());
    assertThat(report.outcome()).isEqualTo(OutcomeKind.BINARY);
    assertThat(report.driver("a").quadrant()).isEqualTo(Quadrant.CONCENTRATE_HERE);
    assertThat(report.driver("b").quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
    assertThat(report.driver("c").quadrant()).isEqualTo(Quadrant.LOW_PRIORITY);
    assertThat(report.driver("d").quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
    double shares = 0;
    for (DriverResult d : report.drivers()) {
      shares += d.relativeWeightPercent();
    }
    assertThat(shares).isCloseTo(100, within(1e-9));
  }

  @Test
  void analyse_fixedSplit_placesBySplitWithTiesHigh() {
    DriverReport report =
        KeyDriverAnalysis.create()
            .withSplit(QuadrantSplit.fixed(DriverTesting.R5, 3.0))
            .analyse(oneDriver(OutcomeKind.SCALE, DriverTesting.X5, DriverTesting.Y5));
    // importance == split and performance == split: both count as high
    assertThat(report.driver("x").quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
    assertThat(report.importanceSplit()).isEqualTo(DriverTesting.R5);
  }

  // ---- empty and bad input --------------------------------------------------------------------

  @Test
  void analyse_empty_emptyEstimatesNotZero() {
    DriverReport report =
        KeyDriverAnalysis.create()
            .analyse(DriverDataset.create(List.of("x", "z"), Scale.CSAT, OutcomeKind.SCALE));
    assertThat(report.n()).isZero();
    assertThat(report.rSquared()).isNaN();
    assertThat(report.drivers())
        .allSatisfy(
            d -> {
              assertThat(d.importance().isEmpty()).isTrue();
              assertThat(d.performanceMean().isEmpty()).isTrue();
              assertThat(d.performanceTop2().isEmpty()).isTrue();
              assertThat(d.quadrant()).isEqualTo(Quadrant.UNDETERMINED);
            });
  }

  @Test
  void analyse_constantOutcome_importanceEmpty() {
    DriverReport report =
        KeyDriverAnalysis.create()
            .analyse(oneDriver(OutcomeKind.SCALE, DriverTesting.X5, new double[] {3, 3, 3, 3, 3}));
    assertThat(report.driver("x").importance().isEmpty()).isTrue();
    assertThat(report.driver("x").quadrant()).isEqualTo(Quadrant.UNDETERMINED);
    assertThat(report.driver("x").performanceMean().mean()).isEqualTo(3);
  }

  @Test
  void add_nanRating_rejectedAndNothingAdded() {
    DriverDataset data = DriverDataset.create(List.of("x"), Scale.CSAT, OptionalInt.of(0), OutcomeKind.SCALE);
    assertThatThrownBy(() -> data.add(1, Double.NaN))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("rating of driver 'x' (NaN) must be between 1 and 5 (csat scale) or the not-applicable code 0");
    assertThat(data.size()).isZero();
  }

  @Test
  void add_unknownNaCodeWithoutCode_rejected() {
    DriverDataset data = DriverDataset.create(List.of("x"), Scale.CSAT, OutcomeKind.SCALE);
    assertThatThrownBy(() -> data.add(1, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("rating of driver 'x' (0.0) must be between 1 and 5 (csat scale), and no not-applicable code is set");
  }

  @Test
  void add_otherCodeThanNaCode_rejected() {
    DriverDataset data = DriverDataset.create(List.of("x"), Scale.CSAT, OptionalInt.of(0), OutcomeKind.SCALE);
    assertThatThrownBy(() -> data.add(1, 9)).isInstanceOf(CemArgumentException.class).hasMessageContaining("(9.0)");
  }

  @Test
  void create_naCodeOnScale_rejected() {
    assertThatThrownBy(() -> DriverDataset.create(List.of("x"), Scale.CSAT, OptionalInt.of(3), OutcomeKind.SCALE))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("not-applicable code (3) must be off the csat scale (1..5)");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 2, -1, Double.NaN})
  void add_badBinaryOutcome_rejected(double outcome) {
    DriverDataset data = DriverDataset.create(List.of("x"), Scale.CSAT, OutcomeKind.BINARY);
    assertThatThrownBy(() -> data.add(outcome, 3))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("binary outcome");
  }

  @Test
  void add_wrongRowLength_rejected() {
    DriverDataset data = DriverDataset.create(List.of("x", "z"), Scale.CSAT, OutcomeKind.SCALE);
    assertThatThrownBy(() -> data.add(1, 3))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("row has 1 ratings, expected 2 (one per driver)");
  }

  @Test
  void create_repeatedDriver_rejected() {
    assertThatThrownBy(() -> DriverDataset.create(List.of("x", "x"), Scale.CSAT, OutcomeKind.SCALE))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must not repeat");
  }

  @Test
  void driver_unknownName_rejected() {
    DriverReport report =
        KeyDriverAnalysis.create().analyse(oneDriver(OutcomeKind.SCALE, DriverTesting.X5, DriverTesting.Y5));
    assertThatThrownBy(() -> report.driver("nope")).isInstanceOf(CemArgumentException.class);
  }
}
