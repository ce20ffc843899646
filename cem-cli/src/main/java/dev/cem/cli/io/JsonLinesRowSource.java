package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cem.core.CemFormatException;
import dev.cem.core.json.CemMappers;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON lines file: one JSON object per line, blank lines ignored. Values must be strings,
 * numbers, booleans or null; a number or boolean reads as its JSON text. A malformed line is an
 * invalid row, and reading goes on with the next line.
 */
final class JsonLinesRowSource extends RowSource {
  private static final JsonFactory FACTORY = jsonFactory();

  private final Reader reader;
  private final List<String> first;
  private final Map<String, Integer> firstIndex = new HashMap<>();
  private final List<String> header = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private @Nullable String[] cells = new String[0];
  private long[] cellColumns = new long[0];
  private final StringBuilder buffer = new StringBuilder();
  private long nextLine = 1;
  private long line;
  private @Nullable String pending;
  private long pendingLine;

  JsonLinesRowSource(TextInput input) throws IOException {
    super(input);
    this.reader = input.reader();
    String text;
    while ((text = readLine()) != null && text.isBlank()) {
      // skip leading blank lines
    }
    if (text == null) {
      throw new CemFormatException(
          format("%s: the file is empty; expected one JSON object per line", name()));
    }
    pending = text;
    pendingLine = line;
    // The first object defines the columns present from the start; it must be well formed.
    List<String> keys = new ArrayList<>();
    try {
      parseLine(text, keys);
    } catch (InvalidRowException e) {
      throw new CemFormatException(
          e.getMessage() + " (cem reads JSON lines: one JSON object per line)", e);
    }
    this.first = List.copyOf(keys);
    for (String key : first) {
      firstIndex.put(key, firstIndex.size());
      column(key);
    }
  }

  private static JsonFactory jsonFactory() {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(CemMappers.readConstraints())
            .build();
    return factory;
  }

  /** Reads one line into a string, or null at the end; sets {@link #line}. */
  private @Nullable String readLine() throws IOException {
    buffer.setLength(0);
    line = nextLine;
    int c;
    boolean any = false;
    while ((c = reader.read()) >= 0) {
      any = true;
      if (c == '\n') {
        nextLine++;
        return buffer.toString();
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
        nextLine++;
        return buffer.toString();
      }
      if (buffer.length() >= MAX_LINE_LENGTH) {
        throw new CemFormatException(
            format("%s:%d: line longer than %d characters", name(), line, MAX_LINE_LENGTH));
      }
      buffer.append((char) c);
    }
    return any ? buffer.toString() : null;
  }

  /**
   * Parses one line into {@link #cells}; with {@code keys} non-null, collects the keys instead of
   * storing values by column.
   */
  private void parseLine(String text, @Nullable List<String> keys) throws IOException {
    Arrays.fill(cells, null);
    Arrays.fill(cellColumns, 0);
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        throw invalid(parser.currentTokenLocation(), "expected a JSON object, found " + token);
      }
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        long column = parser.currentTokenLocation().getColumnNr();
        String cell;
        switch (value) {
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
            String stripped = parser.getText().strip();
            cell = stripped.isEmpty() ? null : stripped;
          }
          case VALUE_NULL -> cell = null;
          default -> throw new InvalidRowException(
              "field not a scalar",
              format(
                  "%s:%d:%d: field '%s' must be a string, number, boolean or null, found %s",
                  name(), line, column, abbreviate(key), value == JsonToken.START_ARRAY ? "an array" : "an object"));
        }
        if (keys != null) {
          keys.add(key);
        } else {
          Integer i = index.get(key);
          if (i != null) {
            cells[i] = cell;
            cellColumns[i] = column;
          }
        }
      }
      if (parser.nextToken() != null) {
        throw invalid(parser.currentTokenLocation(), "more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      throw invalid(e.getLocation(), e.getOriginalMessage());
    }
  }

  private InvalidRowException invalid(@Nullable JsonLocation at, String message) {
    String where = at == null ? format("%s:%d", name(), line) : format("%s:%d:%d", name(), line, at.getColumnNr());
    return new InvalidRowException("malformed JSON", format("%s: malformed JSON: %s", where, message));
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public int column(String name) {
    Integer i = index.get(name);
    if (i != null) {
      return i;
    }
    header.add(name);
    index.put(name, header.size() - 1);
    cells = Arrays.copyOf(cells, header.size());
    cellColumns = Arrays.copyOf(cellColumns, header.size());
    return header.size() - 1;
  }

  @Override
  int headerIndex(String name) {
    return firstIndex.getOrDefault(name, -1);
  }

  @Override
  List<String> firstHeader() {
    return first;
  }

  @Override
  boolean advance() throws IOException {
    String text;
    if (pending != null) {
      text = pending;
      line = pendingLine;
      pending = null;
    } else {
      while ((text = readLine()) != null && text.isBlank()) {
        // skip blank lines
      }
      if (text == null) {
        return false;
      }
    }
    parseLine(text, null);
    return true;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public @Nullable String get(int column) {
    return column < 0 || column >= cells.length ? null : cells[column];
  }

  @Override
  long charColumn(int column) {
    return column < 0 || column >= cellColumns.length ? 0 : cellColumns[column];
  }
}
