package dev.cem.core.json;

import static dev.cem.core.internal.Checks.abbreviate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import java.time.DateTimeException;
import java.util.function.Function;

/**
 * Reads and writes one type as a JSON string, e.g. a channel as {@code "web"} or a duration as
 * {@code "PT30M"}.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class ValueCodec<T> {
  private final Class<T> type;
  private final String expected;
  private final Function<String, T> parse;
  private final Function<T, String> print;

  /**
   * @param expected what the string must look like, for messages, e.g. "an ISO-8601 duration
   *     such as PT30M"
   * @param parse parses the text; a {@link DateTimeException} or {@link
   *     IllegalArgumentException} means "not valid"
   */
  ValueCodec(
      Class<T> type, String expected, Function<String, T> parse, Function<T, String> print) {
    this.type = type;
    this.expected = expected;
    this.parse = parse;
    this.print = print;
  }

  Class<T> type() {
    return type;
  }

  String print(T value) {
    return print.apply(value);
  }

  T read(JsonNode node, String path) {
    return parse(TreeReader.text(node, path), path);
  }

  T parse(String text, String path) {
    try {
      return parse.apply(text);
    } catch (CemArgumentException e) {
      throw new CemFormatException(path + ": " + e.getMessage(), e);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw TreeReader.fail(path, "expected " + expected + ", got '" + abbreviate(text) + "'");
    }
  }
}
