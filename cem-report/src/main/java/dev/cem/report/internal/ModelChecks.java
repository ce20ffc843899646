package dev.cem.report.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.checkArgument;

import java.util.List;

/** Argument checks for the report model records. Not API. */
public final class ModelChecks {
  private ModelChecks() {}

  /** Requires a non-null, non-blank text. */
  public static String checkTitle(String text, String field) {
    checkNotNull(text, field);
    checkArgument(!text.isBlank(), "%s ('%s') must not be blank", field, abbreviate(text));
    return text;
  }

  /** Requires a number that is finite or NaN ("no value"); infinities are rejected. */
  public static double checkFiniteOrMissing(double value, String field) {
    checkArgument(
        !Double.isInfinite(value), "%s (%s) must be finite, or NaN for no value", field, value);
    return value;
  }

  /** Requires a finite number. */
  public static double checkFinite(double value, String field) {
    checkArgument(Double.isFinite(value), "%s (%s) must be a finite number", field, value);
    return value;
  }

  /** Requires {@code lower <= upper} when both are present. */
  public static void checkBounds(double lower, double upper, String what) {
    checkFiniteOrMissing(lower, what + " lower");
    checkFiniteOrMissing(upper, what + " upper");
    checkArgument(
        !(lower > upper), "%s lower (%s) must be <= upper (%s)", what, lower, upper);
  }

  /** Copies a list, rejecting a null list or null elements with a message naming the field. */
  public static <T> List<T> copy(List<T> list, String field) {
    checkNotNull(list, field);
    for (int i = 0; i < list.size(); i++) {
      checkNotNull(list.get(i), "%s[%s]", field, i);
    }
    return List.copyOf(list);
  }
}
