package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.WAIT_MINUTES;
import static dev.cem.metrics.bundle.BundleTesting.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemFormatException;
import dev.cem.metrics.catalog.StandardMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bundle files: round trips, the golden schema-version-1 files, and precise errors. */
class BundleJsonTest {

  /** The bundle the golden files describe, built in code. */
  static MetricBundle enterprise() {
    return MetricBundle.builder("enterprise-service")
        .description("Service bundle agreed with enterprise customers")
        .catalog(StandardMetrics.catalog().with(WAIT_MINUTES))
        .missingPolicy(MissingPolicy.REWEIGHT)
        .thresholds(Thresholds.of(60, 75))
        .component(
            BundleComponent.of("availability", 3, Normalisation.goalposts(95, 100))
                .withCap(100)
                .withThresholds(Thresholds.of(99.5, 99.9))
                .withTarget(99.9))
        .component("mttr", 1, Normalisation.distanceToTarget(14400))
        .component("csat", 2, Normalisation.identity())
        .component("wait-minutes", 1, Normalisation.goalposts(0, 30))
        .profile(PriorityProfile.multiply("acme", Map.of("availability", 3.0)))
        .build();
  }

  @Test
  void read_goldenJsonV1_equalsBundleBuiltInCode() throws IOException {
    assertThat(MetricBundle.fromJson(resource("enterprise-v1.json"))).isEqualTo(enterprise());
  }

  @Test
  void read_goldenYamlV1_equalsBundleBuiltInCode() throws IOException {
    assertThat(MetricBundle.fromYaml(resource("enterprise-v1.yaml"))).isEqualTo(enterprise());
  }

  @Test
  void toJson_roundTrip_equalObjectAndSameText() {
    MetricBundle bundle = enterprise();
    String json = bundle.toJson();

    MetricBundle back = MetricBundle.fromJson(json);

    assertThat(back).isEqualTo(bundle);
    assertThat(back.toJson()).isEqualTo(json);
    // host metric is written with the bundle, standard metrics are not
    assertThat(json).contains("\"wait-minutes\"").doesNotContain("\"Availability\"");
  }

  @Test
  void toYaml_roundTrip_equalObjectAndSameText() {
    MetricBundle bundle = enterprise();
    String yaml = bundle.toYaml();

    MetricBundle back = MetricBundle.fromYaml(yaml);

    assertThat(back).isEqualTo(bundle);
    assertThat(back.toYaml()).isEqualTo(yaml);
  }

  @Test
  void roundTrip_everyKindAggregationAndPolicy() {
    for (Aggregation aggregation : Aggregation.values()) {
      for (MissingPolicy policy : MissingPolicy.values()) {
        MetricBundle bundle =
            MetricBundle.builder("all-kinds")
                .aggregation(aggregation)
                .missingPolicy(policy)
                .component("nps", 1, Normalisation.minMax())
                .component("ces", 0.5, Normalisation.zScore())
                .component("fcr", 0, Normalisation.identity())
                .component("mttr", 2, Normalisation.distanceToTarget(3600))
                .component(BundleComponent.of("csat", 1, Normalisation.goalposts(-1.5, 1e6)).withCap(42.5))
                .profile(PriorityProfile.replace("r", Map.of("nps", 0.0, "mttr", 7.0)))
                .build();
        assertThat(MetricBundle.fromJson(bundle.toJson())).isEqualTo(bundle);
        assertThat(MetricBundle.fromYaml(bundle.toYaml())).isEqualTo(bundle);
      }
    }
  }

  @Test
  void readAndWrite_files_byExtension(@TempDir Path dir) {
    MetricBundle bundle = enterprise();
    Path json = dir.resolve("b.json");
    Path yaml = dir.resolve("b.YML");

    bundle.write(json);
    bundle.write(yaml);

    assertThat(MetricBundle.read(json)).isEqualTo(bundle);
    assertThat(MetricBundle.read(yaml)).isEqualTo(bundle);
    assertThat(MetricBundle.read(yaml).toYaml()).isEqualTo(bundle.toYaml());
  }

  @Test
  void read_goldenFile_scores() throws IOException {
    MetricBundle bundle = MetricBundle.fromJson(resource("enterprise-v1.json")).withProfile("acme");

    BundleScore s =
        bundle.score(values("availability", 99, "mttr", 7200, "csat", 80, "wait-minutes", 15));

    // availability (99-95)/5 = 80 with weight 3*3 = 9; mttr 14400/7200 capped: 100, weight 1;
    // csat 80, weight 2; wait (30-15)/30 = 50, weight 1
    assertThat(s.value()).isCloseTo((9 * 80 + 1 * 100 + 2 * 80 + 1 * 50) / 13.0, within(1e-9));
    assertThat(s.status()).isEqualTo(Status.GREEN);
  }

  // --- Bad files -----------------------------------------------------------------------------

  static Stream<Arguments> badJson() {
    return Stream.of(
        // weights
        Arguments.of(
            component("\"metric\": \"csat\", \"weight\": -0.2, \"normalisation\": \"IDENTITY\""),
            "JSON: components[0] (metric 'csat'): weight for metric 'csat' (-0.2) must be a"
                + " finite number >= 0"),
        Arguments.of(
            bundle(
                "{\"metric\": \"csat\", \"weight\": 0, \"normalisation\": \"IDENTITY\"},"
                    + "{\"metric\": \"fcr\", \"weight\": 0, \"normalisation\": \"IDENTITY\"}"),
            "JSON: bundle 'b': all component weights are 0 ([csat, fcr]); at least one must be > 0"),
        Arguments.of(
            component("\"metric\": \"csat\", \"weight\": \"heavy\", \"normalisation\": \"IDENTITY\""),
            "JSON: components[0] (metric 'csat').weight (\"heavy\") must be a number"),
        // metrics
        Arguments.of(
            component("\"metric\": \"cast\", \"weight\": 1, \"normalisation\": \"IDENTITY\""),
            "JSON: bundle 'b' components[0]: unknown metric id 'cast'; known ids: [nps, csat,"),
        Arguments.of(
            bundle(
                "{\"metric\": \"csat\", \"weight\": 1, \"normalisation\": \"IDENTITY\"},"
                    + "{\"metric\": \"csat\", \"weight\": 2, \"normalisation\": \"MIN_MAX\"}"),
            "JSON: bundle 'b': duplicate component for metric 'csat' (components[0] and"
                + " components[1])"),
        // normalisation
        Arguments.of(
            component(
                "\"metric\": \"availability\", \"weight\": 1, \"normalisation\":"
                    + " {\"type\": \"GOALPOSTS\", \"lower\": 100, \"upper\": 95}"),
            "JSON: components[0] (metric 'availability').normalisation: goalposts reversed: lower"
                + " (100.0) must be < upper (95.0)"),
        Arguments.of(
            component("\"metric\": \"csat\", \"weight\": 1, \"normalisation\": \"GOALPOSTS\""),
            "JSON: components[0] (metric 'csat').normalisation: GOALPOSTS needs parameters; write"
                + " it as an object with type, lower and upper"),
        Arguments.of(
            component("\"metric\": \"csat\", \"weight\": 1, \"normalisation\": \"LOG\""),
            "JSON: components[0] (metric 'csat').normalisation ('LOG') must be one of [MIN_MAX,"
                + " GOALPOSTS, DISTANCE_TO_TARGET, Z_SCORE, IDENTITY]"),
        Arguments.of(
            component("\"metric\": \"csat\", \"weight\": 1"),
            "JSON: components[0] (metric 'csat').normalisation is missing; one of [MIN_MAX,"),
        // unknown fields
        Arguments.of(
            component("\"metric\": \"csat\", \"wieght\": 1, \"normalisation\": \"IDENTITY\""),
            "JSON: unknown field 'wieght' in components[0]; allowed: [metric, weight,"
                + " normalisation, cap, thresholds, target]"),
        Arguments.of(
            "{\"schemaVersion\": 1, \"name\": \"b\", \"colour\": \"red\", \"components\": []}",
            "JSON: unknown field 'colour' in the document; allowed: [schemaVersion, name,"),
        Arguments.of(
            component(
                "\"metric\": \"csat\", \"weight\": 1, \"normalisation\": {\"type\": \"MIN_MAX\","
                    + " \"lower\": 1}"),
            "JSON: unknown field 'lower' in components[0] (metric 'csat').normalisation (MIN_MAX);"
                + " allowed: [type]"),
        // schema version
        Arguments.of(
            "{\"name\": \"b\", \"components\": []}",
            "JSON: schemaVersion is missing; this library reads schemaVersion 1"),
        Arguments.of(
            "{\"schemaVersion\": 2, \"name\": \"b\", \"components\": []}",
            "JSON: schemaVersion (2) is not supported; supported: 1"),
        Arguments.of(
            "{\"schemaVersion\": \"1\", \"name\": \"b\", \"components\": []}",
            "JSON: schemaVersion (\"1\") must be the integer 1"),
        // structure
        Arguments.of(
            "{\"schemaVersion\": 1, \"name\": \"b\"}",
            "JSON: components is missing; a bundle needs at least one component"),
        Arguments.of(
            "{\"schemaVersion\": 1, \"name\": \"b\", \"components\": []}",
            "JSON: bundle 'b' has no components; add at least one"),
        Arguments.of("", "JSON: the document is empty"),
        Arguments.of("[1, 2]", "JSON: the document ([1,2]) must be an object"),
        Arguments.of("{\"schemaVersion\": 1,", "JSON: malformed JSON at line 1, column"),
        Arguments.of(
            "{\"schemaVersion\": 1, \"schemaVersion\": 1}",
            "JSON: malformed JSON at line 1, column"),
        Arguments.of(
            "{\"schemaVersion\": 1, \"name\": \"b\", \"aggregation\": \"MEDIAN\", \"components\": []}",
            "JSON: aggregation ('MEDIAN') must be one of [ARITHMETIC, GEOMETRIC, MINIMUM]"),
        // profiles and thresholds
        Arguments.of(
            "{\"schemaVersion\": 1, \"name\": \"b\", \"components\": [{\"metric\": \"csat\","
                + " \"weight\": 1, \"normalisation\": \"IDENTITY\"}], \"profiles\": [{\"name\":"
                + " \"p\", \"mode\": \"MULTIPLY\", \"weights\": {\"nps\": 2}}]}",
            "JSON: bundle 'b' profile 'p': metric 'nps' is not a component; components: [csat]"),
        Arguments.of(
            component(
                "\"metric\": \"mttr\", \"weight\": 1, \"normalisation\": {\"type\":"
                    + " \"DISTANCE_TO_TARGET\", \"target\": 3600}, \"thresholds\": {\"amber\":"
                    + " 3600, \"green\": 7200}"),
            "JSON: bundle 'b' components[0] (metric 'mttr') thresholds: amber (3600.0) must be >="
                + " green (7200.0) for a lower-is-better value"));
  }

  @ParameterizedTest
  @MethodSource("badJson")
  void fromJson_badBundle_failsWithPreciseMessage(String json, String message) {
    assertThatThrownBy(() -> MetricBundle.fromJson(json))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void fromJson_nanOrInfiniteWeight_failsNamingField() {
    assertThatThrownBy(
            () ->
                MetricBundle.fromJson(
                    component("\"metric\": \"csat\", \"weight\": NaN, \"normalisation\": \"IDENTITY\"")))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(
            "JSON: components[0] (metric 'csat'): weight for metric 'csat' (NaN) must be a finite"
                + " number >= 0");
    assertThatThrownBy(
            () ->
                MetricBundle.fromJson(
                    component(
                        "\"metric\": \"csat\", \"weight\": Infinity, \"normalisation\": \"IDENTITY\"")))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("weight for metric 'csat' (Infinity) must be a finite number >= 0");
  }

  @Test
  void fromJson_overlongNumber_failsUnderSharedReadConstraints() {
    String digits = "1".repeat(150);
    assertThatThrownBy(
            () ->
                MetricBundle.fromJson(
                    component("\"metric\": \"csat\", \"weight\": " + digits + ", \"normalisation\": \"IDENTITY\"")))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith("JSON: malformed JSON")
        .hasMessageContaining("Number value length (150) exceeds the maximum allowed (100");
  }

  @Test
  void fromYaml_nanWeight_failsWithPosition() {
    String yaml =
        "schemaVersion: 1\nname: b\ncomponents:\n"
            + "  - {metric: csat, weight: .nan, normalisation: IDENTITY}\n";
    assertThatThrownBy(() -> MetricBundle.fromYaml(yaml))
        .isInstanceOf(CemFormatException.class)
        .hasMessage("YAML: malformed YAML at line 4, column 32: Malformed numeric value '.nan'");
  }

  @Test
  void read_badFile_namesFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"schemaVersion\": 3}");
    assertThatThrownBy(() -> MetricBundle.read(file))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(file + ": schemaVersion (3) is not supported; supported: 1");
  }

  private static String bundle(String components) {
    return "{\"schemaVersion\": 1, \"name\": \"b\", \"components\": [" + components + "]}";
  }

  private static String component(String body) {
    return bundle("{" + body + "}");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BundleJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
