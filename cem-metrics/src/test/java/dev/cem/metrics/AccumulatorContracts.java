package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemStateException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reusable contract checks for mergeable accumulators (STYLE 11), shipped in the cem-metrics
 * test-jar so that other modules (cem-spark, cem-maturity) run the same checks on their own
 * wrappers: split-and-merge equivalence, merge laws, and the binary round trip.
 */
public final class AccumulatorContracts {
  private AccumulatorContracts() {}

  /**
   * Distributes {@code values} over {@code parts} accumulators at random (seeded), then merges
   * them in a shuffled order and returns the accumulator merged into.
   */
  public static <A, V> A splitAndMerge(
      List<V> values,
      int parts,
      long seed,
      Supplier<A> create,
      BiConsumer<A, V> add,
      BiConsumer<A, A> merge) {
    Random random = new Random(seed);
    List<A> accumulators = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      accumulators.add(create.get());
    }
    for (V v : values) {
      add.accept(accumulators.get(random.nextInt(parts)), v);
    }
    Collections.shuffle(accumulators, random);
    A into = accumulators.get(0);
    for (int p = 1; p < parts; p++) {
      merge.accept(into, accumulators.get(p));
    }
    return into;
  }

  /** Sequential accumulation of {@code values} into a new accumulator. */
  public static <A, V> A sequential(List<V> values, Supplier<A> create, BiConsumer<A, V> add) {
    A acc = create.get();
    for (V v : values) {
      add.accept(acc, v);
    }
    return acc;
  }

  /**
   * Merge laws: merging an empty accumulator changes nothing, merging into an empty one copies,
   * and a self-merge fails with {@link CemStateException}.
   */
  public static <A, R> void assertMergeLaws(
      Supplier<A> filled, Supplier<A> create, BiConsumer<A, A> merge, Function<A, R> snapshot) {
    A acc = filled.get();
    R before = snapshot.apply(acc);
    merge.accept(acc, create.get());
    assertThat(snapshot.apply(acc)).as("merge(empty) is a no-op").isEqualTo(before);
    A empty = create.get();
    merge.accept(empty, filled.get());
    assertThat(snapshot.apply(empty)).as("empty.merge(x) equals x").isEqualTo(before);
    assertThatThrownBy(() -> merge.accept(acc, acc))
        .as("self-merge is rejected")
        .isInstanceOf(CemStateException.class);
  }

  /** decode(encode(acc)) has an equal snapshot and encodes to the very same bytes. */
  public static <A, R> void assertRoundTrip(
      A acc, Function<A, byte[]> encode, Function<byte[], A> decode, Function<A, R> snapshot) {
    byte[] image = encode.apply(acc);
    A back = decode.apply(image);
    assertThat(snapshot.apply(back)).as("round trip").isEqualTo(snapshot.apply(acc));
    assertThat(encode.apply(back)).as("re-serialised bytes").isEqualTo(image);
  }
}
