package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cem.core.CemFormatException;
import dev.cem.core.json.CemMappers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file with a header row, read token by token with Jackson's streaming CSV parser so that
 * every cell's line and column are known. Empty lines are skipped; a row with another number of
 * fields than the header is an invalid row.
 */
final class CsvRowSource extends RowSource {
  private static final CsvFactory FACTORY = csvFactory();

  private final CsvParser parser;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private @Nullable String[] cells = new String[16];
  private long[] cellColumns = new long[16];
  private int count;
  private long line;

  CsvRowSource(TextInput input) throws IOException {
    super(input);
    this.parser = FACTORY.createParser(input.reader());
    parser.setSchema(CsvSchema.emptySchema());
    if (!readRow()) {
      throw new CemFormatException(
          format("%s: the file is empty: no header row with column names", name()));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String cell = cells[i];
      if (cell == null) {
        throw new CemFormatException(
            format(
                "%s:%d:%d: header column %d has no name",
                name(), line, cellColumns[i], i + 1));
      }
      Integer previous = index.putIfAbsent(cell, i);
      if (previous != null) {
        throw new CemFormatException(
            format(
                "%s:%d:%d: duplicate column '%s' in the header (also column %d)",
                name(), line, cellColumns[i], abbreviate(cell), previous + 1));
      }
      names.add(cell);
    }
    this.header = List.copyOf(names);
  }

  private static CsvFactory csvFactory() {
    CsvFactory factory = new CsvFactory();
    factory.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    factory.setStreamReadConstraints(CemMappers.readConstraints());
    return factory;
  }

  /** Reads one row's cells into {@link #cells}; false at the end. */
  private boolean readRow() throws IOException {
    count = 0;
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      if (token != JsonToken.START_ARRAY) {
        throw malformed(parser.currentTokenLocation(), "unexpected token " + token);
      }
      // The array's own location lags at the end of the previous row; the first cell's is exact.
      line = -1;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (count == cells.length) {
          cells = Arrays.copyOf(cells, count * 2);
          cellColumns = Arrays.copyOf(cellColumns, count * 2);
        }
        String text = parser.getText().strip();
        cells[count] = text.isEmpty() ? null : text;
        JsonLocation at = parser.currentTokenLocation();
        cellColumns[count] = at.getColumnNr();
        if (count == 0) {
          line = at.getLineNr();
        }
        count++;
      }
      if (token != JsonToken.END_ARRAY) {
        throw malformed(parser.currentTokenLocation(), "unexpected token " + token);
      }
      return true;
    } catch (JsonProcessingException e) {
      throw malformed(e.getLocation(), e.getOriginalMessage());
    }
  }

  private CemFormatException malformed(@Nullable JsonLocation at, String message) {
    String where =
        at == null ? name() : format("%s:%d:%d", name(), at.getLineNr(), at.getColumnNr());
    return new CemFormatException(format("%s: malformed CSV: %s", where, message));
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public int column(String name) {
    return index.getOrDefault(name, -1);
  }

  @Override
  int headerIndex(String name) {
    return column(name);
  }

  @Override
  List<String> firstHeader() {
    return header;
  }

  @Override
  boolean advance() throws IOException {
    if (!readRow()) {
      return false;
    }
    if (count != header.size()) {
      throw new InvalidRowException(
          "wrong number of fields",
          format(
              "%s:%d: the row has %d fields, the header has %d (%s)",
              name(), line, count, header.size(), abbreviate(String.join(",", Arrays.asList(cells).subList(0, count).stream().map(c -> c == null ? "" : c).toList()))));
    }
    return true;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public @Nullable String get(int column) {
    return column < 0 || column >= count ? null : cells[column];
  }

  @Override
  long charColumn(int column) {
    return column < 0 || column >= count ? 0 : cellColumns[column];
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      super.close();
    }
  }
}
