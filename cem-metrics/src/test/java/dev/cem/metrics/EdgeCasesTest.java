package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.Scale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exhaustive small-sample combinations: every method gives a well-formed estimate. */
class EdgeCasesTest {

  // Every NPS count combination with n = 0, 1, 2, 3, for every interval method.
  static Stream<Arguments> smallNps() {
    List<Arguments> rows = new ArrayList<>();
    for (int n = 0; n <= 3; n++) {
      for (int p = 0; p <= n; p++) {
        for (int d = 0; p + d <= n; d++) {
          for (NpsInterval m : NpsInterval.values()) {
            rows.add(Arguments.of(p, n - p - d, d, m));
          }
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}/{1}/{2} {3}")
  @MethodSource("smallNps")
  void nps_smallSamples_wellFormed(int p, int a, int d, NpsInterval method) {
    Estimate e = NpsResult.of(p, a, d, method, 0.95).estimate();
    if (p + a + d == 0) {
      assertThat(e.isEmpty()).isTrue();
      return;
    }
    assertThat(e.value()).isEqualTo(100.0 * (p - d) / (p + a + d));
    assertThat(e.lower()).isBetween(-100.0, 100.0);
    assertThat(e.upper()).isBetween(e.lower(), 100.0);
    assertThat(e.standardError()).isGreaterThanOrEqualTo(0);
    assertThat(e.reliability()).isEqualTo(Reliability.UNRELIABLE);
    if (method != NpsInterval.ADJUSTED_WALD) {
      // Wald and Tango are centred on the observed value.
      assertThat(e.value()).isBetween(e.lower(), e.upper());
    }
  }

  // Every k with n = 0, 1, 2 (k = 0 and k = n included), for every proportion method.
  static Stream<Arguments> smallProportions() {
    List<Arguments> rows = new ArrayList<>();
    for (int n = 0; n <= 2; n++) {
      for (int k = 0; k <= n; k++) {
        for (ProportionInterval m : ProportionInterval.values()) {
          rows.add(Arguments.of(k, n, m));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}/{1} {2}")
  @MethodSource("smallProportions")
  void proportion_smallSamples_wellFormed(int k, int n, ProportionInterval method) {
    Estimate e = ProportionResult.of(k, n, method, 0.95).estimate();
    if (n == 0) {
      assertThat(e.isEmpty()).isTrue();
      return;
    }
    assertThat(e.lower()).isBetween(0.0, e.value());
    assertThat(e.upper()).isBetween(e.value(), 100.0);
  }

  @Test
  void means_nZeroOneTwo() {
    assertThat(MomentsAccumulator.create().snapshot().estimate().isEmpty()).isTrue();
    MomentsAccumulator one = MomentsAccumulator.create();
    one.add(3);
    assertThat(one.snapshot().estimate().lower()).isNaN();
    MomentsAccumulator two = MomentsAccumulator.create();
    two.addAll(3, 3);
    MeanResult r = two.snapshot();
    assertThat(r.variance()).isZero();
    assertThat(r.estimate().lower()).isEqualTo(3.0);
    assertThat(r.estimate().upper()).isEqualTo(3.0);
  }

  @Test
  void durations_nZeroOneTwo() {
    DurationAccumulator acc = DurationAccumulator.create();
    assertThat(acc.snapshot().isEmpty()).isTrue();
    acc.add(Duration.ZERO, Duration.ZERO);
    assertThat(acc.snapshot().p50Seconds()).isZero();
    assertThat(acc.snapshot().slaAttainment()).isEqualTo(ProportionResult.of(1, 1));
    acc.add(Duration.ofMillis(DurationAccumulator.MAX_MILLIS));
    assertThat(acc.snapshot().mean().max()).isEqualTo(DurationAccumulator.MAX_MILLIS / 1000.0);
  }

  // Null policy (STYLE 7): public entry points reject null at the door, naming the parameter.
  @Test
  void publicFactories_null_rejectedNamingParameter() {
    assertThatThrownBy(() -> ProportionAccumulator.topBox(null, 2)).hasMessage("scale");
    assertThatThrownBy(() -> MomentsAccumulator.forScale(null)).hasMessage("scale");
    assertThatThrownBy(() -> NpsAccumulator.create().merge(null)).hasMessage("other");
    assertThatThrownBy(() -> NpsResult.of(1, 1, 1, null, 0.95)).hasMessage("method");
    assertThatThrownBy(() -> ProportionResult.of(1, 1, null, 0.95)).hasMessage("method");
    assertThatThrownBy(() -> DurationAccumulator.create().add(null)).hasMessage("duration");
    assertThatThrownBy(() -> Comparisons.nps(null, NpsResult.of(1, 0, 0))).hasMessage("a");
    assertThatThrownBy(() -> Comparisons.holm(null, 0.05)).hasMessage("comparisons");
    assertThatThrownBy(() -> Availability.series(null)).hasMessage("parts");
    assertThatThrownBy(() -> ColumnarBatch.builder(null, 1)).hasMessage("segment");
    assertThatThrownBy(() -> ColumnarScorer.defaults().score(null)).hasMessage("batch");
    assertThatThrownBy(() -> ColumnarBatch.builder(new int[1], 1).csat(new byte[1], null, 2))
        .hasMessage("scale");
    assertThatThrownBy(() -> MomentsAccumulator.forScale(Scale.CSAT).addAll((int[]) null))
        .hasMessage("values");
  }
}
