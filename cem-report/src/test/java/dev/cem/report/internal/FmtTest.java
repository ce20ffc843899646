package dev.cem.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {

  @Test
  void fixed_negativeZero_printedAsZero() {
    assertThat(Fmt.fixed(-0.0, 2)).isEqualTo("0.00");
    assertThat(Fmt.fixed(-0.001, 2)).isEqualTo("0.00");
    assertThat(Fmt.fixed(-0.01, 2)).isEqualTo("-0.01");
  }

  @Test
  void fixed_turkishDefaultLocale_usesPoint() {
    assertThat(Fmt.fixed(1234.5, 1)).isEqualTo("1234.5");
  }

  @Test
  void value_nan_isDashNeverZero() {
    assertThat(Fmt.value(Double.NaN)).isEqualTo("\u2014");
  }

  @Test
  void value_magnitude_choosesDecimals() {
    assertThat(Fmt.value(4.234)).isEqualTo("4.23");
    assertThat(Fmt.value(32.54)).isEqualTo("32.5");
    assertThat(Fmt.value(-12.25)).isEqualTo("-12.3");
  }

  @Test
  void interval_missingBound_isDash() {
    assertThat(Fmt.interval(4.2, Double.NaN, 5)).isEqualTo("\u2014");
    assertThat(Fmt.interval(32.5, 26.44, 38.61)).isEqualTo("[26.4, 38.6]");
  }

  @Test
  void percent_share_wholePercent() {
    assertThat(Fmt.percent(0.854)).isEqualTo("85%");
    assertThat(Fmt.percent(Double.NaN)).isEqualTo("\u2014");
  }
}
