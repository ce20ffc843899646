package dev.cem.metrics;

import static dev.cem.metrics.NpsTesting.Z95;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static final NormalDistribution PHI = NormalDistribution.of(0, 1);

  private static MeanResult mean(double... values) {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.addAll(values);
    return acc.snapshot();
  }

  // R NPS::nps_test two-sample Wald: se = sqrt(var_x / n_x + var_y / n_y), both 5/9 over 6 here.
  @Test
  void nps_wald_rFormula() {
    Comparison c = Comparisons.nps(NpsResult.of(3, 2, 1), NpsResult.of(1, 2, 3));
    double se = 100 * Math.sqrt(2 * (5.0 / 9) / 6);
    double z = (200.0 / 3) / se;
    assertThat(c.difference()).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(c.standardError()).isCloseTo(se, within(1e-12));
    assertThat(c.statistic()).isCloseTo(z, within(1e-12));
    assertThat(c.pValue()).isCloseTo(2 * (1 - PHI.cumulativeProbability(z)), within(1e-12));
    assertThat(c.degreesOfFreedom()).isNaN();
    assertThat(c.significant()).isFalse();
    assertThat(c.method()).isEqualTo("nps-wald-z");
  }

  // Adjusted: 3.75/3.5/1.75 and 1.75/3.5/3.75 over 9; each variance 45.5/81; centres +-2/9.
  @Test
  void nps_adjusted_handWorked() {
    Comparison c =
        Comparisons.nps(
            NpsResult.of(3, 2, 1), NpsResult.of(1, 2, 3), NpsDifference.ADJUSTED_WALD, 0.05);
    double se = 100 * Math.sqrt(2 * 45.5 / 81 / 9);
    assertThat(c.difference()).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(c.standardError()).isCloseTo(se, within(1e-12));
    assertThat(c.statistic()).isCloseTo(100 * (4.0 / 9) / se, within(1e-12));
  }

  // 56/70 vs 48/80: pooled 104/150; the score statistic at delta 0 is 2.65 (cicalc's Mee
  // snapshot, where the Mee score statistic at 0 equals the pooled z).
  @Test
  void proportions_pooledZ_closedFormAndPublished() {
    Comparison c = Comparisons.proportions(ProportionResult.of(56, 70), ProportionResult.of(48, 80));
    double p = 104.0 / 150;
    double se = Math.sqrt(p * (1 - p) * (1.0 / 70 + 1.0 / 80));
    assertThat(c.statistic()).isCloseTo(0.2 / se, within(1e-12));
    assertThat(c.statistic()).isCloseTo(2.65, within(0.005));
    assertThat(c.difference()).isCloseTo(20, within(1e-12));
    assertThat(c.significant()).isTrue();
  }

  @Test
  void proportions_bothAllSuccesses_pOne() {
    Comparison c = Comparisons.proportions(ProportionResult.of(10, 10), ProportionResult.of(5, 5));
    assertThat(c.statistic()).isZero();
    assertThat(c.pValue()).isEqualTo(1);
    assertThat(c.log10PValue()).isZero();
  }

  // a = {0, 2}, b = {10, 12}: variances 2 and 2, v = 1 each, df = 4 / 2 = 2, t = -10 / sqrt 2.
  // With 2 df the two-sided p-value has the closed form 1 - |t| / sqrt(t^2 + 2).
  @Test
  void welch_twoDf_closedFormP() {
    Comparison c = Comparisons.welch(mean(0, 2), mean(10, 12));
    double t = -10 / Math.sqrt(2);
    assertThat(c.degreesOfFreedom()).isCloseTo(2, within(1e-12));
    assertThat(c.statistic()).isCloseTo(t, within(1e-12));
    assertThat(c.pValue()).isCloseTo(1 - Math.abs(t) / Math.sqrt(t * t + 2), within(1e-10));
    assertThat(c.log10PValue()).isCloseTo(Math.log10(c.pValue()), within(1e-12));
  }

  // 1..5 vs {2, 4, 6, 8}: v_a = 2.5/5, v_b = (20/3)/4.
  @Test
  void welch_unequal_satterthwaiteDf() {
    Comparison c = Comparisons.welch(mean(1, 2, 3, 4, 5), mean(2, 4, 6, 8));
    double va = 0.5;
    double vb = 20.0 / 3 / 4;
    double df = (va + vb) * (va + vb) / (va * va / 4 + vb * vb / 3);
    assertThat(c.degreesOfFreedom()).isCloseTo(df, within(1e-12));
    assertThat(c.standardError()).isCloseTo(Math.sqrt(va + vb), within(1e-12));
    assertThat(c.difference()).isEqualTo(-2);
  }

  @Test
  void welch_oneValue_rejected() {
    assertThatThrownBy(() -> Comparisons.welch(mean(1), mean(1, 2)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("sample a (n = 1) needs at least 2 values for a t test");
  }

  @Test
  void nps_emptySample_rejected() {
    assertThatThrownBy(() -> Comparisons.nps(NpsResult.of(0, 0, 0), NpsResult.of(1, 0, 0)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("sample a is empty (n = 0): nothing to compare");
  }

  // Enormous samples: p underflows to 0 but log10 p stays finite and matches the asymptotic
  // expansion log Q(z) = -z^2/2 - log z - log sqrt(2 pi) + log(1 - 1/z^2 + 3/z^4 - 15/z^6).
  @Test
  void proportions_hugeSamples_log10PFiniteWhereUnderflows() {
    long n = 1L << 40;
    Comparison c =
        Comparisons.proportions(ProportionResult.of(n / 2, n), ProportionResult.of(n / 4, n));
    double z = c.statistic();
    assertThat(z).isGreaterThan(40);
    assertThat(c.pValue()).isZero();
    double expected = StatisticsTesting.log10TwoSidedNormalAsymptotic(z);
    assertThat(c.log10PValue()).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    assertThat(c.significant()).isTrue();
  }

  // Holm, hand-worked: p = (0.01, 0.04, 0.03, 0.005), m = 4. Sorted: 0.005*4 = 0.02, 0.01*3 =
  // 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> running max 0.06.
  @Test
  void holm_fourPValues_handWorked() {
    List<Comparison> raw =
        List.of(withP(0.01), withP(0.04), withP(0.03), withP(0.005));
    List<Comparison> adjusted = Comparisons.holm(raw, 0.05);
    assertThat(adjusted.get(0).pValue()).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted.get(1).pValue()).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted.get(2).pValue()).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted.get(3).pValue()).isCloseTo(0.02, within(1e-12));
    assertThat(adjusted).extracting(Comparison::significant).containsExactly(true, false, false, true);
    assertThat(adjusted.get(0).method()).isEqualTo("test+holm");
  }

  @Test
  void holm_tinyPValues_adjustInLogSpace() {
    Comparison tiny =
        new Comparison("test", 1, 1, 50, Double.NaN, 0, -545.0, 0.05, true);
    List<Comparison> adjusted = Comparisons.holm(List.of(tiny, withP(0.5)), 0.05);
    assertThat(adjusted.get(0).log10PValue()).isCloseTo(-545 + Math.log10(2), within(1e-12));
    assertThat(adjusted.get(0).significant()).isTrue();
    assertThat(adjusted.get(1).pValue()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void holm_empty_isEmpty() {
    assertThat(Comparisons.holm(List.of(), 0.05)).isEmpty();
  }

  private static Comparison withP(double p) {
    return new Comparison("test", 0, 1, 0, Double.NaN, p, Math.log10(p), 0.05, p < 0.05);
  }
}
