package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServicePhaseTest {

  @Test
  void values_areTheSixPhasesInProcessOrder() {
    assertThat(ServicePhase.values())
        .containsExactly(
            ServicePhase.DETECTION,
            ServicePhase.PREPARATION,
            ServicePhase.TRANSACTION,
            ServicePhase.MEASUREMENT,
            ServicePhase.UNDERSTANDING,
            ServicePhase.IMPROVEMENT);
  }

  @Test
  void description_isOneNonBlankLinePerPhase() {
    for (ServicePhase phase : ServicePhase.values()) {
      assertThat(phase.description()).isNotBlank().doesNotContain("\n").endsWith(".");
    }
    assertThat(ServicePhase.DETECTION.description()).contains("before the customer reports");
  }

  // The lower-case names hold an 'i', which a Turkish-locale toUpperCase turns into a dotted İ.
  @ParameterizedTest
  @CsvSource({
    "detection, DETECTION",
    "Preparation, PREPARATION",
    "transaction, TRANSACTION",
    "  measurement  , MEASUREMENT",
    "understanding, UNDERSTANDING",
    "improvement, IMPROVEMENT",
    "IMPROVEMENT, IMPROVEMENT"
  })
  void parse_anyCase_isLocaleSafe(String text, ServicePhase expected) {
    assertThat(ServicePhase.parse(text)).isEqualTo(expected);
  }

  @Test
  void parse_unknownName_listsAllowedNames() {
    assertThatThrownBy(() -> ServicePhase.parse("delivery"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "service phase ('delivery') must be one of DETECTION, PREPARATION, TRANSACTION,"
                + " MEASUREMENT, UNDERSTANDING, IMPROVEMENT");
  }

  @Test
  void parse_null_throwsNamingField() {
    assertThatThrownBy(() -> ServicePhase.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parse_otherEnums_sameRules() {
    assertThat(Outcome.parse("resolved")).isEqualTo(Outcome.RESOLVED);
    assertThat(Initiator.parse("company")).isEqualTo(Initiator.COMPANY);
    assertThat(SlaMeasure.parse("first-response")).isEqualTo(SlaMeasure.FIRST_RESPONSE);
    assertThat(Subject.Kind.parse("journey")).isEqualTo(Subject.Kind.JOURNEY);
    assertThatThrownBy(() -> Outcome.parse("fixed"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "outcome ('fixed') must be one of RESOLVED, UNRESOLVED, TRANSFERRED, ABANDONED");
  }
}
