package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.Scale;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of the current row's cells. A missing or empty cell reads as "no value"; a cell that
 * cannot be read raises an {@link InvalidRowException} whose reason is {@code "<field>: <problem>"}
 * and whose message names the file, line, column and field, the value and what is allowed.
 */
public final class Cells {
  private final RowSource source;

  public Cells(RowSource source) {
    this.source = source;
  }

  /** The raw text, or null. */
  public @Nullable String text(int column) {
    return column < 0 ? null : source.get(column);
  }

  /** The text of a cell that must have a value. */
  public String requiredText(int column, String field) {
    String text = text(column);
    if (text == null) {
      throw invalid(column, field, "missing", "has no value; a value is required");
    }
    return text;
  }

  /** An integer on {@code scale}, or {@link Integer#MIN_VALUE} when the cell is empty. */
  public int score(int column, String field, Scale scale) {
    String text = text(column);
    if (text == null) {
      return Integer.MIN_VALUE;
    }
    double value = parseDouble(text, column, field);
    if (!scale.contains(value)) {
      throw invalid(
          column,
          field,
          value == Math.rint(value) ? "out of range" : "not an integer",
          format(
              "value '%s' must be an integer between %d and %d",
              abbreviate(text), scale.min(), scale.max()));
    }
    return (int) value;
  }

  /** A finite number, or NaN when the cell is empty. */
  public double number(int column, String field) {
    String text = text(column);
    return text == null ? Double.NaN : parseDouble(text, column, field);
  }

  /** A finite number >= 0, or NaN when the cell is empty. */
  public double nonNegative(int column, String field) {
    String text = text(column);
    if (text == null) {
      return Double.NaN;
    }
    double value = parseDouble(text, column, field);
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw invalid(
          column,
          field,
          "out of range",
          format("value '%s' must be a finite number >= 0", abbreviate(text)));
    }
    return value;
  }

  /**
   * A boolean: true/false, yes/no, y/n or 1/0 (any case); returns 1 for true, 0 for false and -1
   * when the cell is empty.
   */
  public int bool(int column, String field) {
    String text = text(column);
    if (text == null) {
      return -1;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> {
        return 1;
      }
      case "false", "no", "n", "0" -> {
        return 0;
      }
      default -> throw invalid(
          column,
          field,
          "not a boolean",
          format("value '%s' must be true or false (also yes/no, 1/0)", abbreviate(text)));
    }
  }

  /** An ISO-8601 instant (with Z or an offset); a local date-time without offset reads as UTC. */
  public @Nullable Instant instant(int column, String field) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw invalid(
            column,
            field,
            "not a timestamp",
            format(
                "value '%s' must be an ISO-8601 timestamp such as 2026-03-01T09:30:00Z",
                abbreviate(text)));
      }
    }
  }

  private double parseDouble(String text, int column, String field) {
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || text.endsWith("d") || text.endsWith("D")
          || text.endsWith("f") || text.endsWith("F")) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid(
          column, field, "not a number", format("value '%s' is not a number", abbreviate(text)));
    }
  }

  /** An invalid-row exception for a cell: reason "{@code field: problem}". */
  public InvalidRowException invalid(int column, String field, String problem, String detail) {
    String header = column >= 0 ? source.columnName(column) : field;
    String named = header.equals(field) ? format("'%s'", field) : format("'%s' (%s)", header, field);
    return new InvalidRowException(
        field + ": " + problem, format("%s: column %s %s", source.where(column), named, detail));
  }
}
