package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

/**
 * A closed integer rating scale, such as NPS 0..10 or CSAT 1..5.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Two scales are equal when
 * their names and bounds are equal.
 *
 * @param name the scale's identifier, e.g. {@code "nps"}; not null
 * @param min the lowest allowed value
 * @param max the highest allowed value, greater than {@code min}
 */
public record Scale(String name, int min, int max) {

  /** Net Promoter Score question, 0 (not at all likely) to 10 (extremely likely). */
  public static final Scale NPS = new Scale("nps", 0, 10);
  /** Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied). */
  public static final Scale CSAT = new Scale("csat", 1, 5);
  /** Customer effort score, 1 (very easy) to 7 (very difficult). */
  public static final Scale CES = new Scale("ces", 1, 7);
  /** Five-point Likert agreement scale. */
  public static final Scale LIKERT_5 = new Scale("likert-5", 1, 5);
  /** Seven-point Likert agreement scale. */
  public static final Scale LIKERT_7 = new Scale("likert-7", 1, 7);
  /** Yes/no, 0 or 1. */
  public static final Scale BINARY = new Scale("binary", 0, 1);

  public Scale {
    checkId(name, "scale name");
    checkArgument(
        min < max, "scale '%s' bounds (min %d, max %d) must satisfy min < max", name, min, max);
  }

  /** Returns a scale with the given name and bounds. */
  public static Scale of(String name, int min, int max) {
    return new Scale(checkNotNull(name, "name"), min, max);
  }

  /** Returns true if {@code value} lies on this scale. */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** Returns true if {@code value} is an integer point on this scale; false for NaN. */
  public boolean contains(double value) {
    return value >= min && value <= max && value == Math.rint(value);
  }

  /**
   * Returns {@code value} if it lies on this scale.
   *
   * @throws CemArgumentException naming the scale, the value and the range otherwise
   */
  public int check(int value) {
    checkArgument(
        contains(value), "%s score (%d) must be between %d and %d", name, value, min, max);
    return value;
  }

  /** Number of points on the scale ({@code max - min + 1}). */
  public int points() {
    return max - min + 1;
  }

  /**
   * Returns the lowest value counted in the top {@code box} values, e.g. 4 for a CSAT top-2-box.
   *
   * @throws CemArgumentException if {@code box} is not between 1 and the number of points
   */
  public int topBoxThreshold(int box) {
    checkArgument(
        box >= 1 && box < points(),
        "top box (%d) for scale '%s' must be between 1 and %d",
        box,
        name,
        points() - 1);
    return max - box + 1;
  }

  /** Returns this scale with another name. */
  public Scale withName(String newName) {
    return new Scale(checkNotNull(newName, "newName"), min, max);
  }
}
