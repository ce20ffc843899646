package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemFormatException;
import dev.cem.core.Scale;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden images of version 1, tested three ways (STYLE 4), and corrupt images. */
class BinaryFormatTest {

  // ---- (a) round trip to an equal object, (b) re-serialise byte-identical ----

  @Test
  void nps_golden_roundTripAndBytesIdentical() {
    byte[] golden = GoldenImages.read(GoldenImages.NPS_V1);
    NpsAccumulator decoded = NpsAccumulator.fromByteArray(golden);
    assertThat(decoded.snapshot()).isEqualTo(GoldenImages.nps().snapshot());
    assertThat(decoded.toByteArray()).isEqualTo(golden);
    assertThat(GoldenImages.nps().toByteArray()).isEqualTo(golden);
  }

  @Test
  void proportion_golden_roundTripAndBytesIdentical() {
    byte[] golden = GoldenImages.read(GoldenImages.PROPORTION_V1);
    ProportionAccumulator decoded = ProportionAccumulator.fromByteArray(golden);
    assertThat(decoded.snapshot()).isEqualTo(GoldenImages.proportion().snapshot());
    assertThat(decoded.toByteArray()).isEqualTo(golden);
  }

  @Test
  void moments_golden_roundTripAndBytesIdentical() {
    byte[] golden = GoldenImages.read(GoldenImages.MOMENTS_V1);
    MomentsAccumulator decoded = MomentsAccumulator.fromByteArray(golden);
    assertThat(decoded.snapshot()).isEqualTo(GoldenImages.moments().snapshot());
    assertThat(decoded.toByteArray()).isEqualTo(golden);
    byte[] empty = GoldenImages.read(GoldenImages.MOMENTS_EMPTY_V1);
    assertThat(MomentsAccumulator.fromByteArray(empty).toByteArray()).isEqualTo(empty);
  }

  @Test
  void duration_golden_roundTripAndBytesIdentical() {
    byte[] golden = GoldenImages.read(GoldenImages.DURATION_V1);
    DurationAccumulator decoded = DurationAccumulator.fromByteArray(golden);
    assertThat(decoded.snapshot()).isEqualTo(GoldenImages.duration().snapshot());
    assertThat(decoded.toByteArray()).isEqualTo(golden);
  }

  // ---- (c) decode the stored images to hand-derived values ----

  // Drawn in NpsFormat: "CEM", family 1, version 1, flags 0, reserved 0, length 24, then the
  // counts 3, 2, 1 as big-endian int64.
  @Test
  void nps_golden_isTheDrawnLayout() {
    assertThat(HexFormat.of().formatHex(GoldenImages.read(GoldenImages.NPS_V1)))
        .isEqualTo(
            "43454d" + "01" + "01" + "00" + "0000" + "00000018"
                + "0000000000000003" + "0000000000000002" + "0000000000000001");
    assertThat(HexFormat.of().formatHex(GoldenImages.read(GoldenImages.NPS_EMPTY_V1)))
        .isEqualTo("43454d010101000000000018" + "00".repeat(24));
  }

  @Test
  void nps_golden_decodesToRExampleCounts() {
    NpsResult r = NpsAccumulator.fromByteArray(GoldenImages.read(GoldenImages.NPS_V1)).snapshot();
    assertThat(r.promoters()).isEqualTo(3);
    assertThat(r.passives()).isEqualTo(2);
    assertThat(r.detractors()).isEqualTo(1);
    assertThat(r.variance()).isCloseTo(5.0 / 9, within(1e-15));
    assertThat(NpsAccumulator.fromByteArray(GoldenImages.read(GoldenImages.NPS_EMPTY_V1)).isEmpty())
        .isTrue();
  }

  @Test
  void proportion_golden_decodesToCsatTop2With81Of263() {
    ProportionAccumulator acc =
        ProportionAccumulator.fromByteArray(GoldenImages.read(GoldenImages.PROPORTION_V1));
    assertThat(acc.scale()).isEqualTo(Scale.CSAT);
    assertThat(acc.threshold()).isEqualTo(4);
    assertThat(acc.successes()).isEqualTo(81);
    assertThat(acc.trials()).isEqualTo(263);
    // Newcombe (1998) Wilson interval for 81/263.
    assertThat(acc.snapshot().estimate().lower()).isCloseTo(25.53, within(0.005));
  }

  @Test
  void moments_golden_decodesToCesOneToFive() {
    MomentsAccumulator acc =
        MomentsAccumulator.fromByteArray(GoldenImages.read(GoldenImages.MOMENTS_V1));
    MeanResult r = acc.snapshot();
    assertThat(acc.scale()).isEqualTo(Scale.CES);
    assertThat(r.count()).isEqualTo(5);
    assertThat(acc.sum()).isEqualTo(15.0);
    assertThat(r.mean()).isEqualTo(3.0);
    assertThat(r.variance()).isEqualTo(2.5);
    assertThat(r.min()).isEqualTo(1.0);
    assertThat(r.max()).isEqualTo(5.0);
    assertThat(MomentsAccumulator.fromByteArray(GoldenImages.read(GoldenImages.MOMENTS_EMPTY_V1)).snapshot().isEmpty())
        .isTrue();
  }

  // 1..10 s with a 5 s target: mean 5.5 s, variance 10 * 11 / 12, met 5 of 10; the histogram
  // keeps 3 significant digits, so the median (the 5th value, 5 s) is read within 0.1%.
  @Test
  void duration_golden_decodesToOneToTenSeconds() {
    DurationResult r =
        DurationAccumulator.fromByteArray(GoldenImages.read(GoldenImages.DURATION_V1)).snapshot();
    assertThat(r.count()).isEqualTo(10);
    assertThat(r.mean().mean()).isEqualTo(5.5);
    assertThat(r.mean().variance()).isCloseTo(10.0 * 11 / 12, within(1e-12));
    assertThat(r.slaAttainment().successes()).isEqualTo(5);
    assertThat(r.slaAttainment().trials()).isEqualTo(10);
    assertThat(r.p50Seconds()).isCloseTo(5.0, within(5e-3));
    assertThat(r.mean().max()).isEqualTo(10.0);
  }

  // ---- corrupt and foreign images ----

  static Stream<Arguments> decoders() {
    return Stream.of(
        Arguments.of("nps", GoldenImages.read(GoldenImages.NPS_V1), (Function<byte[], ?>) NpsAccumulator::fromByteArray),
        Arguments.of("proportion", GoldenImages.read(GoldenImages.PROPORTION_V1), (Function<byte[], ?>) ProportionAccumulator::fromByteArray),
        Arguments.of("moments", GoldenImages.read(GoldenImages.MOMENTS_V1), (Function<byte[], ?>) MomentsAccumulator::fromByteArray),
        Arguments.of("duration", GoldenImages.read(GoldenImages.DURATION_V1), (Function<byte[], ?>) DurationAccumulator::fromByteArray));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decoders")
  void decode_unknownVersion_rejectedNamingFamilyAndVersion(
      String type, byte[] image, Function<byte[], ?> decoder) {
    byte[] bad = image.clone();
    bad[4] = 2;
    assertThatThrownBy(() -> decoder.apply(bad))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith("not a cem " + type + " image (family " + image[3] + ", version 2)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decoders")
  void decode_otherFamily_rejected(String type, byte[] image, Function<byte[], ?> decoder) {
    byte[] bad = image.clone();
    bad[3] = 9;
    assertThatThrownBy(() -> decoder.apply(bad))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith("not a cem " + type + " image (family 9, version 1)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decoders")
  void decode_hugeLength_rejectedWithoutAllocating(
      String type, byte[] image, Function<byte[], ?> decoder) {
    byte[] bad = image.clone();
    ByteBuffer.wrap(bad).putInt(8, Integer.MAX_VALUE);
    assertThatThrownBy(() -> decoder.apply(bad))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("payload length 2147483647 but " + (image.length - 12) + " bytes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decoders")
  void decode_truncated_rejected(String type, byte[] image, Function<byte[], ?> decoder) {
    for (int length = 0; length < image.length; length++) {
      byte[] bad = java.util.Arrays.copyOf(image, length);
      assertThatThrownBy(() -> decoder.apply(bad))
          .as("truncated to %d bytes", length)
          .isInstanceOf(CemFormatException.class)
          .hasMessageStartingWith("not a cem " + type + " image");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decoders")
  void decode_badMagicFlagsOrReserved_rejected(
      String type, byte[] image, Function<byte[], ?> decoder) {
    byte[] magic = image.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> decoder.apply(magic)).hasMessageContaining("bad magic");
    byte[] flags = image.clone();
    flags[5] = (byte) 0x80;
    assertThatThrownBy(() -> decoder.apply(flags)).hasMessageContaining("unknown flags 0x80");
    byte[] reserved = image.clone();
    reserved[7] = 1;
    assertThatThrownBy(() -> decoder.apply(reserved)).hasMessageContaining("reserved bytes");
  }

  @Test
  void decode_shortPreamble_namesWhatItCouldRead() {
    assertThatThrownBy(() -> NpsAccumulator.fromByteArray(new byte[] {'C', 'E', 'M', 1, 1}))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(
            "not a cem nps image (family 1, version 1): 5 bytes is shorter than the 12-byte"
                + " preamble");
    assertThatThrownBy(() -> NpsAccumulator.fromByteArray(new byte[0]))
        .hasMessageStartingWith("not a cem nps image (family -1, version -1)");
  }

  @Test
  void nps_negativeCount_rejected() {
    byte[] bad = GoldenImages.read(GoldenImages.NPS_V1);
    ByteBuffer.wrap(bad).putLong(12, -3);
    assertThatThrownBy(() -> NpsAccumulator.fromByteArray(bad))
        .isInstanceOf(CemFormatException.class)
        .hasMessage("not a cem nps image (family 1, version 1): promoters (-3) must be >= 0");
  }

  @Test
  void nps_emptyFlagContradictsCounts_rejected() {
    byte[] bad = GoldenImages.read(GoldenImages.NPS_V1);
    bad[5] = 1;
    assertThatThrownBy(() -> NpsAccumulator.fromByteArray(bad))
        .hasMessageContaining("EMPTY flag (true) contradicts count 6");
  }

  @Test
  void proportion_successesAboveTrials_rejected() {
    byte[] bad = GoldenImages.read(GoldenImages.PROPORTION_V1);
    ByteBuffer.wrap(bad).putLong(12, 264);
    assertThatThrownBy(() -> ProportionAccumulator.fromByteArray(bad))
        .hasMessageContaining("successes (264) exceed trials (263)");
  }

  @Test
  void moments_nanSum_rejected() {
    byte[] bad = GoldenImages.read(GoldenImages.MOMENTS_V1);
    ByteBuffer.wrap(bad).putDouble(20, Double.NaN);
    assertThatThrownBy(() -> MomentsAccumulator.fromByteArray(bad))
        .hasMessageContaining("sum (NaN) must be finite");
  }

  // The histogram's declared highest trackable value bounds its allocation: 2^62 is refused.
  @Test
  void duration_hugeHistogramRange_rejectedBeforeAllocation() {
    byte[] bad = GoldenImages.read(GoldenImages.DURATION_V1);
    ByteBuffer.wrap(bad).putLong(84 + 24, 1L << 62);
    assertThatThrownBy(() -> DurationAccumulator.fromByteArray(bad))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("highest 4611686018427387904");
  }

  @Test
  void duration_histogramCountMismatch_rejected() {
    DurationAccumulator acc = DurationAccumulator.create();
    acc.addMillis(5);
    byte[] bad = acc.toByteArray();
    ByteBuffer.wrap(bad).putLong(32, 2);
    assertThatThrownBy(() -> DurationAccumulator.fromByteArray(bad))
        .hasMessageContaining("histogram count (1) differs from the count (2)");
  }

  @Test
  void decode_nullImage_rejected() {
    assertThatThrownBy(() -> NpsAccumulator.fromByteArray(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("image");
  }
}
