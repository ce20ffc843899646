package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Enum values on the command line in lower case with hyphens ({@code WILSON_CC} is {@code
 * wilson-cc}), compared without regard to case and independent of the default locale.
 */
final class CliEnums {
  private CliEnums() {}

  static String cliName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> ITypeConverter<E> converter(Class<E> type, String option) {
    return text -> {
      for (E e : type.getEnumConstants()) {
        if (cliName(e).equalsIgnoreCase(text.strip())) {
          return e;
        }
      }
      throw new TypeConversionException(
          format(
              "%s '%s' is unknown; use %s",
              option,
              text,
              Arrays.stream(type.getEnumConstants()).map(CliEnums::cliName).collect(Collectors.joining(", "))));
    };
  }
}
