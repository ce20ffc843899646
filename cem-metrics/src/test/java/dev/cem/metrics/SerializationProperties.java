package dev.cem.metrics;

import dev.cem.core.Scale;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Every accumulator state round-trips through its binary image, byte for byte. */
class SerializationProperties {

  @Property
  void nps_anyCounts_roundTrips(
      @ForAll @LongRange(min = 0, max = 1L << 60) long p,
      @ForAll @LongRange(min = 0, max = 1L << 60) long a,
      @ForAll @LongRange(min = 0, max = 1L << 60) long d) {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addCounts(p, a, d);
    AccumulatorContracts.assertRoundTrip(
        acc, NpsAccumulator::toByteArray, NpsAccumulator::fromByteArray, NpsAccumulator::snapshot);
  }

  @Property
  void proportion_anyCountsAndBox_roundTrips(
      @ForAll @LongRange(min = 0, max = 1L << 50) long successes,
      @ForAll @LongRange(min = 0, max = 1L << 50) long failures,
      @ForAll @IntRange(min = 1, max = 6) int box) {
    ProportionAccumulator acc = ProportionAccumulator.topBox(Scale.CES, box);
    acc.addCounts(successes, successes + failures);
    AccumulatorContracts.assertRoundTrip(
        acc,
        ProportionAccumulator::toByteArray,
        ProportionAccumulator::fromByteArray,
        x -> x.snapshot() + " threshold " + x.threshold());
  }

  @Property
  void moments_anyValues_roundTrips(@ForAll @Size(max = 100) List<Double> values) {
    MomentsAccumulator acc = MomentsAccumulator.create();
    for (double v : values) {
      if (Double.isFinite(v) && Math.abs(v) < 1e150) {
        acc.add(v);
      }
    }
    AccumulatorContracts.assertRoundTrip(
        acc,
        MomentsAccumulator::toByteArray,
        MomentsAccumulator::fromByteArray,
        MomentsAccumulator::snapshot);
  }

  @Property(tries = 60)
  void duration_anyValues_roundTrips(
      @ForAll @Size(max = 100) List<@LongRange(min = 0, max = DurationAccumulator.MAX_MILLIS) Long> millis,
      @ForAll @IntRange(min = 1, max = 5) int digits) {
    DurationAccumulator acc = DurationAccumulator.create(digits);
    for (long ms : millis) {
      acc.addMillis(ms, DurationAccumulator.MAX_MILLIS / 2);
    }
    AccumulatorContracts.assertRoundTrip(
        acc,
        DurationAccumulator::toByteArray,
        DurationAccumulator::fromByteArray,
        x -> x.snapshot() + " digits " + x.significantDigits());
  }
}
