package dev.cem.core.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.internal.Checks;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes cem documents: JSON (or YAML) whose top-level object carries {@code
 * "schemaVersion": 1} next to the fields of one cem type, e.g.
 *
 * <pre>{@code
 * {"schemaVersion":1,"id":"tp-1","name":"Order status page","channel":"web",
 *  "phase":"TRANSACTION","owner":"logistics"}
 * }</pre>
 *
 * <p>A list of values of one type is written as {@code {"schemaVersion":1,"items":[...]}} by
 * {@link #writeAll} and read by {@link #readAll}.
 *
 * <p>Every failure to read is a {@link CemFormatException} whose message names the JSON path (or
 * line and column for malformed text), what was found and what was expected: a missing or
 * unsupported schema version, unknown fields, wrong types, invalid values, duplicate keys,
 * nesting deeper than {@value CemMappers#MAX_NESTING_DEPTH}, numbers longer than {@value
 * CemMappers#MAX_NUMBER_LENGTH} digits and trailing content. A leading byte-order mark is
 * ignored. The read constraints are those of
 * {@link CemMappers}; polymorphic default typing is never enabled.
 *
 * <p>This class is thread-safe.
 */
public final class CemJson {
  /** The schema version this library writes and the only one it reads. */
  public static final int SCHEMA_VERSION = 1;
  /** The name of the version field of every top-level document. */
  public static final String SCHEMA_VERSION_FIELD = "schemaVersion";

  private static final String ITEMS_FIELD = "items";
  private static final JsonMapper JSON = newMapper();
  private static final ObjectMapper YAML = newYamlMapper();

  private CemJson() {}

  /** A new strict JSON mapper ({@link CemMappers#json()}) with the {@link CemJacksonModule}. */
  public static JsonMapper newMapper() {
    JsonMapper mapper = CemMappers.json();
    mapper.registerModule(new CemJacksonModule());
    return mapper;
  }

  /** A new strict YAML mapper ({@link CemMappers#yaml()}) with the {@link CemJacksonModule}. */
  public static ObjectMapper newYamlMapper() {
    ObjectMapper mapper = CemMappers.yaml();
    mapper.registerModule(new CemJacksonModule());
    return mapper;
  }

  /** The types that can be top-level documents: the object-shaped cem-core types. */
  public static Set<Class<?>> documentTypes() {
    return Codecs.OBJECTS.keySet();
  }

  /**
   * Writes a document as compact JSON.
   *
   * @param document a value of one of the {@link #documentTypes()}; not null
   * @throws CemArgumentException if the value's type is not a document type
   */
  public static String write(Object document) {
    checkNotNull(document, "document");
    codecFor(document.getClass());
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as indented JSON, for files people read.
   *
   * @param document a value of one of the {@link #documentTypes()}; not null
   */
  public static String writePretty(Object document) {
    checkNotNull(document, "document");
    codecFor(document.getClass());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes values of one document type as {@code {"schemaVersion":1,"items":[...]}}.
   *
   * @param type the type of the items; not null
   * @param items the values, no nulls; not null
   */
  public static <T> String writeAll(Class<T> type, Collection<? extends T> items) {
    ObjectCodec<T> codec = codecFor(checkNotNull(type, "type"));
    checkNotNull(items, "items");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField(SCHEMA_VERSION_FIELD, SCHEMA_VERSION);
      g.writeArrayFieldStart(ITEMS_FIELD);
      for (T item : items) {
        codec.write(checkNotNull(item, "item"), g);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a JSON document of the given type.
   *
   * @param json the text; not null
   * @param type one of the {@link #documentTypes()}; not null
   * @throws CemFormatException if the text is not a valid document of that type
   */
  public static <T> T read(String json, Class<T> type) {
    checkNotNull(json, "json");
    ObjectCodec<T> codec = codecFor(checkNotNull(type, "type"));
    return readObject(tree(JSON, json, type), codec, true, "$");
  }

  /**
   * Reads a JSON document of the given type from a reader, which is not closed.
   *
   * @param json the text; not null
   * @param type one of the {@link #documentTypes()}; not null
   * @throws CemFormatException if the text is not a valid document of that type
   */
  public static <T> T read(Reader json, Class<T> type) {
    checkNotNull(json, "json");
    ObjectCodec<T> codec = codecFor(checkNotNull(type, "type"));
    return readObject(tree(JSON, json, type), codec, true, "$");
  }

  /**
   * Reads a YAML document of the given type, with the same rules as JSON.
   *
   * @param yaml the text; not null
   * @param type one of the {@link #documentTypes()}; not null
   * @throws CemFormatException if the text is not a valid document of that type
   */
  public static <T> T readYaml(String yaml, Class<T> type) {
    checkNotNull(yaml, "yaml");
    ObjectCodec<T> codec = codecFor(checkNotNull(type, "type"));
    String text;
    try {
      text = CemMappers.checkYamlText(yaml);
    } catch (CemFormatException e) {
      throw new CemFormatException(
          format("cannot read %s document: %s", type.getSimpleName(), e.getMessage()), e);
    }
    return readObject(tree(YAML, text, type), codec, true, "$");
  }

  /**
   * Reads a list document written by {@link #writeAll}.
   *
   * @param json the text; not null
   * @param type the item type, one of the {@link #documentTypes()}; not null
   * @throws CemFormatException if the text is not a valid list document of that type
   */
  public static <T> List<T> readAll(String json, Class<T> type) {
    checkNotNull(json, "json");
    ObjectCodec<T> codec = codecFor(checkNotNull(type, "type"));
    TreeReader r = TreeReader.object(tree(JSON, json, type), "$");
    checkVersion(r);
    List<T> items = r.objects(ITEMS_FIELD, codec);
    r.finish();
    return List.copyOf(items);
  }

  /** Reads a cem object from a tree, checking the version if it is a top-level document. */
  static <T> T readObject(JsonNode node, ObjectCodec<T> codec, boolean topLevel, String path) {
    TreeReader r = TreeReader.object(node, path);
    if (topLevel) {
      checkVersion(r);
    }
    return codec.read(r);
  }

  private static void checkVersion(TreeReader r) {
    JsonNode version =
        r.optional(SCHEMA_VERSION_FIELD)
            .orElseThrow(
                () ->
                    TreeReader.fail(
                        r.path(),
                        format(
                            "missing \"%s\"; this version of cem reads schema version %d",
                            SCHEMA_VERSION_FIELD,
                            SCHEMA_VERSION)));
    if (!version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.intValue() != SCHEMA_VERSION) {
      throw TreeReader.fail(
          r.path(SCHEMA_VERSION_FIELD),
          format(
              "unsupported schema version (%s); this version of cem reads schema version %d",
              TreeReader.describe(version),
              SCHEMA_VERSION));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> ObjectCodec<T> codecFor(Class<T> type) {
    ObjectCodec<?> codec = Codecs.OBJECTS.get(type);
    if (codec == null) {
      throw new CemArgumentException(
          format(
              "type (%s) must be a cem document type: %s",
              type.getName(),
              documentTypes().stream()
                  .map(Class::getSimpleName)
                  .sorted()
                  .collect(Collectors.joining(", "))));
    }
    return (ObjectCodec<T>) codec;
  }

  private static JsonNode tree(ObjectMapper mapper, Object text, Class<?> type) {
    try {
      return text instanceof Reader reader
          ? mapper.readTree(withoutByteOrderMark(reader))
          : mapper.readTree(Checks.stripByteOrderMark((String) text));
    } catch (JsonProcessingException e) {
      throw new CemFormatException(
          format("cannot read %s document: %s", type.getSimpleName(), describe(e)), e);
    } catch (CharacterCodingException e) {
      // a strict decoder in the caller's reader met bytes that are not text in its charset
      throw new CemFormatException(
          format(
              "cannot read %s document: the text is not valid in its character encoding (%s)",
              type.getSimpleName(),
              e),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reader, past a leading byte-order mark if there is one. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /** The parser's own message, the line and column, and the JSON path where it stopped. */
  private static String describe(JsonProcessingException e) {
    StringBuilder message = new StringBuilder(e.getOriginalMessage());
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message.append(
          format(" (line %d, column %d", location.getLineNr(), location.getColumnNr()));
      if (e.getProcessor() instanceof JsonParser parser) {
        message.append(", path ").append(CemJacksonModule.path(parser.getParsingContext()));
      }
      message.append(')');
    }
    return message.toString();
  }
}
