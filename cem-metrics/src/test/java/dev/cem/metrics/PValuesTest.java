package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.metrics.internal.PValues;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PValuesTest {

  @Test
  void twoSidedNormal_knownValues() {
    assertThat(PValues.twoSidedNormal(1.959963984540054)).isCloseTo(0.05, within(1e-15));
    // 2 (1 - Phi(3)) = 0.0026997960632601866 (R: 2 * pnorm(-3)).
    assertThat(PValues.twoSidedNormal(-3)).isCloseTo(0.0026997960632601866, within(1e-17));
    assertThat(PValues.twoSidedNormal(0)).isEqualTo(1);
  }

  // Where both are representable, the continued fraction agrees with log of the direct tail.
  @ParameterizedTest
  @ValueSource(doubles = {5, 10, 20, 30, 37})
  void logNormalSurvival_overlap_agreesWithDirect(double z) {
    double direct = Math.log(0.5 * PValues.twoSidedNormal(z));
    assertThat(PValues.logNormalSurvival(z)).isCloseTo(direct, within(1e-12 * Math.abs(direct)));
  }

  // Far tail: asymptotic expansion with four terms, relative error < 105 / z^8.
  @ParameterizedTest
  @ValueSource(doubles = {40, 100, 1e4, 1e100})
  void log10TwoSidedNormal_farTail_matchesAsymptoticSeries(double z) {
    double expected = StatisticsTesting.log10TwoSidedNormalAsymptotic(z);
    assertThat(PValues.log10TwoSidedNormal(z)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    assertThat(PValues.log10TwoSidedNormal(-z)).isEqualTo(PValues.log10TwoSidedNormal(z));
  }

  @Test
  void log10TwoSidedNormal_infinite_isMinusInfinity() {
    assertThat(PValues.log10TwoSidedNormal(Double.POSITIVE_INFINITY))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(PValues.log10TwoSidedNormal(Double.NaN)).isNaN();
  }

  // Student t tail in log space vs the direct survival function where both are representable.
  @ParameterizedTest
  @ValueSource(doubles = {1, 2, 3.5, 10, 57})
  void logTSurvival_overlap_agreesWithDirect(double df) {
    double t = 60;
    double direct = Math.log(TDistribution.of(df).survivalProbability(t));
    assertThat(PValues.logTSurvival(t, df)).isCloseTo(direct, within(1e-10 * Math.abs(direct)));
  }

  // Cauchy (1 df): two-sided p = 1 - (2/pi) atan|t| ~ 2 / (pi t); at t = 1e300 p ~ 6.4e-301.
  @Test
  void log10TwoSidedT_oneDfFarTail_closedForm() {
    double t = 1e300;
    assertThat(PValues.log10TwoSidedT(t, 1))
        .isCloseTo(Math.log10(2 / Math.PI) - 300, within(1e-10));
  }

  // 2 df: two-sided p = 1 - t / sqrt(t^2 + 2) ~ 1 / t^2; at t = 1e200, log10 p = -400.
  @Test
  void log10TwoSidedT_twoDfUnderflow_closedForm() {
    assertThat(PValues.twoSidedT(1e200, 2)).isZero();
    assertThat(PValues.log10TwoSidedT(1e200, 2)).isCloseTo(-400, within(1e-10));
  }
}
