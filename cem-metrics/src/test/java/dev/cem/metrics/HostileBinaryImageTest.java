package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cem.core.CemFormatException;
import dev.cem.testing.HostileInputs;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (docs/quality.md) for binary accumulator images, beyond the
 * truncation, foreign family, version, magic and huge-length cases of {@link BinaryFormatTest}:
 * corrupt lengths in both directions, contradicting flags, out-of-range fields at every offset of
 * the drawn layouts, and huge or uniform buffers. Each fails within the time bound with a
 * CemFormatException that names the image type and the field.
 */
class HostileBinaryImageTest {
  private static final byte[] NPS = GoldenImages.read(GoldenImages.NPS_V1);
  private static final byte[] PROPORTION = GoldenImages.read(GoldenImages.PROPORTION_V1);
  private static final byte[] MOMENTS = GoldenImages.read(GoldenImages.MOMENTS_V1);
  private static final byte[] DURATION = GoldenImages.read(GoldenImages.DURATION_V1);

  private static Function<byte[], ?> decoder(String type) {
    switch (type) {
      case "nps":
        return NpsAccumulator::fromByteArray;
      case "proportion":
        return ProportionAccumulator::fromByteArray;
      case "moments":
        return MomentsAccumulator::fromByteArray;
      default:
        return DurationAccumulator::fromByteArray;
    }
  }

  private static byte[] golden(String type) {
    switch (type) {
      case "nps":
        return NPS;
      case "proportion":
        return PROPORTION;
      case "moments":
        return MOMENTS;
      default:
        return DURATION;
    }
  }

  /** The image of {@code type} with {@code edit} applied to a copy. */
  private static Arguments edited(String type, String name, Consumer<ByteBuffer> edit, String msg) {
    byte[] copy = golden(type).clone();
    edit.accept(ByteBuffer.wrap(copy));
    return Arguments.of(type, name, copy, msg);
  }

  private static byte[] withExtraPayloadByte(byte[] image) {
    byte[] out = Arrays.copyOf(image, image.length + 1);
    ByteBuffer.wrap(out).putInt(8, image.length - 12 + 1);
    return out;
  }

  // type, case, image, expected message fragment
  static Stream<Arguments> hostile() {
    Stream.Builder<Arguments> rows = Stream.builder();
    for (String type : new String[] {"nps", "proportion", "moments", "duration"}) {
      byte[] g = golden(type);
      // lengths: negative, one short, one long with a byte to spare inside the payload
      rows.add(edited(type, "negative payload length", b -> b.putInt(8, -1),
          "payload length -1 but " + (g.length - 12) + " bytes"));
      rows.add(edited(type, "payload length one short", b -> b.putInt(8, g.length - 13),
          "payload length " + (g.length - 13)));
      rows.add(Arguments.of(type, "a byte after the payload", withExtraPayloadByte(g),
          type.equals("duration")
              ? "histogram length"
              : type.equals("nps") ? "payload length 25, expected 24" : "1 unread bytes after the payload"));
      // flags contradicting the counts
      rows.add(edited(type, "EMPTY flag on a non-empty image", b -> b.put(5, (byte) (b.get(5) | 1)),
          "EMPTY flag (true) contradicts count"));
      // uniform and huge buffers
      rows.add(Arguments.of(type, "16 MiB of zeros", new byte[16 << 20], "bad magic"));
      byte[] ones = new byte[g.length];
      Arrays.fill(ones, (byte) 0xFF);
      rows.add(Arguments.of(type, "all 0xFF", ones, "bad magic"));
      rows.add(Arguments.of(type, "random bytes", HostileInputs.randomBytes(g.length, 5),
          "bad magic"));
    }
    // nps: payload = promoters, passives, detractors (int64 each) at 12, 20, 28
    rows.add(edited("nps", "negative passives", b -> b.putLong(20, -5), "must be >= 0"));
    rows.add(edited("nps", "counts summing past Long.MAX_VALUE",
        b -> b.putLong(12, Long.MAX_VALUE).putLong(20, 1), "counts overflow a long"));
    // proportion: successes 12, trials 20, threshold 28, scale 32..
    rows.add(edited("proportion", "threshold at the scale minimum", b -> b.putInt(28, 1),
        "threshold (1) must be between 2 and 5"));
    rows.add(edited("proportion", "threshold above the scale", b -> b.putInt(28, 6),
        "threshold (6) must be between 2 and 5"));
    rows.add(edited("proportion", "scale min above max", b -> b.putInt(32, 9), "invalid scale"));
    rows.add(edited("proportion", "scale name length 201", b -> b.putShort(40, (short) 201),
        "scale name length 201 exceeds the image or 200 bytes"));
    rows.add(edited("proportion", "scale name not UTF-8", b -> b.put(42, (byte) 0xC3),
        "scale name is not UTF-8"));
    // moments: count 12, sum 20, compensation 28, M2 36, min 44, max 52, scale 60..
    rows.add(edited("moments", "negative count", b -> b.putLong(12, -1), "count (-1) must be >= 0"));
    rows.add(edited("moments", "negative M2", b -> b.putDouble(36, -1), "M2 (-1.0) must be >= 0"));
    rows.add(edited("moments", "min above max", b -> b.putDouble(44, 6),
        "min (6.0) <= max (5.0)"));
    rows.add(edited("moments", "infinite max", b -> b.putDouble(52, Double.POSITIVE_INFINITY),
        "max (Infinity) must be finite"));
    rows.add(edited("moments", "NaN compensation", b -> b.putDouble(28, Double.NaN),
        "compensation (NaN) must be finite"));
    rows.add(edited("moments", "max off the scale", b -> b.putDouble(52, 9),
        "min (1.0) and max (9.0) must lie on scale"));
    // duration: digits 12, trials 16, met 24, moments 32..79 (count 32, min 64), histogram 80..
    rows.add(edited("duration", "six significant digits", b -> b.put(12, (byte) 6),
        "digits (6) must be 1 to 5"));
    rows.add(edited("duration", "zero significant digits", b -> b.put(12, (byte) 0),
        "digits (0) must be 1 to 5"));
    rows.add(edited("duration", "reserved byte after digits", b -> b.put(13, (byte) 1),
        "followed by 3 zero bytes"));
    rows.add(edited("duration", "SLA met above trials", b -> b.putLong(24, 11),
        "SLA met (11) exceeds SLA trials (10)"));
    rows.add(edited("duration", "SLA trials above the count", b -> b.putLong(16, 11),
        "SLA trials (11) exceed the count (10)"));
    rows.add(edited("duration", "negative minimum", b -> b.putDouble(64, -1),
        "min (-1.0) must be >= 0"));
    rows.add(edited("duration", "histogram length negative", b -> b.putInt(80, -1),
        "histogram length -1"));
    rows.add(edited("duration", "histogram cookie", b -> b.putInt(84, 0x12345678),
        "is not an HdrHistogram V2 encoding"));
    rows.add(edited("duration", "histogram lowest 0", b -> b.putLong(84 + 16, 0),
        "histogram digits 3, lowest 0"));
    rows.add(edited("duration", "histogram highest 2^62", b -> b.putLong(84 + 24, 1L << 62),
        "highest 4611686018427387904"));
    rows.add(edited("duration", "histogram payload length", b -> b.putInt(84 + 4, 1 << 30),
        "histogram payload length 1073741824"));
    return rows.build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostile")
  void decode_hostileImage_formatErrorNamingTypeAndField(
      String type, String name, byte[] image, String message) {
    assertTimeoutPreemptively(
        HostileInputs.BOUND,
        () ->
            assertThatThrownBy(() -> decoder(type).apply(image))
                .as(name)
                .isInstanceOf(CemFormatException.class)
                .hasMessageStartingWith("not a cem " + type + " image")
                .hasMessageContaining(message));
  }

  /** The decoders read every precision the encoder writes: 1 and 5 digits are the bounds. */
  @Test
  void duration_extremePrecisions_roundTrip() {
    for (int digits : new int[] {1, 5}) {
      DurationAccumulator acc = DurationAccumulator.create(digits);
      acc.addMillis(1234, 2000);
      acc.addMillis(987_654, 2000);
      byte[] image = acc.toByteArray();
      DurationAccumulator back = DurationAccumulator.fromByteArray(image);
      assertThat(back.significantDigits()).isEqualTo(digits);
      assertThat(back.snapshot()).isEqualTo(acc.snapshot());
      assertThat(back.toByteArray()).isEqualTo(image);
    }
  }

  /** Empty images of every type decode to empty accumulators and re-encode identically. */
  @Test
  void emptyImages_roundTripAsEmpty() {
    byte[][] empties = {
      NpsAccumulator.create().toByteArray(),
      ProportionAccumulator.binary().toByteArray(),
      MomentsAccumulator.create().toByteArray(),
      MomentsAccumulator.forScale(dev.cem.core.Scale.CSAT).toByteArray(),
      DurationAccumulator.create().toByteArray()
    };
    assertThat(NpsAccumulator.fromByteArray(empties[0]).isEmpty()).isTrue();
    assertThat(ProportionAccumulator.fromByteArray(empties[1]).isEmpty()).isTrue();
    assertThat(MomentsAccumulator.fromByteArray(empties[2]).isEmpty()).isTrue();
    assertThat(MomentsAccumulator.fromByteArray(empties[3]).scale()).isEqualTo(dev.cem.core.Scale.CSAT);
    assertThat(DurationAccumulator.fromByteArray(empties[4]).isEmpty()).isTrue();
    assertThat(NpsAccumulator.fromByteArray(empties[0]).toByteArray()).isEqualTo(empties[0]);
    assertThat(MomentsAccumulator.fromByteArray(empties[3]).toByteArray()).isEqualTo(empties[3]);
  }

  /**
   * Regression (found by ImageFuzzTest): -0.0 in an empty moments block read as an empty state and
   * re-encoded to other bytes. Each of the five doubles (sum, compensation, M2, min, max) in turn.
   */
  @Test
  void moments_emptyImageWithNegativeZero_rejected() {
    for (int field = 0; field < 5; field++) {
      byte[] image = GoldenImages.read(GoldenImages.MOMENTS_EMPTY_V1);
      ByteBuffer.wrap(image).putDouble(20 + 8 * field, -0.0);
      assertThatThrownBy(() -> MomentsAccumulator.fromByteArray(image))
          .as("field %d", field)
          .isInstanceOf(CemFormatException.class)
          .hasMessageContaining("an empty moments block must be all zero");
    }
  }

  /** A non-empty proportion and NPS image decode to non-empty accumulators with the counts. */
  @Test
  void goldenImages_decodeNonEmptyWithCounts() {
    NpsAccumulator nps = NpsAccumulator.fromByteArray(NPS);
    assertThat(nps.isEmpty()).isFalse();
    assertThat(nps.count()).isEqualTo(3 + 2 + 1);
    ProportionAccumulator p = ProportionAccumulator.fromByteArray(PROPORTION);
    assertThat(p.isEmpty()).isFalse();
    assertThat(p.trials()).isEqualTo(263);
  }
}
