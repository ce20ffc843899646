package dev.cem.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
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

  /** The rule checkId implemented before it became a loop; the loop must agree with it. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]+");

  private static boolean acceptedByRegex(String id) {
    return !id.isBlank() && id.length() <= 200 && ID.matcher(id).matches();
  }

  private static boolean acceptedByCheckId(String id) {
    try {
      Checks.checkId(id, "id");
      return true;
    } catch (CemArgumentException e) {
      assertThat(e).hasMessageStartingWith("id ('");
      return false;
    }
  }

  @Test
  void checkId_everyCharacter_agreesWithRegex() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String one = String.valueOf(c);
      assertThat(acceptedByCheckId(one)).as("U+%04X", (int) c).isEqualTo(acceptedByRegex(one));
      String inside = "a" + c + "b";
      assertThat(acceptedByCheckId(inside)).as("a U+%04X b", (int) c)
          .isEqualTo(acceptedByRegex(inside));
    }
  }

  @Test
  void checkId_lengthLimitsAndBlank_agreeWithRegex() {
    for (String id : new String[] {"", " ", "\t", "x".repeat(200), "x".repeat(201), "a b", "\uD83D\uDE00"}) {
      assertThat(acceptedByCheckId(id)).as("'%s'", id).isEqualTo(acceptedByRegex(id));
    }
    assertThat(acceptedByCheckId("x".repeat(200))).isTrue();
    assertThat(acceptedByCheckId("x".repeat(201))).isFalse();
  }

  @Test
  void checkId_randomStrings_agreeWithRegex() {
    long seed = 20261204L;
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "aZ09._:-/ \u00e9\u0660+";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(203);
      for (int k = 0; k < length; k++) {
        id.append(random.nextInt(50) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : alphabet.charAt(random.nextInt(7)));
      }
      String s = id.toString();
      assertThat(acceptedByCheckId(s)).as("seed %d, '%s'", seed, s).isEqualTo(acceptedByRegex(s));
    }
  }
}
