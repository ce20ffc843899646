package dev.cem.metrics;

import dev.cem.core.Scale;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared merge laws hold for the four accumulators. */
class AccumulatorContractsTest {

  @Test
  void nps_mergeLaws() {
    AccumulatorContracts.assertMergeLaws(
        () -> {
          NpsAccumulator a = NpsAccumulator.create();
          a.addAll(10, 7, 2);
          return a;
        },
        NpsAccumulator::create,
        NpsAccumulator::merge,
        NpsAccumulator::snapshot);
  }

  @Test
  void proportion_mergeLaws() {
    AccumulatorContracts.assertMergeLaws(
        () -> {
          ProportionAccumulator a = ProportionAccumulator.topBox(Scale.CSAT, 2);
          a.addAll(5, 1, 4);
          return a;
        },
        () -> ProportionAccumulator.topBox(Scale.CSAT, 2),
        ProportionAccumulator::merge,
        ProportionAccumulator::snapshot);
  }

  @Test
  void moments_mergeLaws() {
    AccumulatorContracts.assertMergeLaws(
        () -> {
          MomentsAccumulator a = MomentsAccumulator.create();
          a.addAll(1.5, -2.0, 8.25);
          return a;
        },
        MomentsAccumulator::create,
        MomentsAccumulator::merge,
        MomentsAccumulator::snapshot);
  }

  @Test
  void duration_mergeLaws() {
    AccumulatorContracts.assertMergeLaws(
        () -> {
          DurationAccumulator a = DurationAccumulator.create();
          a.addAll(Duration.ofSeconds(3), Duration.ofMinutes(2));
          a.add(Duration.ofHours(1), Duration.ofMinutes(30));
          return a;
        },
        DurationAccumulator::create,
        DurationAccumulator::merge,
        DurationAccumulator::snapshot);
  }
}
