package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rows of named text cells read one at a time from a CSV file (with a header row) or a JSON lines
 * file (one object per line). Nothing is loaded whole, so a multi-gigabyte file streams.
 *
 * <p>An empty cell, an absent JSON key and a JSON {@code null} all read as {@code null}: no value.
 * Every error names the file and the line, and the column or field. This class is not thread
 * safe.
 */
public abstract class RowSource implements AutoCloseable {
  /** The longest line a JSON lines file may have, in characters. */
  public static final int MAX_LINE_LENGTH = 4 * 1024 * 1024;

  private final TextInput input;
  private long rows;

  RowSource(TextInput input) {
    this.input = input;
  }

  /**
   * Opens {@code path}: JSON lines for {@code .jsonl}, {@code .ndjson} and {@code .json}, CSV for
   * {@code .csv} and {@code .txt}; any other name is sniffed (a first character of '{' means JSON
   * lines).
   *
   * @throws dev.cem.core.CemArgumentException if the file cannot be read
   * @throws CemFormatException if it is empty, has no header or is not valid UTF-8
   */
  public static RowSource open(Path path) throws IOException {
    TextInput input = TextInput.open(path);
    try {
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      boolean json;
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
        json = true;
      } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
        json = false;
      } else {
        json = firstNonBlankIsBrace(input.reader());
      }
      return json ? new JsonLinesRowSource(input) : new CsvRowSource(input);
    } catch (IOException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  private static boolean firstNonBlankIsBrace(Reader reader) throws IOException {
    reader.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = reader.read();
        if (c < 0) {
          return false;
        }
        if (!Character.isWhitespace(c)) {
          return c == '{';
        }
      }
      return false;
    } finally {
      reader.reset();
    }
  }

  /** The file name, for messages. */
  public final String name() {
    return input.name();
  }

  /** The column names: the CSV header, or the keys of the first JSON object plus any bound later. */
  public abstract List<String> header();

  /**
   * Returns the index of the named column, or -1 when a CSV file has no such column. A JSON lines
   * source always returns an index: a key absent from the first object may appear in later ones.
   */
  public abstract int column(String name);

  /**
   * Returns the index of a column that must be present.
   *
   * @throws CemFormatException naming the column and the columns found
   */
  public final int require(String name, String option) {
    int index = headerIndex(name);
    if (index < 0) {
      throw new CemFormatException(
          format(
              "%s: missing required column '%s'%s; found %s: %s",
              name(),
              name,
              option.isEmpty() ? "" : " (set another with " + option + ")",
              this instanceof JsonLinesRowSource ? "keys in the first object" : "columns",
              String.join(", ", firstHeader())));
    }
    return column(name);
  }

  /**
   * True when the column is present from the start: in the CSV header, or among the first JSON
   * object's keys.
   */
  public final boolean has(String name) {
    return headerIndex(name) >= 0;
  }

  /** The index of {@code name} among the columns present from the start, or -1. */
  abstract int headerIndex(String name);

  /** The columns present from the start (for JSON lines, the first object's keys). */
  abstract List<String> firstHeader();

  /**
   * Advances to the next row.
   *
   * @return false at the end of the input
   * @throws InvalidRowException if the row is malformed but the rows after it can still be read
   * @throws CemFormatException if the input cannot be read any further
   */
  public final boolean next() throws IOException {
    boolean more;
    try {
      more = advance();
    } catch (InvalidRowException e) {
      rows++;
      throw e;
    }
    if (more) {
      rows++;
    }
    return more;
  }

  abstract boolean advance() throws IOException;

  /** The number of data rows read so far, valid or not. */
  public final long rowsRead() {
    return rows;
  }

  /** The line on which the current row starts (1-based, the header is line 1 in a CSV file). */
  public abstract long line();

  /** The current row's cell in the given column, trimmed, or null when empty or absent. */
  public abstract @Nullable String get(int column);

  /** The character column (1-based) where the cell starts, or 0 when it is absent. */
  abstract long charColumn(int column);

  /** The column's name. */
  public final String columnName(int column) {
    return header().get(column);
  }

  /** "file:line:column" of a cell of the current row (or "file:line" when the cell is absent). */
  public final String where(int column) {
    long c = column < 0 ? 0 : charColumn(column);
    return c > 0 ? format("%s:%d:%d", name(), line(), c) : format("%s:%d", name(), line());
  }

  /** Bytes read from the file so far. */
  public final long bytesRead() {
    return input.bytesRead();
  }

  /** The file's size in bytes. */
  public final long size() {
    return input.size();
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
