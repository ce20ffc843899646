package dev.cem.metrics;

import static dev.cem.metrics.NpsTesting.Z95;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.NpsTesting.Counts;
import dev.cem.metrics.internal.NpsStatistics;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NpsResultTest {

  static Stream<Counts> allCounts() {
    return Arrays.stream(NpsTesting.ALL);
  }

  // R package NPS: nps_var and nps_se of counts 3/2/1.
  @Test
  void of_rPackageExample_varianceFiveNinthsAndSe0304() {
    NpsResult r = NpsResult.of(3, 2, 1);
    assertThat(r.variance()).isCloseTo(5.0 / 9, within(1e-15));
    assertThat(r.estimate().standardError()).isCloseTo(100 * Math.sqrt(5.0 / 9 / 6), within(1e-12));
    assertThat(r.estimate().standardError()).isCloseTo(30.43, within(0.005));
    assertThat(r.estimate().value()).isCloseTo(100.0 * 2 / 6, within(1e-12));
    assertThat(r.n()).isEqualTo(6);
  }

  @ParameterizedTest
  @MethodSource("allCounts")
  void variance_anyCounts_matchesRFormula(Counts c) {
    NpsResult r = NpsResult.of(c.promoters(), c.passives(), c.detractors());
    assertThat(r.estimate().value()).isCloseTo(c.nps(), within(1e-9));
    assertThat(r.variance()).isCloseTo(c.rVariance(), within(1e-12));
    assertThat(r.estimate().standardError())
        .isCloseTo(100 * Math.sqrt(c.rVariance() / c.n()), within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("allCounts")
  void wald_anyCounts_isValuePlusMinusZSeClamped(Counts c) {
    Estimate e = NpsResult.of(c.promoters(), c.passives(), c.detractors(), NpsInterval.WALD, 0.95).estimate();
    double half = Z95 * 100 * Math.sqrt(c.rVariance() / c.n());
    assertThat(e.lower()).isCloseTo(Math.max(-100, c.nps() - half), within(1e-9));
    assertThat(e.upper()).isCloseTo(Math.min(100, c.nps() + half), within(1e-9));
    assertThat(e.method()).isEqualTo("nps-wald");
  }

  // Adjusted Wald of 3/2/1: counts 3.75/3.5/1.75 over 9; centre 2/9; variance (3.5 * 5.5 + 4 *
  // 3.75 * 1.75) / 81 = 45.5 / 81.
  @Test
  void adjustedWald_rExample_handWorked() {
    Estimate e = NpsResult.of(3, 2, 1).estimate();
    double centre = 2.0 / 9;
    double se = Math.sqrt(45.5 / 81 / 9);
    assertThat(e.lower()).isCloseTo(100 * (centre - Z95 * se), within(1e-9));
    assertThat(e.upper()).isCloseTo(100 * (centre + Z95 * se), within(1e-9));
    assertThat(e.method()).isEqualTo("nps-adjusted-wald");
    assertThat(e.confidence()).isEqualTo(0.95);
  }

  @ParameterizedTest
  @MethodSource("allCounts")
  void tango_anyCounts_limitsSolveScoreEquation(Counts c) {
    Estimate e =
        NpsResult.of(c.promoters(), c.passives(), c.detractors(), NpsInterval.TANGO, 0.95)
            .estimate();
    double n = c.n();
    if (c.detractors() < c.n()) {
      assertThat(NpsStatistics.tangoScore(c.promoters(), c.detractors(), n, e.lower() / 100))
          .isCloseTo(Z95, within(1e-6 * Math.sqrt(n)));
    } else {
      assertThat(e.lower()).isEqualTo(-100);
    }
    if (c.promoters() < c.n()) {
      assertThat(NpsStatistics.tangoScore(c.promoters(), c.detractors(), n, e.upper() / 100))
          .isCloseTo(-Z95, within(1e-6 * Math.sqrt(n)));
    } else {
      assertThat(e.upper()).isEqualTo(100);
    }
    assertThat(e.lower()).isLessThanOrEqualTo(e.value());
    assertThat(e.upper()).isGreaterThanOrEqualTo(e.value());
  }

  // With no detractors, Tango's restricted estimate of the detractor share is 0 above the
  // observed NPS and the score equation becomes Wilson's: the upper limit is the Wilson upper
  // limit of P / n (closed form).
  @Test
  void tango_noDetractors_upperIsWilsonUpper() {
    long p = 12;
    long n = 20;
    Estimate e = NpsResult.of(p, n - p, 0, NpsInterval.TANGO, 0.95).estimate();
    double ph = (double) p / n;
    double z2 = Z95 * Z95;
    double wilsonUpper =
        (ph + z2 / (2 * n) + Z95 * Math.sqrt(ph * (1 - ph) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    assertThat(e.upper()).isCloseTo(100 * wilsonUpper, within(1e-9));
  }

  // Naive reference: scan delta on a fine grid and take the outermost points where |Z| <= z.
  @Test
  void tango_typical_matchesGridScan() {
    Counts c = NpsTesting.TYPICAL;
    Estimate e =
        NpsResult.of(c.promoters(), c.passives(), c.detractors(), NpsInterval.TANGO, 0.95)
            .estimate();
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int i = -1_000_000; i <= 1_000_000; i++) {
      double delta = i / 1e6;
      double z = NpsStatistics.tangoScore(c.promoters(), c.detractors(), c.n(), delta);
      if (Math.abs(z) <= Z95) {
        if (Double.isNaN(lo)) {
          lo = delta;
        }
        hi = delta;
      }
    }
    assertThat(e.lower() / 100).isCloseTo(lo, within(1.1e-6));
    assertThat(e.upper() / 100).isCloseTo(hi, within(1.1e-6));
  }

  @Test
  void of_allPromoters_valueHundredSeZero() {
    Estimate e = NpsResult.of(25, 0, 0, NpsInterval.WALD, 0.95).estimate();
    assertThat(e.value()).isEqualTo(100);
    assertThat(e.standardError()).isEqualTo(0);
    assertThat(e.lower()).isEqualTo(100);
    assertThat(e.upper()).isEqualTo(100);
    assertThat(e.reliability()).isEqualTo(Reliability.SMALL_SAMPLE);
  }

  // All detractors: the restricted promoter share is (1 + delta) / 2, so Z(delta) =
  // -sqrt(n (1 + delta) / (1 - delta)) and Z = -z gives delta = -(n - z^2) / (n + z^2).
  @Test
  void tango_allDetractors_closedFormUpper() {
    Estimate e = NpsResult.of(0, 0, 25, NpsInterval.TANGO, 0.95).estimate();
    double z2 = Z95 * Z95;
    assertThat(e.value()).isEqualTo(-100);
    assertThat(e.lower()).isEqualTo(-100);
    assertThat(e.upper()).isCloseTo(-100 * (25 - z2) / (25 + z2), within(1e-9));
  }

  @Test
  void of_noRespondents_isEmptyNeverZero() {
    NpsResult r = NpsResult.of(0, 0, 0);
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.estimate().isEmpty()).isTrue();
    assertThat(r.estimate().valueIfPresent()).isEmpty();
    assertThat(r.estimate().value()).isNaN();
    assertThat(r.variance()).isNaN();
  }

  @Test
  void of_oneRespondent_unreliable() {
    Estimate e = NpsResult.of(1, 0, 0).estimate();
    assertThat(e.value()).isEqualTo(100);
    assertThat(e.reliability()).isEqualTo(Reliability.UNRELIABLE);
  }

  @Test
  void of_negativeCount_rejectedWithValues() {
    assertThatThrownBy(() -> NpsResult.of(-1, 0, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("NPS counts (promoters -1, passives 0, detractors 0) must be >= 0");
  }

  @Test
  void of_countsOverflow_rejected() {
    assertThatThrownBy(() -> NpsResult.of(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("overflow");
  }

  @Test
  void of_badConfidence_rejected() {
    assertThatThrownBy(() -> NpsResult.of(1, 1, 1, NpsInterval.WALD, 1.0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("confidence (1.0)");
  }

  @Test
  void withInterval_sameCounts_otherMethod() {
    NpsResult r = NpsResult.of(3, 2, 1).withInterval(NpsInterval.TANGO, 0.9);
    assertThat(r.estimate().method()).isEqualTo("nps-tango");
    assertThat(r.estimate().confidence()).isEqualTo(0.9);
    assertThat(r.promoters()).isEqualTo(3);
  }
}
