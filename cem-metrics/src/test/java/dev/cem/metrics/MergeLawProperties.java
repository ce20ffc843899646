package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * The merge laws stated one by one on three generated accumulators a, b and c: (a+b)+c equals
 * a+(b+c), a+b equals b+a, empty is the identity on both sides, and the merged accumulator
 * survives its binary round trip. Counting accumulators are compared by their images, byte for
 * byte; moments by count, extremes and exact sum, and their variance to 1e-12. jqwik prints the
 * seed of a failing try ({@link MergeProperties} covers arbitrary splits).
 */
class MergeLawProperties {

  /** Checks the laws; {@code key} is what must be identical. */
  private static <A, V> void assertLaws(
      List<V> xs, List<V> ys, List<V> zs, Supplier<A> create, BiConsumer<A, V> add,
      BiConsumer<A, A> merge, Function<A, byte[]> encode, Function<byte[], A> decode,
      Function<A, Object> key) {
    Function<List<V>, A> of = vs -> AccumulatorContracts.sequential(vs, create, add);
    // associativity
    A left = of.apply(xs);
    merge.accept(left, of.apply(ys));
    merge.accept(left, of.apply(zs));
    A right = of.apply(ys);
    merge.accept(right, of.apply(zs));
    A a = of.apply(xs);
    merge.accept(a, right);
    assertThat(key.apply(a)).as("(a+b)+c = a+(b+c)").isEqualTo(key.apply(left));
    // commutativity
    A ab = of.apply(xs);
    merge.accept(ab, of.apply(ys));
    A ba = of.apply(ys);
    merge.accept(ba, of.apply(xs));
    assertThat(key.apply(ab)).as("a+b = b+a").isEqualTo(key.apply(ba));
    // identity, on both sides
    A withEmpty = of.apply(xs);
    merge.accept(withEmpty, create.get());
    A emptyWith = create.get();
    merge.accept(emptyWith, of.apply(xs));
    assertThat(key.apply(withEmpty)).as("a+0 = a").isEqualTo(key.apply(of.apply(xs)));
    assertThat(key.apply(emptyWith)).as("0+a = a").isEqualTo(key.apply(of.apply(xs)));
    // the merged state round-trips
    byte[] image = encode.apply(left);
    assertThat(encode.apply(decode.apply(image))).as("round trip of a+b+c").isEqualTo(image);
  }

  @Property(tries = 400)
  void nps_mergeLaws(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10) Integer> xs,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10) Integer> ys,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10) Integer> zs) {
    assertLaws(xs, ys, zs, NpsAccumulator::create, NpsAccumulator::add, NpsAccumulator::merge,
        NpsAccumulator::toByteArray, NpsAccumulator::fromByteArray,
        acc -> java.util.HexFormat.of().formatHex(acc.toByteArray()));
  }

  @Property(tries = 400)
  void proportion_mergeLaws(
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 7) Integer> xs,
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 7) Integer> ys,
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 7) Integer> zs) {
    assertLaws(xs, ys, zs, () -> ProportionAccumulator.topBox(dev.cem.core.Scale.CES, 3),
        ProportionAccumulator::add, ProportionAccumulator::merge,
        ProportionAccumulator::toByteArray, ProportionAccumulator::fromByteArray,
        acc -> java.util.HexFormat.of().formatHex(acc.toByteArray()));
  }

  @Property(tries = 400)
  void moments_mergeLaws(
      @ForAll @Size(max = 60) List<@IntRange(min = -1000, max = 1000) Integer> xs,
      @ForAll @Size(max = 60) List<@IntRange(min = -1000, max = 1000) Integer> ys,
      @ForAll @Size(max = 60) List<@IntRange(min = -1000, max = 1000) Integer> zs,
      @ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(4) double unit) {
    // integer multiples of one unit: sums are exact in any order, M2 only rounds
    assertLaws(xs, ys, zs, MomentsAccumulator::create, (acc, v) -> acc.add(v * unit),
        MomentsAccumulator::merge, MomentsAccumulator::toByteArray,
        MomentsAccumulator::fromByteArray,
        acc -> {
          MeanResult r = acc.snapshot();
          double sd = r.count() > 1 ? r.standardDeviation() : 0;
          return List.of(r.count(), String.valueOf(r.min()), String.valueOf(r.max()),
              Math.round(acc.sum() / unit), Math.round(sd / unit * 1e6));
        });
  }

  @Property(tries = 200)
  void duration_mergeLaws(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 50_000_000) Integer> xs,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 50_000_000) Integer> ys,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 50_000_000) Integer> zs) {
    assertLaws(xs, ys, zs, DurationAccumulator::create, (acc, ms) -> acc.addMillis(ms, 900_000),
        DurationAccumulator::merge, DurationAccumulator::toByteArray,
        DurationAccumulator::fromByteArray,
        acc -> {
          DurationResult r = acc.snapshot();
          return List.of(r.count(), r.slaAttainment().toString(), String.valueOf(r.p50Seconds()),
              String.valueOf(r.p90Seconds()), String.valueOf(r.p99Seconds()),
              Math.round(acc.snapshot().mean().mean() * 1000));
        });
  }
}
