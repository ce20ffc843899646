package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.internal.MomentsFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers (docs/quality.md): compensated summation against an exact BigDecimal reference on
 * adversarial sequences, count overflow that fails loudly and leaves the accumulator unchanged,
 * and results that are the same bytes run after run.
 */
class NumericRobustnessTest {
  private static final MathContext MC = MathContext.DECIMAL128;

  /** The exact mean and M2 (sum of squared deviations) of the doubles, in BigDecimal. */
  private static BigDecimal[] exact(double[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : values) {
      sum = sum.add(new BigDecimal(v));
    }
    BigDecimal n = BigDecimal.valueOf(values.length);
    BigDecimal mean = sum.divide(n, MC);
    BigDecimal m2 = BigDecimal.ZERO;
    for (double v : values) {
      BigDecimal d = new BigDecimal(v).subtract(mean);
      m2 = m2.add(d.multiply(d));
    }
    return new BigDecimal[] {sum, mean, m2};
  }

  private static double[] repeat(int times, double... pattern) {
    double[] out = new double[times * pattern.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = pattern[i % pattern.length];
    }
    return out;
  }

  // name, values, relative tolerance for M2: sequences on which a plain running sum loses
  // everything. M2 of "offset 1e12" has condition number mean^2/variance ~ 1e25, so each
  // deviation x - mean carries an error of ulp(1e12) ~ 1e-4 against a spread of ~0.3; Welford
  // keeps the result to a few 1e-6, where the textbook sum-of-squares formula gives garbage.
  static Stream<Arguments> adversarial() {
    SplittableRandom random = new SplittableRandom(42);
    double[] offset = new double[100_000];
    for (int i = 0; i < offset.length; i++) {
      offset[i] = 1e12 + random.nextDouble();
    }
    double[] tiny = new double[200_001];
    tiny[0] = 1;
    for (int i = 1; i < tiny.length; i++) {
      tiny[i] = 1e-16;
    }
    double[] alternating = new double[200_000];
    for (int i = 0; i < alternating.length; i++) {
      alternating[i] = (i % 2 == 0 ? 1e15 : -1e15) + (i % 7);
    }
    return Stream.of(
        Arguments.of("1e16, 1, -1e16 repeated", repeat(1000, 1e16, 1, -1e16), 1e-9),
        Arguments.of("1, 1e100, 1, -1e100 repeated", repeat(500, 1, 1e100, 1, -1e100), 1e-9),
        Arguments.of("offset 1e12 plus uniform [0, 1)", offset, 2e-5),
        Arguments.of("1 then 200 000 times 1e-16", tiny, 1e-9),
        Arguments.of("alternating +-1e15 plus small integers", alternating, 1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void moments_adversarialSequence_sumAndMeanMatchExactReference(
      String name, double[] values, double m2Tolerance) {
    BigDecimal[] exact = exact(values);
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.addAll(values);
    assertThat(acc.count()).isEqualTo(values.length);
    // the compensated sum is the exact sum correctly rounded, or within one ulp of it
    double exactSum = exact[0].doubleValue();
    assertThat(Math.abs(acc.sum() - exactSum)).as(name).isLessThanOrEqualTo(Math.ulp(exactSum));
    double exactMean = exact[1].doubleValue();
    assertThat(Math.abs(acc.mean() - exactMean))
        .as(name)
        .isLessThanOrEqualTo(2 * Math.ulp(exactMean));
    // M2 through Welford and Chan: relative error far below any reporting precision
    double m2 = acc.snapshot().variance() * (values.length - 1);
    double exactM2 = exact[2].doubleValue();
    assertThat(Math.abs(m2 - exactM2) / exactM2).as(name).isLessThan(m2Tolerance);
  }

  /**
   * Shuffled, split into 8 parts and merged, the sum stays within Neumaier's bound [1]: 2 eps |S|
   * + O(n eps^2) sum |x|. That bound is loose when large values do not cancel exactly in binary
   * (1e100 is not a double): one compensation word cannot keep the 1s then, and the sum of
   * "1, 1e100, 1, -1e100" shuffled comes out 0, not 1000, as the bound allows. With exactly
   * representable large values (1e16, 1e15) the sum stays exact in any order.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void moments_adversarialSequenceShuffledSplitMerged_withinNeumaierBound(
      String name, double[] values, double m2Tolerance) {
    BigDecimal[] exact = exact(values);
    List<Double> shuffled = new ArrayList<>(values.length);
    double absSum = 0;
    for (double v : values) {
      shuffled.add(v);
      absSum += Math.abs(v);
    }
    Collections.shuffle(shuffled, new Random(7));
    MomentsAccumulator merged =
        AccumulatorContracts.splitAndMerge(
            shuffled, 8, 11, MomentsAccumulator::create, MomentsAccumulator::add,
            MomentsAccumulator::merge);
    double exactSum = exact[0].doubleValue();
    double eps = Math.ulp(1.0) / 2;
    double bound = 2 * eps * Math.abs(exactSum) + 2 * values.length * eps * eps * absSum;
    assertThat(Math.abs(merged.sum() - exactSum))
        .as(name)
        .isLessThanOrEqualTo(Math.max(bound, Math.ulp(exactSum)));
    if (name.startsWith("1e16") || name.startsWith("alternating")) {
      assertThat(merged.sum()).as(name + ": exact").isEqualTo(exactSum);
    }
    double m2 = merged.snapshot().variance() * (values.length - 1);
    assertThat(Math.abs(m2 - exact[2].doubleValue()) / exact[2].doubleValue())
        .as(name)
        .isLessThan(m2Tolerance);
  }

  @Test
  void moments_sumOfIntegerScores_exactWhateverTheOrder() {
    // 10^6 scores 0..10: the sum stays below 2^53, so every order must give the same bits
    int[] scores = new SplittableRandom(3).ints(1_000_000, 0, 11).toArray();
    long exact = 0;
    for (int s : scores) {
      exact += s;
    }
    MomentsAccumulator forward = MomentsAccumulator.create();
    MomentsAccumulator backward = MomentsAccumulator.create();
    for (int i = 0; i < scores.length; i++) {
      forward.add(scores[i]);
      backward.add(scores[scores.length - 1 - i]);
    }
    assertThat(forward.sum()).isEqualTo((double) exact);
    assertThat(backward.sum()).isEqualTo((double) exact);
    assertThat(forward.mean()).isEqualTo(backward.mean());
  }

  // ---- counts: overflow fails loudly and changes nothing

  /** A moments accumulator whose count is {@code count}, as a decoded image would be. */
  private static MomentsAccumulator withCount(long count) {
    return MomentsAccumulator.fromByteArray(
        MomentsFormat.encode(new MomentsFormat.State(null, count, count, 0, 0, 1, 1)));
  }

  @Test
  void moments_mergeCountOverflow_failsLoudlyAndUnchanged() {
    MomentsAccumulator big = withCount(Long.MAX_VALUE - 1);
    MomentsAccumulator two = withCount(2);
    byte[] before = big.toByteArray();
    assertThatThrownBy(() -> big.merge(two))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("count (9223372036854775806) + (2) overflows a long");
    assertThat(big.toByteArray()).isEqualTo(before);
    MomentsAccumulator one = withCount(1);
    big.merge(one);
    assertThat(big.count()).isEqualTo(Long.MAX_VALUE);
    // regression: adding to a full count threw a bare ArithmeticException
    assertThatThrownBy(() -> big.add(1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("count (9223372036854775807) + (1) overflows a long");
    assertThat(big.count()).isEqualTo(Long.MAX_VALUE);
  }

  /** Regression: addAll documented "nothing is added" but kept the values before an overflow. */
  @Test
  void moments_addAllOverflowPartWay_nothingAdded() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    acc.add(5);
    byte[] before = acc.toByteArray();
    assertThatThrownBy(() -> acc.addAll(1, Double.MAX_VALUE, Double.MAX_VALUE))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("would overflow the sum");
    assertThat(acc.toByteArray()).isEqualTo(before);
    assertThat(acc.count()).isEqualTo(1);
  }

  @Test
  void nps_addCountsTotalOverflow_failsLoudlyAndUnchanged() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addCounts(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 0);
    assertThatThrownBy(() -> acc.addCounts(0, 0, 2))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("NPS counts overflow a long");
    assertThat(acc.detractors()).isZero();
    assertThat(acc.count()).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void proportion_mergeTrialsOverflow_failsLoudlyAndUnchanged() {
    ProportionAccumulator a = ProportionAccumulator.binary();
    a.addCounts(5, Long.MAX_VALUE - 1);
    ProportionAccumulator b = ProportionAccumulator.binary();
    b.addCounts(1, 2);
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("overflow");
    assertThat(a.successes()).isEqualTo(5);
    assertThat(a.trials()).isEqualTo(Long.MAX_VALUE - 1);
  }

  // ---- determinism: the same input gives the same bytes, run after run

  @Test
  void accumulators_sameSeed_sameImages() {
    assertThat(images(99)).isEqualTo(images(99));
    assertThat(images(99)).isNotEqualTo(images(100));
  }

  private static List<String> images(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NpsAccumulator nps = NpsAccumulator.create();
    MomentsAccumulator moments = MomentsAccumulator.create();
    DurationAccumulator durations = DurationAccumulator.create();
    ProportionAccumulator fcr = ProportionAccumulator.binary();
    for (int i = 0; i < 50_000; i++) {
      nps.add(random.nextInt(11));
      moments.add(random.nextDouble(-1e6, 1e6));
      durations.addMillis(random.nextLong(10_000_000), 3_600_000);
      fcr.add(random.nextBoolean());
    }
    java.util.HexFormat hex = java.util.HexFormat.of();
    return List.of(hex.formatHex(nps.toByteArray()), hex.formatHex(moments.toByteArray()),
        hex.formatHex(durations.toByteArray()), hex.formatHex(fcr.toByteArray()),
        nps.snapshot().toString(), moments.snapshot().toString(),
        durations.snapshot().toString());
  }

  @Test
  void columnar_parallelRunsRepeated_identicalResults() {
    ColumnarTesting.Columns c = ColumnarTesting.random(5, 80_000, 3, 0.01);
    ColumnarScorer scorer =
        ColumnarScorer.builder()
            .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
            .percentiles(true)
            .parallelism(4)
            .build();
    ColumnarResult first = scorer.score(c.batch());
    for (int run = 0; run < 3; run++) {
      ColumnarResult again = scorer.score(c.batch());
      assertThat(again.rejectedByColumn()).isEqualTo(first.rejectedByColumn());
      for (int s = 0; s < 3; s++) {
        assertThat(again.segment(s)).isEqualTo(first.segment(s));
      }
    }
  }
}
