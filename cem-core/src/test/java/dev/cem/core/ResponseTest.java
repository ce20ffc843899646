package dev.cem.core;

import static dev.cem.core.CoreTesting.ALICE;
import static dev.cem.core.CoreTesting.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseTest {

  @Test
  void subject_factories_setKindAndId() {
    assertThat(Subject.touchpoint("hotline").isTouchpoint()).isTrue();
    assertThat(Subject.of(CoreTesting.HOTLINE)).isEqualTo(Subject.touchpoint("hotline"));
    assertThat(Subject.journey("alice:delivery:1").isJourney()).isTrue();
    assertThat(Subject.journey("j")).hasToString("journey:j");
    assertThat(Subject.touchpoint("t")).hasToString("touchpoint:t");
    assertThat(Subject.touchpoint("x")).isNotEqualTo(Subject.journey("x"));
  }

  @Test
  void subject_invalidId_throws() {
    assertThatThrownBy(() -> Subject.journey("a/b"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("subject id ('a/b') must be");
  }

  // scale, value: the ends of each built-in scale are accepted
  @ParameterizedTest
  @CsvSource({"0, 10", "10, 10"})
  void of_npsEnds_accepted(int value, int max) {
    Response response = Response.of(ALICE, Subject.journey("j"), T0, Scale.NPS, value);
    assertThat(response.value()).isEqualTo(value);
    assertThat(response.scale().max()).isEqualTo(max);
    assertThat(response.comment()).isEmpty();
  }

  // scale, value, message: one step outside each end
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nps  | 11 | nps score (11) must be between 0 and 10",
        "nps  | -1 | nps score (-1) must be between 0 and 10",
        "csat | 0  | csat score (0) must be between 1 and 5",
        "csat | 6  | csat score (6) must be between 1 and 5",
        "ces  | 8  | ces score (8) must be between 1 and 7"
      })
  void of_valueOffScale_throwsNamingScaleValueAndRange(String scale, int value, String message) {
    Scale s = switch (scale) {
      case "nps" -> Scale.NPS;
      case "csat" -> Scale.CSAT;
      default -> Scale.CES;
    };
    assertThatThrownBy(() -> Response.of(ALICE, Subject.touchpoint("t"), T0, s, value))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void withComment_multiLine_accepted() {
    Response response =
        Response.of(ALICE, Subject.touchpoint("t"), T0, Scale.CSAT, 2)
            .withComment("Slow.\nHad to call twice.");
    assertThat(response.comment()).contains("Slow.\nHad to call twice.");
    assertThat(response.withoutComment().comment()).isEmpty();
  }

  @Test
  void withComment_blankOrTooLong_throws() {
    Response response = Response.of(ALICE, Subject.touchpoint("t"), T0, Scale.CSAT, 2);
    assertThatThrownBy(() -> response.withComment(" \n "))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("comment (");
    assertThatThrownBy(() -> response.withComment("x".repeat(10_001)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must be 1 to 10000 characters");
    assertThat(response.withComment("x".repeat(10_000)).comment()).isPresent();
  }

  @Test
  void of_null_throwsNamingComponent() {
    assertThatThrownBy(() -> Response.of(ALICE, null, T0, Scale.NPS, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
    assertThatThrownBy(() -> Response.of(ALICE, Subject.journey("j"), T0, null, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scale");
  }
}
