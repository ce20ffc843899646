package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The columnar scorer's M2 from exact integer sums, against exact rational arithmetic. */
class ColumnarM2Test {

  /** M2 = sum((x - mean)^2) from the values themselves, with 60-digit decimal arithmetic. */
  private static double reference(long[] xs) {
    BigInteger n = BigInteger.valueOf(xs.length);
    BigInteger sum = BigInteger.ZERO;
    for (long x : xs) {
      sum = sum.add(BigInteger.valueOf(x));
    }
    MathContext mc = new MathContext(60);
    BigDecimal mean = new BigDecimal(sum).divide(new BigDecimal(n), mc);
    BigDecimal m2 = BigDecimal.ZERO;
    for (long x : xs) {
      BigDecimal d = BigDecimal.valueOf(x).subtract(mean);
      m2 = m2.add(d.multiply(d, mc), mc);
    }
    return m2.doubleValue();
  }

  private static double fromSums(long[] xs) {
    long sum = 0;
    BigInteger sumSq = BigInteger.ZERO;
    for (long x : xs) {
      sum += x;
      sumSq = sumSq.add(BigInteger.valueOf(x).pow(2));
    }
    long lo = sumSq.longValue();
    long hi = sumSq.shiftRight(64).longValueExact();
    return ColumnarKernel.m2(xs.length, sum, hi, lo);
  }

  private static void assertWithinOneRounding(long[] xs) {
    double expected = reference(xs);
    assertThat(fromSums(xs)).isCloseTo(expected, within(Math.ulp(expected)));
  }

  @Property(tries = 300)
  void smallSamplesOfSecondsAgreeWithTheDefinition(
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] xs = new long[n];
    for (int i = 0; i < n; i++) {
      xs[i] = random.nextInt(ColumnarBatch.MAX_SECONDS + 1);
    }
    assertWithinOneRounding(xs);
  }

  @Property(tries = 300)
  void negativeScoresAgreeWithTheDefinition(
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] xs = new long[n];
    for (int i = 0; i < n; i++) {
      xs[i] = random.nextInt(-127, 128);
    }
    assertWithinOneRounding(xs);
  }

  @Test
  void constantSampleHasZeroM2OnBothPaths() {
    assertThat(ColumnarKernel.m2(5, 5 * 7, 0, 5 * 49)).isZero();
    // sum(x^2) above 2^64: the BigDecimal path.
    long x = ColumnarBatch.MAX_SECONDS;
    long n = 1L << 20;
    BigInteger sumSq = BigInteger.valueOf(x).pow(2).multiply(BigInteger.valueOf(n));
    assertThat(sumSq.bitLength()).isGreaterThan(64);
    assertThat(
            ColumnarKernel.m2(
                n, x * n, sumSq.shiftRight(64).longValueExact(), sumSq.longValue()))
        .isZero();
  }

  @Test
  void numeratorBeyondALongTakesTheExactPathAndAgrees() {
    // Ten values near the maximum: n * sum(x^2) overflows a long, sum(x^2) does not.
    long[] xs = new long[10];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = ColumnarBatch.MAX_SECONDS - 1000L * i;
    }
    assertWithinOneRounding(xs);
    // Two values: M2 = (a - b)^2 / 2, worked by hand.
    assertThat(ColumnarKernel.m2(2, 10 + 4, 0, 100 + 16)).isEqualTo(18.0);
  }
}
