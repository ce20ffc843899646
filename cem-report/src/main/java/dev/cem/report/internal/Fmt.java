package dev.cem.report.internal;

import java.util.Locale;

/**
 * Number formatting for every renderer: {@link Locale#ROOT}, fixed decimals, no negative zero,
 * and "—" for a missing (NaN) value. Not API.
 */
public final class Fmt {
  /** Shown where a value is missing; never 0. */
  public static final String MISSING = "\u2014";

  private Fmt() {}

  /** Formats with {@code decimals} fixed decimals; NaN gives {@link #MISSING}. */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return MISSING;
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return isNegativeZero(s) ? s.substring(1) : s;
  }

  /** An SVG coordinate: two decimals. */
  public static String coord(double value) {
    return fixed(value, 2);
  }

  /**
   * A reported value: one decimal from 10 upwards in magnitude, else two; NaN gives {@link
   * #MISSING}.
   */
  public static String value(double value) {
    return fixed(value, decimalsFor(value));
  }

  /** The decimals {@link #value} uses for a number of this magnitude. */
  public static int decimalsFor(double value) {
    return Math.abs(value) >= 10 ? 1 : 2;
  }

  /** "[lower, upper]" with the decimals of {@code value}, or {@link #MISSING} if undefined. */
  public static String interval(double value, double lower, double upper) {
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      return MISSING;
    }
    int d = decimalsFor(Double.isNaN(value) ? Math.max(Math.abs(lower), Math.abs(upper)) : value);
    return "[" + fixed(lower, d) + ", " + fixed(upper, d) + "]";
  }

  /** A share between 0 and 1 as a whole percentage, e.g. "85%"; NaN gives {@link #MISSING}. */
  public static String percent(double share) {
    return Double.isNaN(share) ? MISSING : fixed(share * 100, 0) + "%";
  }

  private static boolean isNegativeZero(String s) {
    if (!s.startsWith("-")) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
