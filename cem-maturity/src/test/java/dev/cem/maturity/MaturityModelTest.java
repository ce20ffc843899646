package dev.cem.maturity;

import static dev.cem.maturity.MaturityTesting.TINY_YAML;
import static dev.cem.maturity.MaturityTesting.c;
import static dev.cem.maturity.MaturityTesting.tiny;
import static dev.cem.maturity.MaturityTesting.tinyBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MaturityModelTest {

  @Test
  void build_tiny_indexesCriteria() {
    MaturityModel m = tiny();

    assertThat(m.maxStage()).isEqualTo(3);
    assertThat(m.criteria()).hasSize(9);
    assertThat(MaturityTesting.ids(m.criteria("B", 3))).containsExactly("b3x", "b3y");
    assertThat(m.criteria("B", 4)).isEmpty();
    assertThat(m.criterion("a2x").orElseThrow().weight()).isEqualTo(2.0);
    assertThat(m.dimension("A").orElseThrow().weight()).isEqualTo(2.0);
    assertThat(m.stage(0).orElseThrow().name()).isEqualTo("None");
    assertThat(m.answerLevels()).isEqualTo(AnswerLevel.STANDARD);
    assertThat(m.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.EXCLUDED);
    assertThat(m.level("largely").orElseThrow().value()).isEqualTo(0.67);
    assertThat(m.level("NOT_APPLICABLE")).isEmpty();
  }

  @Test
  void equals_sameParts_equalAndSameHash() {
    assertThat(tiny()).isEqualTo(tiny()).hasSameHashCodeAs(tiny());
    assertThat(tiny()).isNotEqualTo(MaturityTesting.tinyScoredZero());
    assertThat(tiny().toBuilder().build()).isEqualTo(tiny());
  }

  // ---- the bad-model catalogue, built in code

  static Stream<Arguments> badBuilders() {
    return Stream.of(
        // duplicate ids
        Arguments.of(tinyBuilder().criterion(c("a1x", "A", 1, 1)), "duplicate criterion id 'a1x'"),
        Arguments.of(tinyBuilder().dimension("A", "again", 1), "duplicate dimension id 'A'"),
        Arguments.of(tinyBuilder().stage(2, "Again", ""), "duplicate stage ordinal (2)"),
        Arguments.of(
            tinyBuilder().level("NO", 0).level("no", 0.1), "duplicate answer level 'no'"),
        // dangling references
        Arguments.of(
            tinyBuilder().criterion(c("z1", "Z", 1, 1)),
            "criterion 'z1' refers to unknown dimension 'Z' (known: A, B)"),
        Arguments.of(
            tinyBuilder().criterion(c("a7", "A", 7, 1)),
            "criterion 'a7' refers to unknown stage 7 (stages with criteria are 1 to 3)"),
        Arguments.of(
            tinyBuilder().criterion(c("a1z", "A", 1, 1).withRequires("nope")),
            "criterion 'a1z' requires unknown criterion 'nope'"),
        Arguments.of(
            tinyBuilder().criterion(c("a1z", "A", 1, 1).withRequires("a1z")),
            "criterion 'a1z' requires itself"),
        // cycle
        Arguments.of(
            MaturityModel.builder("cyc")
                .stage(1, "One", "")
                .dimension("A", "A", 1)
                .criterion(c("p", "A", 1, 1).withRequires("q"))
                .criterion(c("q", "A", 1, 1).withRequires("r"))
                .criterion(c("r", "A", 1, 1).withRequires("p")),
            "cycle: p -> q -> r -> p"),
        // stages without criteria, dimensions without criteria
        Arguments.of(tinyBuilder().stage(4, "Four", ""), "stage 4 ('Four') has no criteria"),
        Arguments.of(
            tinyBuilder().dimension("C", "Empty", 1), "dimension 'C' has no criteria"),
        Arguments.of(
            MaturityModel.builder("gap")
                .stage(1, "One", "")
                .stage(3, "Three", "")
                .dimension("A", "A", 1)
                .criterion(c("a", "A", 1, 1)),
            "stage 2 is missing"),
        // evidence levels
        Arguments.of(
            tinyBuilder()
                .criterion(
                    c("a1z", "A", 1, 1)
                        .withEvidence(
                            EvidenceRule.compare(
                                "nps", EvidenceRule.Operator.GE, 30, "GREAT", null))),
            "criterion 'a1z' evidence rule suggests unknown level 'GREAT'"));
  }

  @ParameterizedTest
  @MethodSource("badBuilders")
  void build_badModel_rejectedNamingOffender(MaturityModel.Builder builder, String message) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining(message);
  }

  // ---- bad parts, rejected by their constructors

  @Test
  void criterion_badWeight_rejectedNamingId() {
    assertThatThrownBy(() -> c("a1x", "A", 1, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("criterion 'a1x' weight (0.0) must be a finite number > 0");
    assertThatThrownBy(() -> c("a1x", "A", 1, Double.NaN))
        .hasMessage("criterion 'a1x' weight (NaN) must be a finite number > 0");
    assertThatThrownBy(() -> c("a1x", "A", 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(CemArgumentException.class);
  }

  @Test
  void dimension_badWeight_rejectedNamingId() {
    assertThatThrownBy(() -> Dimension.of("A", "A", -1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("dimension 'A' weight (-1.0) must be a finite number > 0");
  }

  @Test
  void answerLevel_outsideUnitInterval_rejectedNamingLevel() {
    assertThatThrownBy(() -> AnswerLevel.of("MAX", 1.5))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("answer level 'MAX' value (1.5) must be between 0 and 1");
    assertThatThrownBy(() -> AnswerLevel.of("X", Double.NaN))
        .isInstanceOf(CemArgumentException.class);
    assertThatThrownBy(() -> AnswerLevel.of("not_applicable", 0.5))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void criterion_stageZero_rejected() {
    assertThatThrownBy(() -> c("a0", "A", 0, 1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("criterion 'a0' stage (0) must be >= 1");
  }

  @Test
  void evidenceRule_withoutOperatorOrStatus_rejected() {
    assertThatThrownBy(
            () ->
                new EvidenceRule(
                    "nps", EvidenceRule.Subject.VALUE, null, Double.NaN, 0, null, "FULLY", null))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("metric 'nps'");
  }

  // ---- the bad-model catalogue, as documents

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of("schemaVersion: 1", "schemaVersion: 2", "schemaVersion (2) must be 1"),
        Arguments.of("schemaVersion: 1\n", "", "schemaVersion (null) must be 1"),
        Arguments.of("id: b1x,", "id: a1x,", "duplicate criterion id 'a1x'"),
        Arguments.of("{id: B, name: Dim B", "{id: A, name: Dim B", "duplicate dimension id 'A'"),
        Arguments.of("{ordinal: 2, name: Two}", "{ordinal: 1, name: Two}",
            "duplicate stage ordinal (1)"),
        Arguments.of("{id: b2x, dimension: B", "{id: b2x, dimension: C",
            "criterion 'b2x' refers to unknown dimension 'C'"),
        Arguments.of("{id: b2x, dimension: B, stage: 2", "{id: b2x, dimension: B, stage: 5",
            "criterion 'b2x' refers to unknown stage 5"),
        Arguments.of("  - {ordinal: 2, name: Two}\n",
            "  - {ordinal: 2, name: Two}\n  - {ordinal: 3, name: Three}\n",
            "stage 3 ('Three') has no criteria"),
        Arguments.of(
            "weight: 1, statement: s, recommendation: r}\n  - {id: a2x, dimension: A, stage: 2,",
            "weight: 1, statement: s, recommendation: r, requires: [a2x]}\n"
                + "  - {id: a2x, requires: [a1x], dimension: A, stage: 2,",
            "criterion requirements form a cycle: a1x -> a2x -> a1x"),
        Arguments.of("{id: a2x, dimension: A, stage: 2, weight: 1,",
            "{id: a2x, dimension: A, stage: 2, weight: 1, requires: [a1x, b9z],",
            "criterion 'a2x' requires unknown criterion 'b9z'"),
        Arguments.of("{id: a1x, dimension: A, stage: 1, weight: 1,",
            "{id: a1x, dimension: A, stage: 1, weight: 0,",
            "criterion 'a1x' weight (0.0) must be a finite number > 0"),
        Arguments.of("{id: a1x, dimension: A, stage: 1, weight: 1,",
            "{id: a1x, dimension: A, stage: 1, weight: .nan,",
            "'.nan' at criteria[0].weight (line 16"),
        Arguments.of("{id: A, name: Dim A, weight: 1}", "{id: A, name: Dim A, weight: -2}",
            "dimension 'A' weight (-2.0) must be a finite number > 0"),
        Arguments.of("{name: FULLY, value: 1}", "{name: FULLY, value: 1.5}",
            "answer level 'FULLY' value (1.5) must be between 0 and 1"),
        Arguments.of("weight: 1, statement: s, recommendation: r}\n  - {id: a2x",
            "weight: 1, recommendation: r}\n  - {id: a2x", "criterion 'a1x' is missing 'statement'"),
        Arguments.of("levelWhenMet: FULLY}", "levelWhenMet: GREAT}",
            "criterion 'b2x' evidence rule suggests unknown level 'GREAT'"),
        Arguments.of("operator: \">=\"", "operator: \"=>\"",
            "criterion 'b2x' evidence: operator ('=>') must be one of"),
        Arguments.of("name: Tiny", "name: Tiny\ncolour: blue", "Unrecognized field \"colour\""),
        Arguments.of("name: Tiny", "name: Tiny\nnotApplicable: SOMETIMES",
            "notApplicable policy ('SOMETIMES') must be EXCLUDED or SCORED_ZERO"));
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void readModel_badDocument_failsWithPreciseMessage(String from, String to, String message) {
    assertThat(TINY_YAML).contains(from);
    String yaml = TINY_YAML.replace(from, to);

    assertThatThrownBy(() -> MaturityJson.readModel(yaml, MaturityJson.Format.YAML))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining(message);
  }

  @Test
  void readModel_validCatalogueBase_reads() {
    MaturityModel m = MaturityJson.readModel(TINY_YAML, MaturityJson.Format.YAML);

    assertThat(m.criteria()).hasSize(4);
    assertThat(m.answerLevels()).extracting(AnswerLevel::name).containsExactly("NO", "FULLY");
    assertThat(m.criterion("b2x").orElseThrow().evidence())
        .isEqualTo(EvidenceRule.compare("nps", EvidenceRule.Operator.GE, 30, "FULLY", null));
  }

  @Test
  void readModel_yamlAliasBomb_rejected() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }

    assertThatThrownBy(() -> MaturityJson.readModel(yaml.toString(), MaturityJson.Format.YAML))
        .isInstanceOf(CemFormatException.class);
  }

  @Test
  void readModel_malformedJson_failsWithLocation() {
    assertThatThrownBy(() -> MaturityJson.readModel("{\"schemaVersion\": 1,", MaturityJson.Format.JSON))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("maturity model (text) cannot be read")
        .hasMessageContaining("line 1");
  }
}
