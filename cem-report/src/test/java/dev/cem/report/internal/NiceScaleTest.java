package dev.cem.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

  static Stream<Arguments> data_ranges() {
    return Stream.of(
        // typical ranges: 1-2-5 steps
        Arguments.of(0, 100, 6, 0, 100, 20),
        Arguments.of(-100, 100, 6, -100, 100, 50),
        Arguments.of(0.4, 38.6, 6, 0, 40, 10),
        Arguments.of(1.5, 3.2, 6, 1.5, 3.5, 0.5),
        Arguments.of(0, 1, 6, 0, 1, 0.2),
        // all values equal: widened by 10% (or 1 around zero), never a zero-width range
        Arguments.of(30, 30, 6, 26, 34, 2),
        Arguments.of(0, 0, 6, -1, 1, 0.5),
        // no finite values: 0..1
        Arguments.of(Double.NaN, Double.NaN, 6, 0, 1, 0.2));
  }

  @ParameterizedTest
  @MethodSource("data_ranges")
  void of_range_niceBoundsAndStep(
      double lo, double hi, int ticks, double min, double max, double step) {
    NiceScale s = NiceScale.of(lo, hi, ticks);
    assertThat(s.min()).isCloseTo(min, within(1e-9));
    assertThat(s.max()).isCloseTo(max, within(1e-9));
    assertThat(s.step()).isCloseTo(step, within(1e-9));
    assertThat(s.max()).isGreaterThan(s.min());
  }

  @Test
  void ticks_fractionalStep_roundedAndLabelledWithRootLocale() {
    NiceScale s = NiceScale.of(1.5, 3.2, 6);
    assertThat(s.ticks()).containsExactly(1.5, 2.0, 2.5, 3.0, 3.5);
    // Tests run under a Turkish locale: a comma here would mean the default locale leaked.
    assertThat(s.ticks().stream().map(s::label)).containsExactly("1.5", "2.0", "2.5", "3.0", "3.5");
  }

  @Test
  void over_skipsNaN() {
    NiceScale s = NiceScale.over(Arrays.asList(Double.NaN, 10.0, 20.0, Double.NaN), 6);
    assertThat(s.min()).isEqualTo(10);
    assertThat(s.max()).isEqualTo(20);
  }

  @Test
  void map_endsAndMiddle_linear() {
    NiceScale s = NiceScale.of(0, 100, 6);
    assertThat(s.map(0, 200, 0)).isEqualTo(200);
    assertThat(s.map(100, 200, 0)).isEqualTo(0);
    assertThat(s.map(25, 200, 0)).isEqualTo(150);
  }

  @Test
  void niceNumber_roundsToOneTwoFiveTimesPowerOfTen() {
    List<Double> got =
        Stream.of(0.013, 0.25, 1.2, 2.6, 6.9, 7.1, 440.0)
            .map(x -> NiceScale.niceNumber(x, true))
            .toList();
    assertThat(got).containsExactly(0.01, 0.2, 1.0, 2.0, 5.0, 10.0, 500.0);
  }
}
