package dev.cem.metrics.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.testing.Fuzzing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutation fuzzing of the bundle readers ({@link Fuzzing}), seeded with the golden bundle files.
 * A mutated file either reads as a bundle that writes back to an equal bundle, or fails with a
 * CemFormatException.
 */
class BundleFileFuzzTest {

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void read_mutatedFiles_acceptedOrFormatError(String format) throws IOException {
    boolean yaml = format.equals("yaml");
    byte[] seed;
    try (InputStream in = BundleFileFuzzTest.class.getResourceAsStream("enterprise-v1." + format)) {
      seed = in.readAllBytes();
    }
    Fuzzing.Result r =
        Fuzzing.run(
            "bundle-" + format,
            List.of(seed),
            3,
            input -> {
              String text = new String(input, StandardCharsets.UTF_8);
              MetricBundle b = yaml ? MetricBundle.fromYaml(text) : MetricBundle.fromJson(text);
              assertThat(yaml ? MetricBundle.fromYaml(b.toYaml()) : MetricBundle.fromJson(b.toJson()))
                  .isEqualTo(b);
              return true;
            });
    assertThat(r.rejected()).isPositive();
  }
}
