package dev.cem.metrics.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cem.core.CemFormatException;
import dev.cem.testing.HostileInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (docs/quality.md) for bundle files read with {@link
 * MetricBundle#read(Path)}: each file is written to disk as bytes and must fail, within a generous
 * time bound, with a {@link CemFormatException} naming the file and the problem. Field-level
 * mistakes (bad weights, unknown fields and metrics) are the table of {@link BundleJsonTest}.
 */
class HostileBundleFileTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final int MEGABYTES_20 = 20 * 1024 * 1024;
  private static final String GOLDEN_JSON = resource("enterprise-v1.json");
  private static final String GOLDEN_YAML = resource("enterprise-v1.yaml");
  private static final String MINIMAL =
      "{\"schemaVersion\":1,\"name\":\"b\",\"components\":[{\"metric\":\"csat\",\"weight\":1,"
          + "\"normalisation\":\"IDENTITY\"}]}";

  @TempDir Path dir;

  // name, file name, bytes (built inside the time bound), expected message fragment
  static Stream<Arguments> hostile() {
    return Stream.of(
        // encodings
        HostileInputs.bytes("UTF-16 with byte-order mark", "b.json",
            () -> MINIMAL.getBytes(StandardCharsets.UTF_16), "not UTF-8 text"),
        HostileInputs.bytes("UTF-16LE without byte-order mark", "b.yaml",
            () -> GOLDEN_YAML.getBytes(StandardCharsets.UTF_16LE), "malformed YAML"),
        HostileInputs.bytes("Latin-1 byte in a label", "b.json",
            () -> MINIMAL.replace("\"b\"", "\"b\u00e9\"").getBytes(StandardCharsets.ISO_8859_1),
            "not UTF-8 text"),
        HostileInputs.bytes("truncated multi-byte sequence at the end", "b.json",
            () -> HostileInputs.concat(MINIMAL.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}),
            "not UTF-8 text"),
        HostileInputs.bytes("overlong encoding of '/'", "b.json",
            () -> HostileInputs.concat(MINIMAL.substring(0, 30).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF}), "not UTF-8 text"),
        HostileInputs.bytes("random binary", "b.json", () -> HostileInputs.randomBytes(4096, 7), "not UTF-8 text"),
        HostileInputs.text("empty file", "b.json", () -> "", "the document is empty"),
        HostileInputs.text("only a byte-order mark", "b.yaml", () -> "\uFEFF", "the document is empty"),
        // sizes and numbers
        HostileInputs.text("20 MB description", "b.json",
            () -> MINIMAL.replace("\"name\":\"b\"",
                "\"name\":\"b\",\"description\":\"" + "x".repeat(MEGABYTES_20) + "\""),
            "String value length"),
        HostileInputs.text("10^6 nested arrays", "b.json", () -> "[".repeat(1_000_000),
            "nesting depth (65) exceeds"),
        HostileInputs.text("500 000 nested YAML sequences", "b.yaml", () -> "name:\n" + " [\n".repeat(500_000),
            "nesting depth (65) exceeds"),
        HostileInputs.text("1000-digit weight", "b.json",
            () -> MINIMAL.replace("\"weight\":1", "\"weight\":" + "9".repeat(1000)),
            "Number value length"),
        HostileInputs.text("weight 1e400 overflows to infinity", "b.json",
            () -> MINIMAL.replace("\"weight\":1", "\"weight\":1e400"), "weight"),
        HostileInputs.text("NaN weight", "b.json", () -> MINIMAL.replace("\"weight\":1", "\"weight\":NaN"),
            "weight"),
        HostileInputs.text("-Infinity cap", "b.json",
            () -> MINIMAL.replace("\"weight\":1", "\"weight\":1,\"cap\":-Infinity"), "cap"),
        // structure
        HostileInputs.text("duplicate key", "b.json",
            () -> MINIMAL.replace("\"weight\":1", "\"weight\":1,\"weight\":2"),
            "Duplicate field 'weight'"),
        HostileInputs.text("duplicate YAML key", "b.yaml", () -> GOLDEN_YAML + "name: again\n",
            "Duplicate field 'name'"),
        HostileInputs.text("trailing second document", "b.json", () -> MINIMAL + MINIMAL, "Trailing token"),
        HostileInputs.text("billion laughs", "b.yaml", () -> HostileInputs.billionLaughs(GOLDEN_YAML),
            "unknown field 'lol0'"),
        HostileInputs.text("3 M-character YAML comment line", "b.yaml",
            () -> GOLDEN_YAML + "#" + "x".repeat(3_000_000) + "\n", "exceeds the limit of 100000 characters"),
        HostileInputs.text("5 M code points in short lines", "b.yaml",
            () -> GOLDEN_YAML + ("#" + "x".repeat(999) + "\n").repeat(5000),
            "exceeds the limit of 4194304 code points"),
        HostileInputs.text("Java type tag", "b.yaml",
            () -> GOLDEN_YAML.replace("name: enterprise-service",
                "name: !!java.net.URL [\"http://127.0.0.1/\"]"),
            "name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void read_hostileFile_clearFormatErrorNamingFile(
      String name, String fileName, Supplier<byte[]> content, String message) {
    HostileInputs.assertFileRejected(name, dir.resolve(fileName), content, message, MetricBundle::read);
  }

  /** Regression: a UTF-8 bundle file saved with a byte-order mark failed to read. */
  @Test
  void read_utf8ByteOrderMark_ignored() throws IOException {
    Path json = dir.resolve("bom.json");
    Files.writeString(json, "\uFEFF" + GOLDEN_JSON, StandardCharsets.UTF_8);
    Path yaml = dir.resolve("bom.yaml");
    Files.writeString(yaml, "\uFEFF" + GOLDEN_YAML, StandardCharsets.UTF_8);
    MetricBundle expected = MetricBundle.fromJson(GOLDEN_JSON);
    assertThat(MetricBundle.read(json)).isEqualTo(expected);
    assertThat(MetricBundle.read(yaml)).isEqualTo(expected);
    assertThat(MetricBundle.fromJson("\uFEFF" + GOLDEN_JSON)).isEqualTo(expected);
  }

  /** Every proper prefix of the golden JSON file is rejected: a cut file never reads as a bundle. */
  @Test
  void fromJson_everyTruncation_rejected() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int length = 0; length < GOLDEN_JSON.stripTrailing().length(); length++) {
            String cut = GOLDEN_JSON.substring(0, length);
            assertThatThrownBy(() -> MetricBundle.fromJson(cut))
                .as("cut to %d characters", length)
                .isInstanceOf(CemFormatException.class);
          }
        });
  }

  /**
   * YAML has no closing bracket, so a file cut at a line boundary can be a valid shorter document.
   * Every cut is either rejected or reads as a bundle that differs from the full one, never as
   * an equal bundle with silently lost parts; docs/quality.md names this limit of YAML.
   */
  @Test
  void fromYaml_everyTruncation_rejectedOrVisiblyDifferent() {
    MetricBundle full = MetricBundle.fromYaml(GOLDEN_YAML);
    int rejected = 0;
    for (int length = 0; length < GOLDEN_YAML.stripTrailing().length(); length++) {
      String cut = GOLDEN_YAML.substring(0, length);
      try {
        assertThat(MetricBundle.fromYaml(cut)).as("cut to %d characters", length).isNotEqualTo(full);
      } catch (CemFormatException e) {
        rejected++;
      }
    }
    assertThat(rejected).isGreaterThan(GOLDEN_YAML.length() / 2);
  }

  private static String resource(String name) {
    try (InputStream in = HostileBundleFileTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
