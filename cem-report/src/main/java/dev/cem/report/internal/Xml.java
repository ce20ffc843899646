package dev.cem.report.internal;

/**
 * Escaping for XML and HTML text and attribute values. Not API.
 *
 * <p>{@code & < > " '} become entities; characters XML 1.0 does not allow (C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so that
 * hostile text can never make a document ill-formed.
 */
public final class Xml {
  /** The ellipsis that ends a truncated label. */
  public static final String ELLIPSIS = "\u2026";

  private Xml() {}

  /** Escapes text for element content and attribute values alike. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  /** Appends escaped text. */
  public static void escape(String text, StringBuilder out) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (isAllowed(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
  }

  private static boolean isAllowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * Shortens text to at most {@code maxCodePoints} code points, the last being an ellipsis; text
   * that fits is returned as is. Never splits a surrogate pair.
   */
  public static String truncate(String text, int maxCodePoints) {
    if (text.codePointCount(0, text.length()) <= maxCodePoints) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(0, maxCodePoints - 1));
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }
}
