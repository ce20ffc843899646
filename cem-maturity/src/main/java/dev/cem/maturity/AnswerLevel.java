package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

import java.util.List;
import java.util.Locale;

/**
 * A named answer level with its fulfilment value in [0, 1], such as {@code FULLY} = 1.
 *
 * <p>The name {@value #NOT_APPLICABLE} is reserved: every model accepts it, and the model's
 * {@link NotApplicablePolicy} says how it is scored. Names are matched case-insensitively (with
 * {@link Locale#ROOT}), so {@code "fully"} finds {@code FULLY}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param name the level's name, an identifier; not null
 * @param value the fulfilment value, between 0 and 1
 */
public record AnswerLevel(String name, double value) {

  /** The reserved level name for a criterion that does not apply to the organisation. */
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  /** The standard four levels: NO 0, PARTLY 0.33, LARGELY 0.67, FULLY 1. */
  public static final List<AnswerLevel> STANDARD =
      List.of(
          new AnswerLevel("NO", 0),
          new AnswerLevel("PARTLY", 0.33),
          new AnswerLevel("LARGELY", 0.67),
          new AnswerLevel("FULLY", 1));

  public AnswerLevel {
    checkId(name, "answer level name");
    checkArgument(
        value >= 0 && value <= 1,
        "answer level '%s' value (%s) must be between 0 and 1",
        name,
        value);
    checkArgument(
        !key(name).equals(NOT_APPLICABLE),
        "answer level name '%s' is reserved; set the model's notApplicable policy instead",
        name);
  }

  /** Returns a level with the given name and value. */
  public static AnswerLevel of(String name, double value) {
    return new AnswerLevel(checkNotNull(name, "name"), value);
  }

  /** The case-insensitive lookup key of a level name ({@link Locale#ROOT} upper case). */
  static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
