package dev.cem.core.internal;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the cem modules. Messages follow one form: the field, the value in
 * parentheses, then what is allowed, formatted with {@link Locale#ROOT}. Comparisons are written
 * so that NaN fails them ({@code !(x >= 0)}, not {@code x < 0}).
 */
public final class Checks {
  private Checks() {}

  /**
   * The text without a leading byte-order mark (U+FEFF). Editors on Windows put one at the start
   * of UTF-8 files, and RFC 8259 (section 8.1) lets a JSON parser ignore it; the YAML parser
   * already does, so every cem reader of text treats it the same way.
   */
  public static String stripByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** Formats with {@link Locale#ROOT}, so numbers never print with a locale's comma. */
  public static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  public static void checkArgument(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new CemArgumentException(format(template, args));
    }
  }

  // Fixed-arity overloads, as in Guava's Preconditions: a varargs call boxes its arguments and
  // allocates the array on every call, even when the check passes, and these checks run in
  // constructors of values built thousands of times per scored batch. There are deliberately no
  // double parameters: Java would widen a long argument to double, and "%d" would then fail.

  public static void checkArgument(boolean ok, String template, long a) {
    if (!ok) {
      throw new CemArgumentException(format(template, a));
    }
  }

  public static void checkArgument(boolean ok, String template, @Nullable Object a) {
    if (!ok) {
      throw new CemArgumentException(format(template, a));
    }
  }

  public static void checkArgument(boolean ok, String template, long a, long b) {
    if (!ok) {
      throw new CemArgumentException(format(template, a, b));
    }
  }

  public static void checkArgument(boolean ok, String template, @Nullable Object a, long b) {
    if (!ok) {
      throw new CemArgumentException(format(template, a, b));
    }
  }

  public static void checkArgument(
      boolean ok, String template, @Nullable Object a, @Nullable Object b) {
    if (!ok) {
      throw new CemArgumentException(format(template, a, b));
    }
  }

  public static void checkArgument(boolean ok, String template, long a, long b, long c) {
    if (!ok) {
      throw new CemArgumentException(format(template, a, b, c));
    }
  }

  public static void checkState(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new CemStateException(format(template, args));
    }
  }

  /** Requires a finite value: not NaN and not infinite. */
  public static double checkFinite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new CemArgumentException(format("%s (%s) must be a finite number", field, value));
    }
    return value;
  }

  public static double checkNonNegative(double value, String field) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new CemArgumentException(format("%s (%s) must be a finite number >= 0", field, value));
    }
    return value;
  }

  public static long checkNonNegative(long value, String field) {
    if (value < 0) {
      throw new CemArgumentException(format("%s (%d) must be >= 0", field, value));
    }
    return value;
  }

  public static double checkInRange(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new CemArgumentException(
          format("%s (%s) must be between %s and %s", field, value, min, max));
    }
    return value;
  }

  public static long checkInRange(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new CemArgumentException(
          format("%s (%d) must be between %d and %d", field, value, min, max));
    }
    return value;
  }

  /** Confidence levels are strictly between 0 and 1. */
  public static double checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new CemArgumentException(
          format("confidence (%s) must be strictly between 0 and 1, e.g. 0.95", confidence));
    }
    return confidence;
  }

  /** Requires a non-blank identifier of letters, digits, '.', '_', '-' and ':'. */
  public static String checkId(String id, String field) {
    if (id == null) {
      throw new NullPointerException(field);
    }
    if (!isId(id)) {
      throw new CemArgumentException(
          format(
              "%s ('%s') must be 1 to 200 characters of letters, digits, '.', '_', '-' or ':'",
              field, abbreviate(id)));
    }
    return id;
  }

  /** ID_CHARS[c] is true for the ASCII characters allowed in an identifier. */
  private static final boolean[] ID_CHARS = new boolean[128];

  static {
    String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";
    for (char c : allowed.toCharArray()) {
      ID_CHARS[c] = true;
    }
  }

  /**
   * True if {@code id} matches {@code [A-Za-z0-9._:\-]{1,200}} (such an id is never blank). A
   * table lookup per character, not {@link String#matches}, which compiles the pattern on every
   * call: ids are checked twice per journey in assembly, where the regex took most of the time.
   */
  private static boolean isId(String id) {
    int length = id.length();
    if (length == 0 || length > 200) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c >= ID_CHARS.length || !ID_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires a human-readable label: not blank, at most {@code maxLength} characters, and free of
   * control characters (so a label cannot forge lines in a log or a CSV file).
   */
  public static String checkLabel(String value, String field, int maxLength) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    boolean control = value.chars().anyMatch(Character::isISOControl);
    if (value.isBlank() || value.length() > maxLength || control) {
      throw new CemArgumentException(
          format(
              "%s ('%s') must be 1 to %d characters, not blank, without control characters",
              field, abbreviate(value), maxLength));
    }
    return value;
  }

  /** Requires a duration of zero or more. */
  public static Duration checkNonNegative(Duration value, String field) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    if (value.isNegative()) {
      throw new CemArgumentException(format("%s (%s) must be >= PT0S", field, value));
    }
    return value;
  }

  /** Requires a duration strictly greater than zero. */
  public static Duration checkPositive(Duration value, String field) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    if (value.isNegative() || value.isZero()) {
      throw new CemArgumentException(format("%s (%s) must be > PT0S", field, value));
    }
    return value;
  }

  /** Requires a collection size of at most {@code max}. */
  public static int checkSize(int size, int max, String field) {
    if (size > max) {
      throw new CemArgumentException(format("%s (%d entries) must have at most %d", field, size, max));
    }
    return size;
  }

  /** Shortens a value for an error message so a hostile input cannot flood a log. */
  public static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }
}
