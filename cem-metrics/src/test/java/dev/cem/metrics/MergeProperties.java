package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any split of the input into parts, merged in any order, gives the same result as sequential
 * accumulation: counts exactly, moments to 1e-12 relative (STYLE 2).
 */
class MergeProperties {

  @Provide
  Arbitrary<List<Integer>> npsScores() {
    return Arbitraries.integers().between(0, 10).list().ofMaxSize(300);
  }

  @Property
  void nps_anySplitAndOrder_identicalResult(
      @ForAll("npsScores") List<Integer> scores,
      @ForAll @IntRange(min = 1, max = 8) int parts,
      @ForAll long seed) {
    NpsAccumulator sequential = NpsAccumulator.create();
    scores.forEach(sequential::add);
    NpsAccumulator merged =
        AccumulatorContracts.splitAndMerge(scores, parts, seed, NpsAccumulator::create, NpsAccumulator::add, NpsAccumulator::merge);
    assertThat(merged.snapshot()).isEqualTo(sequential.snapshot());
    for (NpsInterval method : NpsInterval.values()) {
      assertThat(merged.snapshot(method, 0.9)).isEqualTo(sequential.snapshot(method, 0.9));
    }
  }

  @Property
  void proportion_anySplitAndOrder_identicalResult(
      @ForAll @Size(max = 300) List<@IntRange(min = 1, max = 5) Integer> scores,
      @ForAll @IntRange(min = 1, max = 8) int parts,
      @ForAll long seed) {
    ProportionAccumulator sequential = ProportionAccumulator.topBox(dev.cem.core.Scale.CSAT, 2);
    scores.forEach(sequential::add);
    ProportionAccumulator merged =
        AccumulatorContracts.splitAndMerge(
            scores,
            parts,
            seed,
            () -> ProportionAccumulator.topBox(dev.cem.core.Scale.CSAT, 2),
            ProportionAccumulator::add,
            ProportionAccumulator::merge);
    for (ProportionInterval method : ProportionInterval.values()) {
      assertThat(merged.snapshot(method, 0.95)).isEqualTo(sequential.snapshot(method, 0.95));
    }
  }

  @Provide
  Arbitrary<List<Double>> values() {
    return Arbitraries.doubles().between(-1e6, 1e6).list().ofMaxSize(300);
  }

  @Property
  void moments_anySplitAndOrder_equalWithin1e12(
      @ForAll("values") List<Double> values,
      @ForAll @IntRange(min = 1, max = 8) int parts,
      @ForAll long seed) {
    MomentsAccumulator sequential = MomentsAccumulator.create();
    values.forEach(sequential::add);
    MomentsAccumulator merged =
        AccumulatorContracts.splitAndMerge(
            values, parts, seed, MomentsAccumulator::create, MomentsAccumulator::add, MomentsAccumulator::merge);
    MeanResult expected = sequential.snapshot();
    MeanResult actual = merged.snapshot();
    assertThat(actual.count()).isEqualTo(expected.count());
    ColumnarTesting.assertSame(actual.min(), expected.min());
    ColumnarTesting.assertSame(actual.max(), expected.max());
    double scale = 1e-12 * (1 + values.stream().mapToDouble(Math::abs).max().orElse(0));
    if (!expected.isEmpty()) {
      assertThat(actual.mean()).isCloseTo(expected.mean(), org.assertj.core.api.Assertions.within(scale));
      ColumnarTesting.assertClose(actual.variance(), expected.variance());
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Property
  void duration_anySplitAndOrder_countsAndPercentilesIdentical(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 10_000_000) Integer> millis,
      @ForAll @IntRange(min = 1, max = 6) int parts,
      @ForAll long seed) {
    DurationAccumulator sequential = DurationAccumulator.create();
    BiConsumer<DurationAccumulator, Integer> add = (acc, ms) -> acc.addMillis(ms, 5_000_000);
    millis.forEach(ms -> add.accept(sequential, ms));
    DurationAccumulator merged =
        AccumulatorContracts.splitAndMerge(millis, parts, seed, DurationAccumulator::create, add, DurationAccumulator::merge);
    DurationResult expected = sequential.snapshot();
    DurationResult actual = merged.snapshot();
    assertThat(actual.count()).isEqualTo(expected.count());
    assertThat(actual.slaAttainment()).isEqualTo(expected.slaAttainment());
    ColumnarTesting.assertSame(actual.p50Seconds(), expected.p50Seconds());
    ColumnarTesting.assertSame(actual.p90Seconds(), expected.p90Seconds());
    ColumnarTesting.assertSame(actual.p99Seconds(), expected.p99Seconds());
    ColumnarTesting.assertMeans(actual.mean(), expected.mean());
  }
}
