package dev.cem.metrics;

import dev.cem.core.Scale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The accumulator states stored as golden images in {@code src/test/resources/dev/cem/metrics/
 * golden}, and the writer that produced them. Run {@link #main} only when a new serial version is
 * released, with the resource directory as argument, and add new files beside the old ones:
 * released images are never regenerated.
 */
final class GoldenImages {
  private GoldenImages() {}

  static final String NPS_V1 = "nps-v1.bin";
  static final String NPS_EMPTY_V1 = "nps-empty-v1.bin";
  static final String PROPORTION_V1 = "proportion-csat-top2-v1.bin";
  static final String MOMENTS_V1 = "moments-ces-v1.bin";
  static final String MOMENTS_EMPTY_V1 = "moments-empty-v1.bin";
  static final String DURATION_V1 = "duration-v1.bin";

  /** R example counts: 3 promoters, 2 passives, 1 detractor. */
  static NpsAccumulator nps() {
    NpsAccumulator acc = NpsAccumulator.create();
    acc.addAll(10, 9, 9, 8, 7, 3);
    return acc;
  }

  /** CSAT top-2-box, 81 of 263 (Newcombe's first example). */
  static ProportionAccumulator proportion() {
    ProportionAccumulator acc = ProportionAccumulator.topBox(Scale.CSAT, 2);
    acc.addCounts(81, 263);
    return acc;
  }

  /** CES scores 1..5: count 5, sum 15, M2 10, min 1, max 5. */
  static MomentsAccumulator moments() {
    MomentsAccumulator acc = MomentsAccumulator.forScale(Scale.CES);
    acc.addAll(1, 2, 3, 4, 5);
    return acc;
  }

  /** 1..10 seconds, each with a 5 s SLA target: 5 of 10 met; mean 5.5 s. */
  static DurationAccumulator duration() {
    DurationAccumulator acc = DurationAccumulator.create();
    for (int s = 1; s <= 10; s++) {
      acc.add(Duration.ofSeconds(s), Duration.ofSeconds(5));
    }
    return acc;
  }

  static byte[] read(String name) {
    try (InputStream in = GoldenImages.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing golden image " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    Files.write(dir.resolve(NPS_V1), nps().toByteArray());
    Files.write(dir.resolve(NPS_EMPTY_V1), NpsAccumulator.create().toByteArray());
    Files.write(dir.resolve(PROPORTION_V1), proportion().toByteArray());
    Files.write(dir.resolve(MOMENTS_V1), moments().toByteArray());
    Files.write(dir.resolve(MOMENTS_EMPTY_V1), MomentsAccumulator.create().toByteArray());
    Files.write(dir.resolve(DURATION_V1), duration().toByteArray());
  }
}
