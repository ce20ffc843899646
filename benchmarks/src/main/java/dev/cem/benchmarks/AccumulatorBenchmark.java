package dev.cem.benchmarks;

import dev.cem.core.Scale;
import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging and serialising the four accumulators, each holding the first 1000 rows of {@link
 * SurveyData}: NPS, CSAT top-2-box ({@code ProportionAccumulator}), resolution-time moments and
 * resolution-time durations with SLA targets ({@code DurationAccumulator}, HdrHistogram based).
 * The accumulator is a {@code @Param}; each fork measures one kind, so calls stay monomorphic.
 *
 * <p><b>Hypothesis.</b> Merge is what parallel scoring and Spark do per partition and per group,
 * so it must be cheap next to scoring the rows: a few nanoseconds for the count-based NPS and
 * proportion accumulators and for Chan's moments merge; the duration accumulator merges a
 * histogram, so it costs in proportion to its bucket count (microseconds, not nanoseconds).
 * Serialising and reading back the count-based images is tens of nanoseconds (a fixed preamble and
 * a few longs); the duration image is larger and its cost grows with the histogram.
 *
 * <p>{@code merge} adds the same source into one growing target, which is what a reducer does.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AccumulatorBenchmark -prof gc}.
 * Smoke test: {@code java -jar benchmarks/target/benchmarks.jar -f 0 -wi 0 -i 1 -r 100ms
 * AccumulatorBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AccumulatorBenchmark {

  static final int VALUES = 1000;

  @Param({"nps", "csat-top2", "moments", "duration"})
  public String accumulator;

  private Ops ops;
  private byte[] image;

  @Setup(Level.Trial)
  public void setUp() {
    ops = Ops.of(accumulator, SurveyData.generate(VALUES, SurveyData.SEED));
    image = ops.serialise();
  }

  /** Merges the source into the target. */
  @Benchmark
  public Object merge() {
    return ops.merge();
  }

  /** Writes the source's versioned binary image. */
  @Benchmark
  public byte[] serialise() {
    return ops.serialise();
  }

  /** Reads an accumulator back from its image. */
  @Benchmark
  public Object deserialise() {
    return ops.deserialise(image);
  }

  /**
   * The three operations on one kind of accumulator: a filled source, a target, the codec. Only
   * one kind is created per fork, so the lambdas' call sites stay monomorphic.
   */
  static final class Ops {
    private final Supplier<Object> merge;
    private final Supplier<byte[]> serialise;
    private final Function<byte[], Object> deserialise;

    private <A> Ops(A source, A target, BiConsumer<A, A> merge, Function<A, byte[]> write, Function<byte[], A> read) {
      this.merge = () -> {
        merge.accept(target, source);
        return target;
      };
      this.serialise = () -> write.apply(source);
      this.deserialise = read::apply;
    }

    Object merge() {
      return merge.get();
    }

    byte[] serialise() {
      return serialise.get();
    }

    Object deserialise(byte[] bytes) {
      return deserialise.apply(bytes);
    }

    static Ops of(String kind, SurveyData d) {
      switch (kind) {
        case "nps": {
          NpsAccumulator source = NpsAccumulator.create();
          for (int i = 0; i < d.rows; i++) {
            source.add(d.nps[i]);
          }
          return new Ops(source, NpsAccumulator.create(), NpsAccumulator::merge,
              NpsAccumulator::toByteArray, NpsAccumulator::fromByteArray);
        }
        case "csat-top2": {
          ProportionAccumulator source = ProportionAccumulator.topBox(Scale.CSAT, 2);
          for (int i = 0; i < d.rows; i++) {
            source.add(d.csat[i]);
          }
          return new Ops(source, ProportionAccumulator.topBox(Scale.CSAT, 2), ProportionAccumulator::merge,
              ProportionAccumulator::toByteArray, ProportionAccumulator::fromByteArray);
        }
        case "moments": {
          MomentsAccumulator source = MomentsAccumulator.create();
          for (int i = 0; i < d.rows; i++) {
            source.add(d.resolutionSeconds[i]);
          }
          return new Ops(source, MomentsAccumulator.create(), MomentsAccumulator::merge,
              MomentsAccumulator::toByteArray, MomentsAccumulator::fromByteArray);
        }
        case "duration": {
          DurationAccumulator source = DurationAccumulator.create();
          for (int i = 0; i < d.rows; i++) {
            source.addMillis(1000L * d.resolutionSeconds[i], 1000L * d.slaTargetSeconds[i]);
          }
          return new Ops(source, DurationAccumulator.create(), DurationAccumulator::merge,
              DurationAccumulator::toByteArray, DurationAccumulator::fromByteArray);
        }
        default:
          throw new IllegalArgumentException(
              "accumulator (" + kind + ") must be nps, csat-top2, moments or duration");
      }
    }
  }
}
