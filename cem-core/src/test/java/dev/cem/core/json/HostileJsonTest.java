package dev.cem.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cem.core.CemFormatException;
import dev.cem.core.CoreTesting;
import dev.cem.core.Outcome;
import dev.cem.testing.HostileInputs;
import dev.cem.core.Interaction;
import dev.cem.core.Scale;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (docs/quality.md) for the cem-core JSON and YAML readers. Every case
 * must end, within a generous time bound, in a {@link CemFormatException} whose message names the
 * problem; big inputs are generated in memory. The malformed-document table of {@link CemJsonTest}
 * covers wrong types, missing fields and domain violations; this class covers sizes, encodings
 * and parser-level attacks.
 */
class HostileJsonTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String SCALE = "{\"schemaVersion\":1,\"name\":\"csat\",\"min\":1,\"max\":5}";
  private static final String SCALE_YAML = "schemaVersion: 1\nname: csat\nmin: 1\nmax: 5\n";
  private static final int MEGABYTES_20 = 20 * 1024 * 1024;

  private static Arguments json(String name, Supplier<String> text, String message) {
    return Arguments.of(name, false, text, message);
  }

  private static Arguments yaml(String name, Supplier<String> text, String message) {
    return Arguments.of(name, true, text, message);
  }

  // name, YAML?, document (built lazily, inside the time bound), expected message fragment
  static Stream<Arguments> hostile() {
    return Stream.of(
        // sizes: strings, names, numbers and lines beyond the shared read constraints
        json("20 MB string value",
            () -> "{\"schemaVersion\":1,\"name\":\"" + "x".repeat(MEGABYTES_20) + "\"}",
            "String value length"),
        json("200 000-character field name",
            () -> "{\"schemaVersion\":1,\"" + "k".repeat(200_000) + "\":1}",
            "exceeds the maximum allowed (50000, from `StreamReadConstraints.getMaxNameLength()`)"),
        json("20 MB line of whitespace then garbage",
            () -> " ".repeat(MEGABYTES_20) + "}", "Unexpected close marker"),
        json("1000-digit integer",
            () -> "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":0,\"max\":" + "9".repeat(1000)
                + "}", "Number value length"),
        json("1000-digit fraction",
            () -> "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":0.".concat("1".repeat(1000))
                + ",\"max\":1}", "Number value length"),
        json("huge exponent overflows to infinity",
            () -> "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":1e400,\"max\":5}",
            "$.min: expected an integer between -2147483648 and 2147483647, got number"),
        json("long beyond 64 bits as int field",
            () -> "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":9223372036854775808,\"max\":5}",
            "$.min: expected an integer between -2147483648 and 2147483647"),
        // non-finite literals
        json("NaN literal", () -> SCALE.replace("\"min\":1", "\"min\":NaN"),
            "Non-standard token 'NaN'"),
        json("Infinity literal", () -> SCALE.replace("\"min\":1", "\"min\":Infinity"),
            "Non-standard token 'Infinity'"),
        json("-Infinity literal", () -> SCALE.replace("\"min\":1", "\"min\":-Infinity"),
            "Non-standard token '-Infinity'"),
        yaml(".nan in YAML", () -> SCALE_YAML.replace("min: 1", "min: .nan"),
            "Malformed numeric value '.nan'"),
        yaml(".inf in YAML", () -> SCALE_YAML.replace("min: 1", "min: .inf"),
            "Malformed numeric value '.inf'"),
        // nesting
        json("10^6 nested arrays", () -> "[".repeat(1_000_000), "nesting depth (65) exceeds"),
        json("10^6 nested objects", () -> "{\"a\":".repeat(1_000_000), "nesting depth (65)"),
        yaml("500 000 nested YAML flow sequences, one a line", () -> "a:\n" + " [\n".repeat(500_000),
            "nesting depth (65) exceeds"),
        yaml("2000 nested YAML block mappings", HostileJsonTest::deepBlockYaml,
            "nesting depth (65) exceeds"),
        // duplicate and unknown keys
        json("duplicate key", () -> SCALE.replace("\"min\":1", "\"min\":1,\"min\":2"),
            "Duplicate field 'min'"),
        yaml("duplicate key in YAML", () -> SCALE_YAML + "min: 2\n", "Duplicate field 'min'"),
        json("500 000 unknown fields", HostileJsonTest::manyUnknownFields, "$.f0: unknown property"),
        // YAML-specific attacks
        yaml("billion laughs", () -> HostileInputs.billionLaughs(SCALE_YAML), "unknown property 'lol0'"),
        yaml("alias used as a field value", () -> "schemaVersion: 1\nname: &n csat\nmin: 1\n"
            + "max: 5\nlabel: *n\n", "unknown property 'label'"),
        yaml("Java type tag (no object is constructed)",
            () -> "schemaVersion: 1\nname: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"
                + "min: 1\nmax: 5\n", "$.name: expected a string, got array"),
        // encodings
        json("NUL in a string", () -> SCALE.replace("csat", "cs\u0000at"),
            "Illegal unquoted character"),
        json("lone surrogate escape", () -> SCALE.replace("csat", "\\ud800"),
            "scale name ('\ud800') must be 1 to 200 characters"),
        json("UTF-16 bytes decoded as UTF-8",
            () -> new String(SCALE.getBytes(StandardCharsets.UTF_16), StandardCharsets.UTF_8),
            "Unexpected character"),
        json("two byte-order marks", () -> "\uFEFF\uFEFF" + SCALE, "Unexpected character"),
        // truncation and trailing content
        json("cut inside a string", () -> SCALE.substring(0, 30), "Unexpected end-of-input"),
        json("cut inside an escape", () -> "{\"schemaVersion\":1,\"name\":\"a\\u00", "end-of-input"),
        json("second document", () -> SCALE + SCALE, "Trailing token"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void read_hostileDocument_clearFormatErrorInBoundedTime(
      String name, boolean isYaml, Supplier<String> document, String message) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          String text = document.get();
          assertThatThrownBy(
                  () -> {
                    if (isYaml) {
                      CemJson.readYaml(text, Scale.class);
                    } else {
                      CemJson.read(text, Scale.class);
                    }
                  })
              .as(name)
              .isInstanceOf(CemFormatException.class)
              .hasMessageContaining(message);
        });
  }

  /**
   * Regression: one 17 M-character YAML comment took about a minute to read (the YAML scanner is
   * quadratic in the length of a token, and a trailing comment escapes its code-point limit). Long
   * lines are now rejected before parsing, so every document within the limits reads fast.
   */
  @Test
  void readYaml_longComment_rejectedFast() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThatThrownBy(
                  () -> CemJson.readYaml(SCALE_YAML + "#" + "x".repeat(3_000_000) + "\n",
                      Scale.class))
              .isInstanceOf(CemFormatException.class)
              .hasMessage("cannot read Scale document: YAML line 5 (3000001 characters) exceeds the"
                  + " limit of 100000 characters");
          assertThatThrownBy(
                  () -> CemJson.readYaml(SCALE_YAML + "#" + "x".repeat(17_000_000) + "\n",
                      Scale.class))
              .isInstanceOf(CemFormatException.class)
              .hasMessage("cannot read Scale document: YAML document (17000044 characters) exceeds"
                  + " the limit of 4194304 code points; use JSON for large documents");
        });
  }

  @Test
  void readYaml_documentJustWithinLimits_readsInBoundedTime() {
    String line = "#" + "x".repeat(CemMappers.MAX_YAML_LINE_LENGTH - 1) + "\n";
    int lines = (CemMappers.MAX_YAML_CODE_POINTS - SCALE_YAML.length()) / line.length();
    String yaml = SCALE_YAML + line.repeat(lines);
    assertThat(yaml.length()).isGreaterThan(CemMappers.MAX_YAML_CODE_POINTS - line.length());
    assertTimeoutPreemptively(
        BOUND, () -> assertThat(CemJson.readYaml(yaml, Scale.class)).isEqualTo(Scale.CSAT));
    assertThatThrownBy(() -> CemJson.readYaml(yaml + line + line, Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("exceeds the limit of 4194304 code points; use JSON");
    assertThatThrownBy(() -> CemJson.readYaml(SCALE_YAML + "#" + "x".repeat(100_000), Scale.class))
        .hasMessageContaining("YAML line 5 (100001 characters) exceeds the limit");
  }

  /** The limits are inclusive: exactly at each limit passes, one more fails. */
  @Test
  void checkYamlText_exactlyAtLimits_accepted_oneMore_rejected() {
    int maxLine = CemMappers.MAX_YAML_LINE_LENGTH;
    int max = CemMappers.MAX_YAML_CODE_POINTS;
    String line = "#" + "x".repeat(maxLine - 1);
    assertThat(CemMappers.checkYamlText(line)).isSameAs(line);
    assertThatThrownBy(() -> CemMappers.checkYamlText("a: 1\n" + line + "x"))
        .isInstanceOf(CemFormatException.class)
        .hasMessage("YAML line 2 (100001 characters) exceeds the limit of 100000 characters");
    String block = "#" + "x".repeat(998) + "\n";
    String doc = block.repeat(max / block.length()) + "#".repeat(max % block.length());
    assertThat(doc).hasSize(max);
    assertThat(CemMappers.checkYamlText(doc)).hasSize(max);
    assertThatThrownBy(() -> CemMappers.checkYamlText(doc + "\n"))
        .hasMessage("YAML document (4194305 characters) exceeds the limit of 4194304 code points;"
            + " use JSON for large documents");
    // one character more, but a surrogate pair is one code point: still within the limit
    String withPair = doc.substring(0, max - 1) + "\uD83D\uDE00";
    assertThat(withPair).hasSize(max + 1);
    assertThat(CemMappers.checkYamlText(withPair)).isSameAs(withPair);
  }

  /** Every proper prefix of a valid document is rejected: a cut file never reads as a value. */
  @Test
  void read_everyTruncation_rejected() {
    Interaction value = CoreTesting.interaction("i1", CoreTesting.ALICE, CoreTesting.HOTLINE, 5,
        Outcome.RESOLVED);
    String full = CemJson.write(value);
    assertThat(CemJson.read(full, Interaction.class)).isEqualTo(value);
    for (int length = 0; length < full.length(); length++) {
      String cut = full.substring(0, length);
      assertThatThrownBy(() -> CemJson.read(cut, Interaction.class))
          .as("cut to %d characters", length)
          .isInstanceOf(CemFormatException.class);
    }
  }

  // ---- byte-order marks: ignored, like YAML already did (regression: a UTF-8 file saved with a
  // BOM by a Windows editor failed with "Unexpected character ('\uFEFF')")

  @Test
  void read_byteOrderMarkString_ignored() {
    assertThat(CemJson.read("\uFEFF" + SCALE, Scale.class)).isEqualTo(Scale.CSAT);
    assertThat(CemJson.readYaml("\uFEFF" + SCALE_YAML, Scale.class)).isEqualTo(Scale.CSAT);
    assertThat(CemJson.readAll("\uFEFF{\"schemaVersion\":1,\"items\":[]}", Scale.class)).isEmpty();
  }

  @Test
  void read_byteOrderMarkReader_ignored() {
    byte[] bytes = ("\uFEFF" + SCALE).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    InputStreamReader reader =
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    assertThat(CemJson.read(reader, Scale.class)).isEqualTo(Scale.CSAT);
    assertThat(CemJson.read(new StringReader(SCALE), Scale.class)).isEqualTo(Scale.CSAT);
    assertThatThrownBy(() -> CemJson.read(new StringReader(""), Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("got nothing");
  }

  /**
   * Regression: invalid UTF-8 read through a strict decoder escaped as an UncheckedIOException
   * instead of the documented CemFormatException.
   */
  @Test
  void read_invalidUtf8StrictReader_formatError() {
    byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    InputStreamReader reader =
        new InputStreamReader(
            new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
    assertThatThrownBy(() -> CemJson.read(reader, Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith(
            "cannot read Scale document: the text is not valid in its character encoding")
        .hasMessageContaining("MalformedInputException");
  }

  /** A lenient decoder turns invalid bytes into U+FFFD, which then fails as text, not silently. */
  @Test
  void read_invalidUtf8LenientReader_replacementCharacterRejected() {
    byte[] bytes = SCALE.replace("csat", "cs\u00e4t").getBytes(StandardCharsets.ISO_8859_1);
    InputStreamReader reader =
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CemJson.read(reader, Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("$: scale name ('cs\uFFFDt') must be");
  }

  // ---- default typing: never on, so a type id in the input constructs nothing

  @Test
  void mappers_noDefaultTyping_typeIdsAreData() throws Exception {
    for (ObjectMapper mapper :
        new ObjectMapper[] {
          CemMappers.json(), CemMappers.yaml(), CemJson.newMapper(), CemJson.newYamlMapper()
        }) {
      assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
      assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
    }
    Object read =
        CemMappers.json()
            .readValue("[\"java.net.URL\",{\"@class\":\"java.net.URL\"}]", Object.class);
    assertThat(read).isInstanceOf(java.util.List.class);
    assertThat(((java.util.List<?>) read).get(1)).isEqualTo(Map.of("@class", "java.net.URL"));
  }

  // ---- generators

  private static String deepBlockYaml() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append(" ".repeat(i)).append("k:\n");
    }
    return b.toString();
  }

  private static String manyUnknownFields() {
    StringBuilder b = new StringBuilder("{\"schemaVersion\":1,\"name\":\"csat\",\"min\":1,\"max\":5");
    for (int i = 0; i < 500_000; i++) {
      b.append(",\"f").append(i).append("\":1");
    }
    return b.append('}').toString();
  }
}
