package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import org.junit.jupiter.api.Test;

class NpsAccumulatorTest {

  @Test
  void add_zeroToTen_categoriesAtSixAndEightBoundaries() {
    NpsAccumulator acc = NpsAccumulator.create();
    for (int s = 0; s <= 10; s++) {
      acc.add(s);
    }
    assertThat(acc.detractors()).isEqualTo(7);
    assertThat(acc.passives()).isEqualTo(2);
    assertThat(acc.promoters()).isEqualTo(2);
    assertThat(acc.snapshot().estimate().value()).isEqualTo(100.0 * (2 - 7) / 11);
  }

  @Test
  void add_scoreEleven_rejectedNamingRange() {
    NpsAccumulator acc = NpsAccumulator.create();
    assertThatThrownBy(() -> acc.add(11))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("nps score (11) must be between 0 and 10");
    assertThat(acc.isEmpty()).isTrue();
  }

  @Test
  void addAll_oneInvalid_nothingAdded() {
    NpsAccumulator acc = NpsAccumulator.create();
    assertThatThrownBy(() -> acc.addAll(10, 9, -1)).isInstanceOf(CemArgumentException.class);
    assertThat(acc.count()).isZero();
  }

  @Test
  void addAll_rExampleScores_countsThreeTwoOne() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addAll(10, 9, 9, 8, 7, 3);
    assertThat(acc.snapshot()).isEqualTo(NpsResult.of(3, 2, 1));
  }

  @Test
  void snapshot_laterAdds_doNotChangeIt() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.add(10);
    NpsResult first = acc.snapshot();
    acc.add(0);
    assertThat(first.promoters()).isEqualTo(1);
    assertThat(first.detractors()).isZero();
    assertThat(acc.snapshot().detractors()).isEqualTo(1);
  }

  @Test
  void snapshot_empty_isEmptyEstimate() {
    assertThat(NpsAccumulator.create().snapshot().estimate().isEmpty()).isTrue();
  }

  @Test
  void merge_split_equalsSequential() {
    int[] scores = {0, 3, 6, 7, 8, 9, 10, 10, 9, 5, 1, 8};
    NpsAccumulator all = NpsAccumulator.create();
    all.addAll(scores);
    NpsAccumulator a = NpsAccumulator.create();
    NpsAccumulator b = NpsAccumulator.create();
    for (int i = 0; i < scores.length; i++) {
      (i % 3 == 0 ? a : b).add(scores[i]);
    }
    b.merge(a);
    assertThat(b.snapshot()).isEqualTo(all.snapshot());
  }

  @Test
  void merge_emptyOther_isNoOp() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addAll(10, 0);
    acc.merge(NpsAccumulator.create());
    assertThat(acc.snapshot()).isEqualTo(NpsResult.of(1, 0, 1));
  }

  @Test
  void merge_self_rejected() {
    NpsAccumulator acc = NpsAccumulator.create();
    assertThatThrownBy(() -> acc.merge(acc))
        .isInstanceOf(CemStateException.class)
        .hasMessage("cannot merge an NPS accumulator into itself");
  }

  @Test
  void merge_countsOverflow_failsLoudlyAndUnchanged() {
    NpsAccumulator a = NpsAccumulator.create();
    a.addCounts(Long.MAX_VALUE - 1, 0, 0);
    NpsAccumulator b = NpsAccumulator.create();
    b.addCounts(0, 2, 0);
    assertThatThrownBy(() -> a.merge(b))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("overflow")
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThat(a.passives()).isZero();
  }

  @Test
  void addCounts_near2pow40_exact() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addCounts(1L << 40, 1L << 40, 1L << 40);
    acc.add(10);
    assertThat(acc.promoters()).isEqualTo((1L << 40) + 1);
    assertThat(acc.snapshot().estimate().value())
        .isCloseTo(100.0 / (3 * (1L << 40) + 1), within(1e-25));
  }

  @Test
  void addAll_result_addsItsCounts() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addAll(NpsResult.of(4, 5, 6));
    acc.addAll(NpsResult.of(1, 0, 0));
    assertThat(acc.snapshot()).isEqualTo(NpsResult.of(5, 5, 6));
  }
}
