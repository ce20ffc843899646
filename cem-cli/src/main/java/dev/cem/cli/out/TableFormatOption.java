package dev.cem.cli.out;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands whose result prints as a table, JSON, CSV,
 * Markdown or HTML (score, compare, journeys, drivers).
 */
public final class TableFormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, csv, md or html. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  /** Returns the chosen format, failing with a usage error for one these commands cannot write. */
  public Format checked(OutputOptions output) {
    output.requireFormat(format, Format.TABLE, Format.JSON, Format.CSV, Format.MD, Format.HTML);
    return format;
  }
}
