package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaturityModelsTest {

  @Test
  void ids_listsBothBuiltIns() {
    assertThat(MaturityModels.ids()).containsExactly("cem-five-stage", "service-process");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cem-five-stage", "service-process"})
  void builtIn_everyStagePerDimension_hasAtLeastThreeCriteria(String id) {
    MaturityModel m = MaturityModels.builtIn(id);

    assertThat(m.id()).isEqualTo(id);
    assertThat(m.maxStage()).isEqualTo(5);
    for (Dimension d : m.dimensions()) {
      for (int s = 1; s <= m.maxStage(); s++) {
        assertThat(m.criteria(d.id(), s))
            .as("criteria of dimension %s at stage %d", d.id(), s)
            .hasSizeGreaterThanOrEqualTo(3);
      }
    }
    assertThat(m.criteria()).hasSizeGreaterThanOrEqualTo(m.dimensions().size() * 5 * 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cem-five-stage", "service-process"})
  void builtIn_everyCriterion_hasStatementGuidanceAndRecommendation(String id) {
    Set<String> statements = new HashSet<>();
    for (Criterion c : MaturityModels.builtIn(id).criteria()) {
      assertThat(c.statement()).as(c.id()).isNotBlank();
      assertThat(c.guidance()).as(c.id()).isNotBlank();
      assertThat(c.recommendation()).as(c.id()).isNotBlank().isNotEqualTo(c.statement());
      assertThat(statements.add(c.statement())).as("statement of %s is unique", c.id()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cem-five-stage", "service-process"})
  void builtIn_roundTripsThroughJsonAndYaml(String id) {
    MaturityModel m = MaturityModels.builtIn(id);

    for (MaturityJson.Format f : MaturityJson.Format.values()) {
      assertThat(MaturityJson.readModel(MaturityJson.writeModel(m, f), f)).isEqualTo(m);
    }
  }

  @Test
  void cemFiveStage_stagesDimensionsAndDescription_asDesigned() {
    MaturityModel m = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);

    assertThat(m.stages())
        .extracting(Stage::name)
        .containsExactly(
            "Not on the scale", "Initial", "Developing", "Defined", "Managed", "Optimising");
    assertThat(m.dimensions())
        .extracting(Dimension::id)
        .containsExactly(
            "strategy",
            "leadership",
            "measurement",
            "governance",
            "culture",
            "process",
            "technology",
            "voice");
    assertThat(m.description())
        .contains("written for this project")
        .contains("not a vendor's instrument");
    assertThat(m.criteria()).hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void cemFiveStage_evidenceRules_coverTheNamedMetrics() {
    MaturityModel m = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);

    assertThat(m.criterion("technology-5a").orElseThrow().evidence())
        .isEqualTo(
            EvidenceRule.compare(
                    "information-repeat-rate", EvidenceRule.Operator.LT, 10, "FULLY", "PARTLY")
                .withMinN(30));
    assertThat(m.criterion("process-4a").orElseThrow().evidence().metric())
        .isEqualTo("proactive-detection-ratio");
    assertThat(m.criterion("measurement-4a").orElseThrow().evidence())
        .isEqualTo(EvidenceRule.status("cx-index", "GREEN", "FULLY", "PARTLY"));
    assertThat(m.criterion("measurement-2a").orElseThrow().evidence())
        .isEqualTo(
            EvidenceRule.compare("nps", EvidenceRule.Operator.GE, 30, "FULLY", "PARTLY")
                .withSubject(EvidenceRule.Subject.N));
  }

  @Test
  void serviceProcess_dimensions_areTheSixPhases() {
    MaturityModel m = MaturityModels.builtIn(MaturityModels.SERVICE_PROCESS);

    assertThat(m.dimensions())
        .extracting(Dimension::id)
        .containsExactly(
            "detection", "preparation", "transaction", "measurement", "understanding",
            "improvement");
    assertThat(m.description()).contains("not a vendor's instrument");
  }

  @Test
  void builtIn_sameIdTwice_sameInstance() {
    assertThat(MaturityModels.builtIn("cem-five-stage"))
        .isSameAs(MaturityModels.builtIn("cem-five-stage"));
  }

  @Test
  void builtIn_unknownId_rejectedListingIds() {
    assertThatThrownBy(() -> MaturityModels.builtIn("gartner"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("'gartner'")
        .hasMessageContaining("cem-five-stage, service-process");
  }

  @Test
  void load_pathByExtension_readsJsonAndYaml(@TempDir Path dir) throws Exception {
    MaturityModel tiny = MaturityTesting.tiny();
    Path json = dir.resolve("tiny.json");
    Path yaml = dir.resolve("tiny.YML");
    Files.writeString(json, MaturityJson.writeModel(tiny, MaturityJson.Format.JSON));
    Files.writeString(yaml, MaturityJson.writeModel(tiny, MaturityJson.Format.YAML));

    assertThat(MaturityModels.load(json)).isEqualTo(tiny);
    assertThat(MaturityModels.load(yaml)).isEqualTo(tiny);
    assertThat(
            MaturityModels.load(
                new ByteArrayInputStream(
                    Files.readString(json).getBytes(StandardCharsets.UTF_8)),
                MaturityJson.Format.JSON))
        .isEqualTo(tiny);
  }

  @Test
  void load_invalidFile_namesFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, MaturityTesting.TINY_YAML.replace("stage: 2", "stage: 9"));

    assertThatThrownBy(() -> MaturityModels.load(bad))
        .isInstanceOf(dev.cem.core.CemFormatException.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("unknown stage 9");
  }

  @Test
  void writeModel_json_startsWithSchemaVersion() {
    String json = MaturityJson.writeModel(MaturityTesting.tiny(), MaturityJson.Format.JSON);

    assertThat(json.replaceAll("\\s", "")).startsWith("{\"schemaVersion\":1,\"id\":\"tiny\"");
    assertThat(List.of(json.split("\n"))).anyMatch(l -> l.contains("\"notApplicable\""));
  }
}
