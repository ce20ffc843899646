package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cem.core.CemFormatException;
import dev.cem.core.json.CemMappers;
import dev.cem.maturity.internal.Json;
import dev.cem.testing.HostileInputs;
import java.io.IOException;
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
 * The hostile-input catalogue (docs/quality.md) for maturity model and assessment files, read
 * from disk with {@link MaturityModels#load(Path)} and {@link MaturityJson#readAssessment(Path)}:
 * every case fails within a generous time bound with a {@link CemFormatException} naming the
 * file and the problem. Field-level mistakes are the table of {@link MaturityModelTest}.
 */
class HostileModelFileTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final int MEGABYTES_20 = 20 * 1024 * 1024;
  private static final MaturityModel MODEL = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
  private static final String MODEL_JSON = MaturityJson.writeModel(MODEL, MaturityJson.Format.JSON);
  private static final String MODEL_YAML = MaturityJson.writeModel(MODEL, MaturityJson.Format.YAML);

  @TempDir Path dir;

  private static String firstWeight(String json, String replacement) {
    return json.replaceFirst("\"weight\" : [0-9.]+", "\"weight\" : " + replacement);
  }

  // name, file name, bytes (built inside the time bound), expected message fragment
  static Stream<Arguments> hostile() {
    return Stream.of(
        // encodings
        HostileInputs.bytes("invalid UTF-8 in a name", "m.json",
            () -> MODEL_JSON.replace("Strategy", "Strat\u00e9gy").getBytes(StandardCharsets.ISO_8859_1),
            "Invalid UTF-8"),
        HostileInputs.bytes("invalid UTF-8 in YAML", "m.yaml",
            () -> MODEL_YAML.replace("Strategy", "Strat\u00e9gy").getBytes(StandardCharsets.ISO_8859_1),
            "not valid text"),
        HostileInputs.bytes("truncated multi-byte sequence", "m.json",
            () -> java.util.Arrays.copyOf(MODEL_JSON.replace("Strategy", "Strat\u00e9gy")
                .getBytes(StandardCharsets.UTF_8), MODEL_JSON.indexOf("Strategy") + 6),
            "cannot be read"),
        HostileInputs.bytes("random binary", "m.json", () -> HostileInputs.randomBytes(4096, 3), "cannot be read"),
        HostileInputs.text("empty file", "m.json", () -> "", "cannot be read"),
        // sizes and numbers
        HostileInputs.text("20 MB description", "m.json",
            () -> MODEL_JSON.replaceFirst("\"description\" : \"", "\"description\" : \""
                + "x".repeat(MEGABYTES_20)), "String value length"),
        HostileInputs.text("10^6 nested arrays", "m.json", () -> "[".repeat(1_000_000),
            "Cannot deserialize value of type"),
        HostileInputs.text("500 000 nested YAML sequences", "m.yaml", () -> "id:\n" + " [\n".repeat(500_000),
            "Cannot deserialize value of type"),
        HostileInputs.text("1000-digit weight", "m.json", () -> firstWeight(MODEL_JSON, "9".repeat(1000)),
            "Number value length"),
        HostileInputs.text("weight 1e400 overflows to infinity", "m.json",
            () -> firstWeight(MODEL_JSON, "1e400"), "weight"),
        HostileInputs.text("NaN weight", "m.json", () -> firstWeight(MODEL_JSON, "NaN"), "NaN"),
        HostileInputs.text(".nan weight in YAML", "m.yaml",
            () -> MODEL_YAML.replaceFirst("weight: [0-9.]+", "weight: .nan"), "weight"),
        // structure
        HostileInputs.text("duplicate key", "m.json",
            () -> MODEL_JSON.replaceFirst("\"id\" : ", "\"id\" : \"x\", \"id\" : "),
            "Duplicate field 'id'"),
        HostileInputs.text("unknown field", "m.json",
            () -> MODEL_JSON.replaceFirst("\\{", "{ \"colour\" : \"red\","), "colour"),
        HostileInputs.text("trailing second document", "m.json", () -> MODEL_JSON + MODEL_JSON, "Trailing token"),
        HostileInputs.text("billion laughs", "m.yaml", () -> HostileInputs.billionLaughs(MODEL_YAML), "lol"),
        HostileInputs.text("3 M-character YAML comment line", "m.yaml",
            () -> MODEL_YAML + "#" + "x".repeat(3_000_000) + "\n", "exceeds the limit of 100000 characters"),
        HostileInputs.text("5 M code points in short lines", "m.yaml",
            () -> MODEL_YAML + ("#" + "x".repeat(999) + "\n").repeat(5000),
            "exceeds the limit of 4194304 code points"),
        HostileInputs.text("Java type tag", "m.yaml",
            () -> MODEL_YAML.replaceFirst("(?m)^id: .*$",
                "id: !!java.net.URL [\"http://127.0.0.1/\"]"), "Cannot deserialize"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void load_hostileModelFile_clearFormatErrorNamingFile(
      String name, String fileName, Supplier<byte[]> content, String message) {
    HostileInputs.assertFileRejected(name, dir.resolve(fileName), content, message, MaturityModels::load);
  }

  @Test
  void load_byteOrderMarks_readEqualModel() throws IOException {
    Path utf8 = dir.resolve("bom.json");
    Files.writeString(utf8, "\uFEFF" + MODEL_JSON, StandardCharsets.UTF_8);
    Path yaml = dir.resolve("bom.yaml");
    Files.writeString(yaml, "\uFEFF" + MODEL_YAML, StandardCharsets.UTF_8);
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, MODEL_JSON.getBytes(StandardCharsets.UTF_16));
    assertThat(MaturityModels.load(utf8)).isEqualTo(MODEL);
    assertThat(MaturityModels.load(yaml)).isEqualTo(MODEL);
    assertThat(MaturityModels.load(utf16)).isEqualTo(MODEL);
    assertThat(MaturityJson.readModel("\uFEFF" + MODEL_JSON, MaturityJson.Format.JSON))
        .isEqualTo(MODEL);
  }

  /** Every proper prefix of a model file is rejected: a cut file never reads as a model. */
  @Test
  void readModel_everyTruncationOfJson_rejected() {
    String json = MaturityJson.writeModel(MaturityTesting.tiny(), MaturityJson.Format.JSON);
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int length = 0; length < json.stripTrailing().length(); length++) {
            String cut = json.substring(0, length);
            assertThatThrownBy(() -> MaturityJson.readModel(cut, MaturityJson.Format.JSON))
                .as("cut to %d characters", length)
                .isInstanceOf(CemFormatException.class);
          }
        });
  }

  @Test
  void readAssessment_hostileFiles_clearFormatError() throws IOException {
    Assessment assessment = MaturityTesting.tinyStageTwo();
    String json = MaturityJson.writeAssessment(assessment, MaturityJson.Format.JSON);
    Path deep = dir.resolve("deep.json");
    Files.writeString(deep, "[".repeat(1_000_000));
    Path nan = dir.resolve("nan.json");
    Files.writeString(nan, json.replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : NaN"));
    Path binary = dir.resolve("binary.json");
    Files.write(binary, HostileInputs.randomBytes(2048, 9));
    for (Path file : new Path[] {deep, nan, binary}) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> MaturityJson.readAssessment(file))
                  .as(file.getFileName().toString())
                  .isInstanceOf(CemFormatException.class)
                  .hasMessageContaining(file.toString()));
    }
  }

  @Test
  void mappers_noDefaultTyping() {
    for (ObjectMapper mapper : new ObjectMapper[] {Json.mapper(false), Json.mapper(true)}) {
      assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
      assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
    }
  }

  /** JSON lines may be long (the JSON reader is linear); only YAML lines are bounded. */
  @Test
  void readModel_longLine_acceptedInJsonRejectedInYaml() {
    String padding = " ".repeat(CemMappers.MAX_YAML_LINE_LENGTH + 10);
    MaturityModel tiny = MaturityTesting.tiny();
    String json =
        MaturityJson.writeModel(tiny, MaturityJson.Format.JSON).replaceFirst("\\{", "{" + padding);
    assertThat(MaturityJson.readModel(json, MaturityJson.Format.JSON)).isEqualTo(tiny);
    String yaml = MaturityJson.writeModel(tiny, MaturityJson.Format.YAML) + "#" + padding + "\n";
    assertThatThrownBy(() -> MaturityJson.readModel(yaml, MaturityJson.Format.YAML))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("exceeds the limit of 100000 characters");
  }

  /** A failure found after parsing names the file once, in front. */
  @Test
  void readAssessment_notAnObject_messageNamesFileOnce() throws IOException {
    Path file = dir.resolve("list.json");
    Files.writeString(file, "[]");
    assertThatThrownBy(() -> MaturityJson.readAssessment(file))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(file + ": assessment document must be an object");
    assertThatThrownBy(() -> MaturityJson.readAssessments(file))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(file + ": assessment document must be an object");
    Path unreadable = dir.resolve("bad.json");
    Files.writeString(unreadable, "{");
    assertThatThrownBy(() -> MaturityJson.readAssessment(unreadable))
        .hasMessageStartingWith("assessment (" + unreadable + ") cannot be read")
        .satisfies(e -> assertThat(e.getMessage().split(unreadable.toString(), -1)).hasSize(2));
  }

  @Test
  void withThreshold_boundsInclusiveAtOneExclusiveAtZero() {
    MaturityScorer scorer = MaturityScorer.of(MODEL);
    assertThat(scorer.withThreshold(1.0).threshold()).isEqualTo(1.0);
    assertThat(scorer.withThreshold(Double.MIN_VALUE).threshold()).isEqualTo(Double.MIN_VALUE);
    assertThatThrownBy(() -> scorer.withThreshold(0))
        .hasMessage("fulfilment threshold (0.0) must be > 0 and <= 1");
    assertThatThrownBy(() -> scorer.withThreshold(Math.nextUp(1.0)))
        .hasMessageContaining("must be > 0 and <= 1");
  }
}
