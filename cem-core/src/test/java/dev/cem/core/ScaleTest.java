package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Scale arithmetic at its edges; written for mutants that PIT found surviving (docs/quality.md). */
class ScaleTest {

  @Test
  void points_builtInScales_maxMinusMinPlusOne() {
    assertThat(Scale.NPS.points()).isEqualTo(10 - 0 + 1);
    assertThat(Scale.CSAT.points()).isEqualTo(5 - 1 + 1);
    assertThat(Scale.CES.points()).isEqualTo(7 - 1 + 1);
    assertThat(Scale.BINARY.points()).isEqualTo(2);
  }

  @Test
  void check_onScale_returnsValue_offScaleNamesRange() {
    assertThat(Scale.NPS.check(0)).isZero();
    assertThat(Scale.NPS.check(10)).isEqualTo(10);
    assertThat(Scale.CSAT.check(3)).isEqualTo(3);
    assertThatThrownBy(() -> Scale.CSAT.check(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("csat score (0) must be between 1 and 5");
  }
}
