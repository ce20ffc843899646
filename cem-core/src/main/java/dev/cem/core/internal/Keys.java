package dev.cem.core.internal;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Normalisation of identifiers of open value types and locale-safe parsing of enum names. Case
 * folding always uses {@link Locale#ROOT}, so that {@code "digital"} parses the same way under a
 * Turkish locale (where {@code "i".toUpperCase()} is a dotted capital I).
 */
public final class Keys {
  private Keys() {}

  /**
   * Validates an identifier with {@link Checks#checkId} and returns its canonical form: lower case
   * (in {@link Locale#ROOT}) with underscores replaced by hyphens, so that {@code "MOBILE_APP"}
   * and {@code "mobile-app"} name the same thing.
   */
  public static String normalize(String id, String field) {
    Checks.checkId(id, field);
    return id.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses an enum constant by name, ignoring case, surrounding blanks and the difference between
   * {@code '-'} and {@code '_'}.
   *
   * @throws CemArgumentException naming the field, the text and the allowed names
   */
  public static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field) {
    if (text == null) {
      throw new NullPointerException(field);
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new CemArgumentException(
        format(
            "%s ('%s') must be one of %s",
            field, Checks.abbreviate(text), names(type)));
  }

  /** The constant names of an enum, comma separated, in declaration order. */
  public static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
