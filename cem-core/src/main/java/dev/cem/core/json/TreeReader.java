package dev.cem.core.json;

import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object, remembering the JSON path for error messages and which
 * fields were read, so that {@link #finish()} can reject unknown ones. Every failure is a {@link
 * CemFormatException} whose message starts with the path, e.g. {@code "$.interactions[2].timestamp:
 * expected an ISO-8601 instant ..."}.
 *
 * <p>This class is not thread safe; it lives for the reading of one object.
 */
final class TreeReader {
  private final JsonNode node;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private TreeReader(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Returns a reader of {@code node}, which must be an object; {@code path} is its JSON path. */
  static TreeReader object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "expected an object, got " + describe(node));
    }
    return new TreeReader(node, path);
  }

  String path() {
    return path;
  }

  String path(String field) {
    return path + "." + field;
  }

  /** Marks a field as read without reading it, e.g. the schema version of an envelope. */
  void skip(String field) {
    read.add(field);
  }

  /** The field's value; fails if it is missing or null. */
  JsonNode required(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw fail(path(field), "is required");
    }
    return value;
  }

  /** The field's value, or empty if it is missing or null. */
  Optional<JsonNode> optional(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  String text(String field) {
    return text(required(field), path(field));
  }

  Optional<String> optionalText(String field) {
    return optional(field).map(value -> text(value, path(field)));
  }

  int integer(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw fail(path(field), "expected an integer between -2147483648 and 2147483647, got "
          + describe(value));
    }
    return value.intValue();
  }

  long longInteger(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw fail(path(field), "expected a 64-bit integer, got " + describe(value));
    }
    return value.longValue();
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw fail(path(field), "expected true or false, got " + describe(value));
    }
    return value.booleanValue();
  }

  <T> T value(String field, ValueCodec<T> codec) {
    return codec.read(required(field), path(field));
  }

  <T> Optional<T> optionalValue(String field, ValueCodec<T> codec) {
    return optional(field).map(value -> codec.read(value, path(field)));
  }

  <T> T object(String field, ObjectCodec<T> codec) {
    return codec.read(required(field), path(field));
  }

  <T> Optional<T> optionalObject(String field, ObjectCodec<T> codec) {
    return optional(field).map(value -> codec.read(value, path(field)));
  }

  <T> List<T> objects(String field, ObjectCodec<T> codec) {
    List<T> result = new ArrayList<>();
    forEachElement(field, (element, elementPath) -> result.add(codec.read(element, elementPath)));
    return result;
  }

  <T> List<T> values(String field, ValueCodec<T> codec) {
    List<T> result = new ArrayList<>();
    forEachElement(field, (element, elementPath) -> result.add(codec.read(element, elementPath)));
    return result;
  }

  /** An object whose values are all strings, in document order. */
  Map<String, String> textMap(String field) {
    JsonNode value = required(field);
    String mapPath = path(field);
    if (!value.isObject()) {
      throw fail(mapPath, "expected an object, got " + describe(value));
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      result.put(entry.getKey(), text(entry.getValue(), mapPath + "." + entry.getKey()));
    }
    return result;
  }

  /** Fails if the object has a field that was not read. */
  void finish() {
    Set<String> unknown = new TreeSet<>();
    node.fieldNames().forEachRemaining(name -> {
      if (!read.contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      String first = unknown.iterator().next();
      throw fail(
          path(first),
          format("unknown property '%s' (known: %s)", abbreviate(first), String.join(", ",
              new TreeSet<>(read))));
    }
  }

  /** Turns a domain validation failure into a format failure at this object's path. */
  CemFormatException invalid(CemArgumentException e) {
    return new CemFormatException(path + ": " + e.getMessage(), e);
  }

  static CemFormatException fail(String path, String message) {
    return new CemFormatException(path + ": " + message);
  }

  static String text(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw fail(path, "expected a string, got " + describe(value));
    }
    return value.textValue();
  }

  /** A short description of a JSON value for an error message: its type and, if short, itself. */
  static String describe(JsonNode value) {
    if (value.isMissingNode()) {
      return "nothing (an empty document)";
    }
    String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
    if (value.isContainerNode()) {
      return type;
    }
    return type + " " + abbreviate(value.toString());
  }

  private interface ElementReader {
    void read(JsonNode element, String elementPath);
  }

  private void forEachElement(String field, ElementReader reader) {
    JsonNode value = required(field);
    String listPath = path(field);
    if (!value.isArray()) {
      throw fail(listPath, "expected an array, got " + describe(value));
    }
    for (int i = 0; i < value.size(); i++) {
      reader.read(value.get(i), listPath + "[" + i + "]");
    }
  }
}
