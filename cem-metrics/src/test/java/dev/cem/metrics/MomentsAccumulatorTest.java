package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.core.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MomentsAccumulatorTest {

  /** qt(0.975, 4) in R. */
  private static final double T4 = 2.7764451051977987;

  // 1..5: mean 3, M2 = 4 + 1 + 0 + 1 + 4 = 10, variance 10/4, SE sqrt(2.5 / 5).
  @Test
  void snapshot_oneToFive_closedForm() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.addAll(1.0, 2.0, 3.0, 4.0, 5.0);
    MeanResult r = acc.snapshot();
    assertThat(r.count()).isEqualTo(5);
    assertThat(r.mean()).isEqualTo(3.0);
    assertThat(r.variance()).isCloseTo(2.5, within(1e-15));
    assertThat(r.min()).isEqualTo(1.0);
    assertThat(r.max()).isEqualTo(5.0);
    Estimate e = r.estimate();
    assertThat(e.standardError()).isCloseTo(Math.sqrt(0.5), within(1e-15));
    assertThat(e.lower()).isCloseTo(3 - T4 * Math.sqrt(0.5), within(1e-12));
    assertThat(e.upper()).isCloseTo(3 + T4 * Math.sqrt(0.5), within(1e-12));
    assertThat(e.method()).isEqualTo("t");
  }

  @Test
  void snapshot_empty_isEmptyNotZero() {
    MeanResult r = MomentsAccumulator.create().snapshot();
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.mean()).isNaN();
    assertThat(r.estimate().isEmpty()).isTrue();
  }

  @Test
  void snapshot_oneValue_varianceAndIntervalUndefined() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.add(4.5);
    MeanResult r = acc.snapshot();
    assertThat(r.mean()).isEqualTo(4.5);
    assertThat(r.variance()).isNaN();
    assertThat(r.estimate().standardError()).isNaN();
    assertThat(r.estimate().lower()).isNaN();
    assertThat(r.estimate().reliability()).isEqualTo(Reliability.UNRELIABLE);
  }

  // Two values a, b: mean (a + b) / 2, variance (a - b)^2 / 2.
  @Test
  void snapshot_twoValues_closedForm() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.addAll(2.0, 7.0);
    assertThat(acc.snapshot().variance()).isEqualTo(12.5);
    assertThat(acc.mean()).isEqualTo(4.5);
  }

  // Large offset: Welford with a compensated sum keeps the variance of 1e9 + {4, 7, 13, 16}
  // (variance 30, as for {4, 7, 13, 16}); the naive sum-of-squares formula loses it.
  @Test
  void add_largeOffset_varianceStable() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.addAll(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
    assertThat(acc.snapshot().variance()).isCloseTo(30.0, within(1e-6));
    assertThat(acc.mean()).isEqualTo(1e9 + 10);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void add_nonFinite_rejectedAndUnchanged(double bad) {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.add(1);
    assertThatThrownBy(() -> acc.add(bad))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("value (" + bad + ") must be a finite number");
    assertThat(acc.count()).isEqualTo(1);
  }

  @Test
  void addAll_nanInMiddle_nothingAdded() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    assertThatThrownBy(() -> acc.addAll(1.0, Double.NaN, 2.0))
        .isInstanceOf(CemArgumentException.class);
    assertThat(acc.isEmpty()).isTrue();
  }

  @Test
  void add_overflowingSum_rejected() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.add(Double.MAX_VALUE);
    assertThatThrownBy(() -> acc.add(Double.MAX_VALUE))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("overflow");
    assertThat(acc.count()).isEqualTo(1);
  }

  @Test
  void forScale_offScaleOrFraction_rejected() {
    MomentsAccumulator ces = MomentsAccumulator.forScale(Scale.CES);
    assertThatThrownBy(() -> ces.add(8))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("ces score (8.0) must be an integer between 1 and 7");
    assertThatThrownBy(() -> ces.add(2.5)).isInstanceOf(CemArgumentException.class);
  }

  @Test
  void merge_otherScale_rejected() {
    MomentsAccumulator csat = MomentsAccumulator.forScale(Scale.CSAT);
    MomentsAccumulator ces = MomentsAccumulator.forScale(Scale.CES);
    ces.add(3);
    assertThatThrownBy(() -> csat.merge(ces))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("cannot merge moments of scale");
  }

  @Test
  void merge_self_rejected() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    assertThatThrownBy(() -> acc.merge(acc)).isInstanceOf(CemStateException.class);
  }

  @Test
  void merge_emptyOther_isNoOp() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.addAll(1.0, 2.0);
    MeanResult before = acc.snapshot();
    acc.merge(MomentsAccumulator.create());
    assertThat(acc.snapshot()).isEqualTo(before);
  }

  @Test
  void merge_intoEmpty_copiesExactly() {
    MomentsAccumulator a = MomentsAccumulator.create();
    a.addAll(1.5, 2.5, 9.0);
    MomentsAccumulator empty = MomentsAccumulator.create();
    empty.merge(a);
    assertThat(empty.snapshot()).isEqualTo(a.snapshot());
  }

  // Chan: {1, 2} and {3, 4, 5} merge to the moments of 1..5.
  @Test
  void merge_twoParts_equalsWhole() {
    MomentsAccumulator a = MomentsAccumulator.create();
    a.addAll(1, 2);
    MomentsAccumulator b = MomentsAccumulator.create();
    b.addAll(3, 4, 5);
    a.merge(b);
    MeanResult r = a.snapshot();
    assertThat(r.mean()).isEqualTo(3.0);
    assertThat(r.variance()).isCloseTo(2.5, within(1e-15));
    assertThat(r.min()).isEqualTo(1.0);
    assertThat(r.max()).isEqualTo(5.0);
  }
}
