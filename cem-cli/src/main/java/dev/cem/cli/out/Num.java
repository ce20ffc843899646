package dev.cem.cli.out;

import java.util.Locale;

/** Locale-independent number formatting for text output. */
public final class Num {
  private Num() {}

  /** {@code value} with {@code decimals} digits after the point, or "" for NaN. */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A p-value: fixed for p >= 0.0001, otherwise scientific with two significant digits. */
  public static String p(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (value >= 1e-4 || value == 0) {
      return fixed(value, 4);
    }
    return String.format(Locale.ROOT, "%.1e", value);
  }

  /** A whole number with no grouping. */
  public static String integer(long value) {
    return Long.toString(value);
  }
}
