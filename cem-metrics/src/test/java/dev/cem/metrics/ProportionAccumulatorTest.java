package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.core.Scale;
import org.junit.jupiter.api.Test;

class ProportionAccumulatorTest {

  @Test
  void topBox_csatTop2_countsFourAndFive() {
    ProportionAccumulator acc = ProportionAccumulator.topBox(Scale.CSAT, 2);
    acc.addAll(1, 2, 3, 4, 5, 5);
    assertThat(acc.successes()).isEqualTo(3);
    assertThat(acc.trials()).isEqualTo(6);
    assertThat(acc.threshold()).isEqualTo(4);
    assertThat(acc.snapshot()).isEqualTo(ProportionResult.of(3, 6));
  }

  @Test
  void topBox_top1_countsOnlyFive() {
    ProportionAccumulator acc = ProportionAccumulator.topBox(Scale.CSAT, 1);
    acc.addAll(4, 5, 5);
    assertThat(acc.successes()).isEqualTo(2);
  }

  @Test
  void topBox_boxTooLarge_rejected() {
    assertThatThrownBy(() -> ProportionAccumulator.topBox(Scale.CSAT, 5))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("top box (5) for scale 'csat' must be between 1 and 4");
  }

  @Test
  void add_offScale_rejectedAndUnchanged() {
    ProportionAccumulator acc = ProportionAccumulator.topBox(Scale.CSAT, 2);
    assertThatThrownBy(() -> acc.add(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("csat score (0) must be between 1 and 5");
    assertThat(acc.isEmpty()).isTrue();
  }

  @Test
  void binary_booleans_countYes() {
    ProportionAccumulator acc = ProportionAccumulator.binary();
    acc.addAll(true, false, true, true);
    acc.add(false);
    acc.add(1);
    assertThat(acc.successes()).isEqualTo(4);
    assertThat(acc.trials()).isEqualTo(6);
  }

  @Test
  void merge_otherBox_rejectedNamingBoth() {
    ProportionAccumulator top2 = ProportionAccumulator.topBox(Scale.CSAT, 2);
    ProportionAccumulator top1 = ProportionAccumulator.topBox(Scale.CSAT, 1);
    assertThatThrownBy(() -> top2.merge(top1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("threshold 5")
        .hasMessageContaining("threshold 4");
  }

  @Test
  void merge_otherScale_rejected() {
    ProportionAccumulator csat = ProportionAccumulator.topBox(Scale.CSAT, 2);
    ProportionAccumulator likert = ProportionAccumulator.topBox(Scale.LIKERT_5, 2);
    assertThatThrownBy(() -> csat.merge(likert)).isInstanceOf(CemArgumentException.class);
  }

  @Test
  void merge_self_rejected() {
    ProportionAccumulator acc = ProportionAccumulator.binary();
    assertThatThrownBy(() -> acc.merge(acc)).isInstanceOf(CemStateException.class);
  }

  @Test
  void merge_emptyOther_isNoOp() {
    ProportionAccumulator acc = ProportionAccumulator.binary();
    acc.add(true);
    acc.merge(ProportionAccumulator.binary());
    assertThat(acc.snapshot()).isEqualTo(ProportionResult.of(1, 1));
  }

  @Test
  void merge_split_equalsPooled() {
    ProportionAccumulator a = ProportionAccumulator.binary();
    ProportionAccumulator b = ProportionAccumulator.binary();
    a.addCounts(30, 100);
    b.addCounts(12, 50);
    a.merge(b);
    assertThat(a.snapshot()).isEqualTo(ProportionResult.of(42, 150));
    assertThat(b.trials()).isEqualTo(50);
  }

  @Test
  void addCounts_overflow_failsLoudly() {
    ProportionAccumulator acc = ProportionAccumulator.binary();
    acc.addCounts(0, Long.MAX_VALUE);
    assertThatThrownBy(() -> acc.addCounts(0, 1))
        .isInstanceOf(CemArgumentException.class)
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThat(acc.trials()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void addCounts_successesAboveTrials_rejected() {
    assertThatThrownBy(() -> ProportionAccumulator.binary().addCounts(3, 2))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("successes (3) must be between 0 and trials (2), and trials >= 0");
  }
}
