package dev.cem.maturity;

import static dev.cem.maturity.MaturityTesting.tiny;
import static dev.cem.maturity.MaturityTesting.tinyStageTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MaturityJsonTest {

  static final String ASSESSMENT_JSON =
      """
      {
        "schemaVersion": 1,
        "modelId": "tiny",
        "modelVersion": "1",
        "respondent": {"name": "Ada", "role": "Head of billing", "department": "billing"},
        "date": "2026-11-23",
        "answers": {
          "a1x": "FULLY",
          "a1y": {"level": "LARGELY", "note": "only in the call centre"},
          "b1x": "not_applicable"
        }
      }
      """;

  @Test
  void readAssessment_shortAndLongAnswers_read() {
    Assessment a = MaturityJson.readAssessment(ASSESSMENT_JSON, MaturityJson.Format.JSON);

    assertThat(a.modelId()).isEqualTo("tiny");
    assertThat(a.modelVersion()).isEqualTo("1");
    assertThat(a.respondent()).isEqualTo(new Respondent("Ada", "Head of billing", "billing"));
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(a.answers()).containsOnlyKeys("a1x", "a1y", "b1x");
    assertThat(a.answer("a1x")).isEqualTo(Answer.of("FULLY"));
    assertThat(a.answer("a1y")).isEqualTo(Answer.of("LARGELY", "only in the call centre"));
    assertThat(MaturityScorer.of(tiny()).score(a).stage()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(MaturityJson.Format.class)
  void writeAssessment_roundTrip_equal(MaturityJson.Format format) {
    Assessment a =
        tinyStageTwo().withAnswer("a2y", Answer.of("PARTLY", "see ticket 42: \"quoted\""));

    String text = MaturityJson.writeAssessment(a, format);

    assertThat(MaturityJson.readAssessment(text, format)).isEqualTo(a);
  }

  @ParameterizedTest
  @EnumSource(MaturityJson.Format.class)
  void writeResult_roundTrip_equal(MaturityJson.Format format) {
    MaturityResult r =
        MaturityScorer.of(tiny())
            .score(
                tinyStageTwo()
                    .withAnswer("a1x", Answer.of("NO"))
                    .withAnswer("a1y", Answer.of("NOT_APPLICABLE")));
    assertThat(r.warnings()).isNotEmpty();

    String text = MaturityJson.writeResult(r, format);

    assertThat(MaturityJson.readResult(text, format)).isEqualTo(r);
  }

  @Test
  void writeResult_panelResultWithoutRespondent_roundTrips() {
    Panel p =
        Panel.of(
            tiny(),
            List.of(
                MaturityTesting.all(tiny(), "NO", "billing"),
                MaturityTesting.all(tiny(), "FULLY", "marketing")));

    String text = MaturityJson.writeResult(p.result(), MaturityJson.Format.JSON);

    assertThat(MaturityJson.readResult(text, MaturityJson.Format.JSON)).isEqualTo(p.result());
  }

  @Test
  void writeAssessments_panelFile_roundTrips(@TempDir Path dir) throws Exception {
    List<Assessment> panel =
        List.of(
            MaturityTesting.all(tiny(), "NO", "billing"),
            MaturityTesting.all(tiny(), "FULLY", "logistics"));
    Path file = dir.resolve("panel.json");
    Files.writeString(file, MaturityJson.writeAssessments(panel, MaturityJson.Format.JSON));

    assertThat(MaturityJson.readAssessments(file)).isEqualTo(panel);
  }

  @Test
  void readAssessments_singleAssessment_listOfOne() {
    assertThat(MaturityJson.readAssessments(ASSESSMENT_JSON, MaturityJson.Format.JSON)).hasSize(1);
  }

  @Test
  void readAssessment_yamlFile_read(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(
        file,
        "schemaVersion: 1\nmodelId: tiny\nrespondent: {role: CFO}\nanswers:\n  a1x: FULLY\n");

    Assessment a = MaturityJson.readAssessment(file);

    assertThat(a.respondent().label()).isEqualTo("CFO");
    assertThat(a.modelVersion()).isNull();
    assertThat(a.answers()).containsEntry("a1x", Answer.of("FULLY"));
  }

  @Test
  void readAssessment_wrongSchemaVersion_rejected() {
    String text = ASSESSMENT_JSON.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7");

    assertThatThrownBy(() -> MaturityJson.readAssessment(text, MaturityJson.Format.JSON))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("schemaVersion (7) must be 1");
  }

  @Test
  void readAssessment_badDate_rejectedWithPath() {
    String text = ASSESSMENT_JSON.replace("2026-11-23", "23.11.2026");

    assertThatThrownBy(() -> MaturityJson.readAssessment(text, MaturityJson.Format.JSON))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("date ('23.11.2026') must be an ISO date")
        .hasMessageContaining("at date");
  }

  @Test
  void readAssessment_unknownField_rejected() {
    String text = ASSESSMENT_JSON.replace("\"modelVersion\"", "\"modelVersoin\"");

    assertThatThrownBy(() -> MaturityJson.readAssessment(text, MaturityJson.Format.JSON))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("modelVersoin");
  }

  @Test
  void readAssessment_respondentWithoutAnyName_rejected() {
    String text =
        ASSESSMENT_JSON.replace(
            "{\"name\": \"Ada\", \"role\": \"Head of billing\", \"department\": \"billing\"}", "{}");

    assertThatThrownBy(() -> MaturityJson.readAssessment(text, MaturityJson.Format.JSON))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("a respondent needs a name, a role or a department");
  }

  @Test
  void readAssessment_answerWithoutLevel_namesMissingField() {
    String text = ASSESSMENT_JSON.replace("\"a1x\": \"FULLY\"", "\"a1x\": {\"note\": \"n\"}");

    assertThatThrownBy(() -> MaturityJson.readAssessment(text, MaturityJson.Format.JSON))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("is missing 'level' at answers.a1x");
  }

  @Test
  void readAssessment_withoutRespondent_anonymous() {
    Assessment a =
        MaturityJson.readAssessment(
            "{\"schemaVersion\": 1, \"modelId\": \"tiny\", \"answers\": {}}",
            MaturityJson.Format.JSON);

    assertThat(a.respondent()).isEqualTo(Respondent.ANONYMOUS);
    assertThat(MaturityScorer.of(tiny()).score(a).confidence()).isZero();
  }

  @Test
  void readModel_nullCriterion_namesIt() {
    String yaml = MaturityTesting.TINY_YAML.replace("criteria:\n", "criteria:\n  - null\n");

    assertThatThrownBy(() -> MaturityJson.readModel(yaml, MaturityJson.Format.YAML))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("criteria is missing 'an element (null found)'");
  }
}
