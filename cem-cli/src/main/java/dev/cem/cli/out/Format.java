package dev.cem.cli.out;

import static dev.cem.core.internal.Checks.format;

import picocli.CommandLine.TypeConversionException;
import java.util.Locale;

/** Output formats; each command accepts the ones that make sense for it. */
public enum Format {
  TABLE,
  JSON,
  CSV,
  MD,
  HTML,
  YAML;

  /** The name used on the command line, e.g. {@code "md"}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a command-line name, in any case. */
  public static Format parse(String text) {
    for (Format f : values()) {
      if (f.cliName().equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new TypeConversionException(
        format("format '%s' is unknown; use table, json, csv, md, html or yaml", text));
  }
}
