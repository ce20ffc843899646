package dev.cem.metrics;

import static dev.cem.metrics.NpsTesting.Z95;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.ProportionTesting.Published;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProportionResultTest {

  static Stream<Published> newcombe() {
    return Arrays.stream(ProportionTesting.NEWCOMBE_1998);
  }

  // Newcombe (1998) Table II, methods 3, 4 and 5: agree to the 4 published decimals.
  @ParameterizedTest
  @MethodSource("newcombe")
  void interval_newcombe1998_matchesPublishedFourDecimals(Published row) {
    Estimate e = ProportionResult.of(row.k(), row.n(), row.method(), 0.95).estimate();
    assertThat(e.lower() / 100).isCloseTo(row.lower(), within(0.5e-4 + 1e-12));
    assertThat(e.upper() / 100).isCloseTo(row.upper(), within(0.5e-4 + 1e-12));
    assertThat(e.value()).isCloseTo(100.0 * row.k() / row.n(), within(1e-12));
  }

  // Wilson closed form on 81/263 at full precision.
  @Test
  void wilson_81of263_closedForm() {
    double n = 263;
    double p = 81 / n;
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    Estimate e = ProportionResult.of(81, 263).estimate();
    assertThat(e.lower()).isCloseTo(100 * (centre - half), within(1e-10));
    assertThat(e.upper()).isCloseTo(100 * (centre + half), within(1e-10));
    assertThat(e.standardError()).isCloseTo(100 * Math.sqrt(p * (1 - p) / n), within(1e-12));
    assertThat(e.method()).isEqualTo("wilson");
  }

  // Agresti-Coull closed form: n~ = n + z^2, p~ = (k + z^2/2) / n~.
  @Test
  void agrestiCoull_15of148_closedForm() {
    double nt = 148 + Z95 * Z95;
    double pt = (15 + Z95 * Z95 / 2) / nt;
    double half = Z95 * Math.sqrt(pt * (1 - pt) / nt);
    Estimate e = ProportionResult.of(15, 148, ProportionInterval.AGRESTI_COULL, 0.95).estimate();
    assertThat(e.lower()).isCloseTo(100 * (pt - half), within(1e-10));
    assertThat(e.upper()).isCloseTo(100 * (pt + half), within(1e-10));
  }

  // Jeffreys at k = 0: the upper limit is the 0.975 quantile of Beta(1/2, n + 1/2); for n = 1
  // that is Beta(1/2, 3/2), whose cdf is (2/pi)(asin(sqrt x) - sqrt(x (1 - x)))... solved here by
  // checking the cdf at the returned limit.
  @Test
  void jeffreys_zeroOfOne_upperSolvesBetaCdf() {
    Estimate e = ProportionResult.of(0, 1, ProportionInterval.JEFFREYS, 0.95).estimate();
    double x = e.upper() / 100;
    double cdf = 2 / Math.PI * (Math.asin(Math.sqrt(x)) + Math.sqrt(x * (1 - x)));
    // Beta(1/2, 3/2) cdf: I_x(1/2, 3/2) = (2/pi)(asin(sqrt x) + sqrt(x(1-x))).
    assertThat(cdf).isCloseTo(0.975, within(1e-9));
    assertThat(e.lower()).isEqualTo(0);
  }

  // Clopper-Pearson at k = 0 has the closed form upper = 1 - (alpha/2)^(1/n).
  @Test
  void clopperPearson_zeroSuccesses_closedForm() {
    Estimate e = ProportionResult.of(0, 20, ProportionInterval.CLOPPER_PEARSON, 0.95).estimate();
    assertThat(e.upper() / 100).isCloseTo(1 - Math.pow(0.025, 1.0 / 20), within(1e-12));
    assertThat(e.lower()).isEqualTo(0);
  }

  // ... and at k = n, lower = (alpha/2)^(1/n).
  @Test
  void clopperPearson_allSuccesses_closedForm() {
    Estimate e = ProportionResult.of(20, 20, ProportionInterval.CLOPPER_PEARSON, 0.95).estimate();
    assertThat(e.lower() / 100).isCloseTo(Math.pow(0.025, 1.0 / 20), within(1e-12));
    assertThat(e.upper()).isEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(ProportionInterval.class)
  void interval_kZeroAndKn_boundsInsideZeroHundred(ProportionInterval method) {
    for (long n : new long[] {1, 2, 30, 1L << 40}) {
      Estimate none = ProportionResult.of(0, n, method, 0.95).estimate();
      Estimate all = ProportionResult.of(n, n, method, 0.95).estimate();
      assertThat(none.lower()).isEqualTo(0);
      assertThat(none.value()).isEqualTo(0);
      assertThat(none.upper()).isBetween(0.0, 100.0);
      assertThat(all.upper()).isEqualTo(100);
      assertThat(all.value()).isEqualTo(100);
      assertThat(all.lower()).isBetween(0.0, 100.0);
    }
  }

  // Near 2^40 trials the interval is value +- z SE to within 1e-9 points for every method.
  @ParameterizedTest
  @EnumSource(ProportionInterval.class)
  void interval_countsNear2pow40_approachWald(ProportionInterval method) {
    long n = 1L << 40;
    long k = n / 3;
    Estimate e = ProportionResult.of(k, n, method, 0.95).estimate();
    double p = (double) k / n;
    double half = 100 * Z95 * Math.sqrt(p * (1 - p) / n);
    assertThat(e.lower()).isCloseTo(100 * p - half, within(1e-6));
    assertThat(e.upper()).isCloseTo(100 * p + half, within(1e-6));
  }

  @Test
  void of_noTrials_isEmpty() {
    ProportionResult r = ProportionResult.of(0, 0);
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.estimate().isEmpty()).isTrue();
    assertThat(r.estimate().method()).isEqualTo("wilson");
  }

  @Test
  void of_successesAboveTrials_rejected() {
    assertThatThrownBy(() -> ProportionResult.of(5, 4))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("successes (5) must be between 0 and trials (4)");
  }

  @Test
  void of_oneTrial_unreliableButComputed() {
    Estimate e = ProportionResult.of(1, 1).estimate();
    assertThat(e.value()).isEqualTo(100);
    assertThat(e.isUnreliable()).isTrue();
    assertThat(e.lower()).isGreaterThan(0);
  }

  @Test
  void failures_isTrialsMinusSuccesses() {
    assertThat(ProportionResult.of(3, 10).failures()).isEqualTo(7);
  }
}
