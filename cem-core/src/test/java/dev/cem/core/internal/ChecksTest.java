package dev.cem.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The shared argument checks at their boundaries. Written for mutants that PIT found surviving
 * (docs/quality.md): return values that callers pass on, and the exact limits of sizes and of
 * abbreviation.
 */
class ChecksTest {

  @Test
  void checks_valid_returnTheirArgument() {
    assertThat(Checks.checkId("csat-2", "id")).isEqualTo("csat-2");
    assertThat(Checks.checkLabel("Service hotline", "name", 200)).isEqualTo("Service hotline");
    assertThat(Checks.checkNonNegative(2.5, "x")).isEqualTo(2.5);
    assertThat(Checks.checkNonNegative(7L, "n")).isEqualTo(7L);
    assertThat(Checks.checkNonNegative(Duration.ofSeconds(3), "d")).isEqualTo(Duration.ofSeconds(3));
    assertThat(Checks.checkSize(3, 3, "items")).isEqualTo(3);
    assertThat(Checks.checkInRange(5L, 0, 10, "n")).isEqualTo(5L);
  }

  @Test
  void checkSize_oneAboveMax_rejectedNamingSizeAndMax() {
    assertThat(Checks.checkSize(0, 0, "items")).isZero();
    assertThatThrownBy(() -> Checks.checkSize(4, 3, "items"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("items (4 entries) must have at most 3");
  }

  @Test
  void checkNonNegative_infinityAndNaN_rejected() {
    assertThatThrownBy(() -> Checks.checkNonNegative(Double.POSITIVE_INFINITY, "x"))
        .hasMessage("x (Infinity) must be a finite number >= 0");
    assertThatThrownBy(() -> Checks.checkNonNegative(Double.NaN, "x"))
        .hasMessage("x (NaN) must be a finite number >= 0");
    assertThat(Checks.checkNonNegative(0.0, "x")).isZero();
    assertThatThrownBy(() -> Checks.checkNonNegative(-1L, "n")).hasMessage("n (-1) must be >= 0");
  }

  @Test
  void abbreviate_atAndAboveEightyCharacters() {
    String eighty = "x".repeat(80);
    assertThat(Checks.abbreviate(eighty)).isEqualTo(eighty);
    assertThat(Checks.abbreviate(eighty + "y")).isEqualTo("x".repeat(77) + "...").hasSize(80);
  }

  @Test
  void stripByteOrderMark_onlyALeadingOne() {
    assertThat(Checks.stripByteOrderMark("\uFEFF{}")).isEqualTo("{}");
    assertThat(Checks.stripByteOrderMark("{\uFEFF}")).isEqualTo("{\uFEFF}");
    assertThat(Checks.stripByteOrderMark("")).isEmpty();
  }
}
