package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.testing.Fuzzing;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the binary accumulator decoders ({@link Fuzzing}), seeded with the golden
 * images: a few seconds in the default build, longer with {@code mvn -Pfuzz}. A mutated image is
 * either rejected with a CemFormatException or decodes to an accumulator that re-encodes to the
 * very same bytes (the decoders accept only canonical images) and whose snapshot can be taken.
 * The one exception is the HdrHistogram payload of a duration image, whose LEB128 counts may be
 * written with redundant continuation bytes: such an image decodes to the same state, and its
 * re-encoding is canonical (a fixed point), which is what the duration case checks.
 */
class ImageFuzzTest {

  private static <A> Fuzzing.Target canonical(
      Function<byte[], A> decode, Function<A, byte[]> encode, Function<A, ?> snapshot) {
    return input -> {
      A acc = decode.apply(input);
      assertThat(encode.apply(acc)).as("re-encoded bytes").isEqualTo(input);
      assertThat(snapshot.apply(acc)).isNotNull();
      return true;
    };
  }

  private static <A> Fuzzing.Target stable(
      Function<byte[], A> decode, Function<A, byte[]> encode, Function<A, ?> snapshot) {
    return input -> {
      A acc = decode.apply(input);
      byte[] canonical = encode.apply(acc);
      A again = decode.apply(canonical);
      assertThat(snapshot.apply(again)).as("snapshot after re-encoding").isEqualTo(snapshot.apply(acc));
      assertThat(encode.apply(again)).as("re-encoding is a fixed point").isEqualTo(canonical);
      return true;
    };
  }

  @Test
  void nps_mutatedImages_canonicalOrFormatError() {
    Fuzzing.Result r =
        Fuzzing.run(
            "nps-image",
            List.of(GoldenImages.read(GoldenImages.NPS_V1), GoldenImages.read(GoldenImages.NPS_EMPTY_V1)),
            2,
            canonical(NpsAccumulator::fromByteArray, NpsAccumulator::toByteArray,
                NpsAccumulator::snapshot));
    assertThat(r.rejected()).isPositive();
  }

  @Test
  void proportion_mutatedImages_canonicalOrFormatError() {
    Fuzzing.Result r =
        Fuzzing.run(
            "proportion-image",
            List.of(GoldenImages.read(GoldenImages.PROPORTION_V1),
                ProportionAccumulator.binary().toByteArray()),
            2,
            canonical(ProportionAccumulator::fromByteArray, ProportionAccumulator::toByteArray,
                ProportionAccumulator::snapshot));
    assertThat(r.rejected()).isPositive();
  }

  @Test
  void moments_mutatedImages_canonicalOrFormatError() {
    Fuzzing.Result r =
        Fuzzing.run(
            "moments-image",
            List.of(GoldenImages.read(GoldenImages.MOMENTS_V1),
                GoldenImages.read(GoldenImages.MOMENTS_EMPTY_V1)),
            2,
            canonical(MomentsAccumulator::fromByteArray, MomentsAccumulator::toByteArray,
                MomentsAccumulator::snapshot));
    assertThat(r.rejected()).isPositive();
  }

  @Test
  void duration_mutatedImages_stableOrFormatError() {
    Fuzzing.Result r =
        Fuzzing.run(
            "duration-image",
            List.of(GoldenImages.read(GoldenImages.DURATION_V1),
                DurationAccumulator.create().toByteArray()),
            3,
            stable(DurationAccumulator::fromByteArray, DurationAccumulator::toByteArray,
                DurationAccumulator::snapshot));
    assertThat(r.rejected()).isPositive();
  }
}
