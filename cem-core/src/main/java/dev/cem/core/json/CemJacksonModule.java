package dev.cem.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cem.core.CemFormatException;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A Jackson module that reads and writes every cem-core type: {@link dev.cem.core.Touchpoint},
 * {@link dev.cem.core.Interaction}, {@link dev.cem.core.Response}, {@link dev.cem.core.Journey},
 * {@link dev.cem.core.Sla} and the rest. Register it on a mapper from {@link CemMappers} to embed
 * cem types in your own documents; {@link CemJson} is the shortcut for whole documents.
 *
 * <h3>The JSON form</h3>
 *
 * <ul>
 *   <li>Objects use the record component names as field names; an empty optional component is
 *       left out (and may be {@code null} on input). A few fields with a natural default may be
 *       left out on input: customer {@code segments} and {@code tier}; interaction {@code
 *       handlingTime}, {@code initiator} and {@code repeatedInformation} (the defaults of {@link
 *       dev.cem.core.Interaction#of}); business-hours {@code closedDates}.
 *   <li>{@link dev.cem.core.Channel}, {@link dev.cem.core.Department} and {@link
 *       dev.cem.core.CustomerId} are strings ({@code "web"}); enums are their constant names.
 *       They may also be map keys, e.g. a {@code Map<Channel, Long>}.
 *   <li>Instants and durations are ISO-8601 strings ({@code "2026-01-31T09:30:00Z"}, {@code
 *       "PT30M"}); business hours use {@code "24:00"} for the end of the day.
 *   <li>When a cem object is the top-level value of a document it carries {@code
 *       "schemaVersion": 1} as its first field; reading a top-level cem object requires it and
 *       fails on a missing or unknown version. Nested cem objects carry no version.
 *   <li>Unknown fields, wrong types and invalid values fail; the message starts with the JSON path,
 *       e.g. {@code $.interactions[2].timestamp}. The Jackson exception's cause is a {@link
 *       CemFormatException} with that message.
 * </ul>
 *
 * <p>The module never enables polymorphic default typing. It is immutable once registered.
 */
public final class CemJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CemJacksonModule() {
    super("cem-core", Version.unknownVersion());
    Codecs.OBJECTS.values().forEach(this::register);
    Codecs.VALUES.forEach(this::register);
  }

  private <T> void register(ObjectCodec<T> codec) {
    addSerializer(codec.type(), new ObjectSerializer<>(codec));
    addDeserializer(codec.type(), new ObjectDeserializer<>(codec));
  }

  private <T> void register(ValueCodec<T> codec) {
    addSerializer(codec.type(), new ValueSerializer<>(codec, false));
    addDeserializer(codec.type(), new ValueDeserializer<>(codec));
    addKeySerializer(codec.type(), new ValueSerializer<>(codec, true));
    addKeyDeserializer(codec.type(), new KeyDeserializer<>(codec));
  }

  /** The JSON path of the value a parser context points at, e.g. {@code $.items[3].id}. */
  static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "$";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
    }
    String name = context.getCurrentName();
    return name == null ? parent : parent + "." + name;
  }

  /** Runs a read and turns its {@link CemFormatException} into Jackson's exception. */
  private static <T> T mapped(JsonParser p, Supplier<T> read) throws JsonMappingException {
    try {
      return read.get();
    } catch (CemFormatException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }

  private static final class ObjectSerializer<T> extends JsonSerializer<T> {
    private final ObjectCodec<T> codec;

    ObjectSerializer(ObjectCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      boolean topLevel = g.getOutputContext().inRoot();
      g.writeStartObject(value);
      if (topLevel) {
        g.writeNumberField(CemJson.SCHEMA_VERSION_FIELD, CemJson.SCHEMA_VERSION);
      }
      codec.writeFields(value, g);
      g.writeEndObject();
    }

    @Override
    public Class<T> handledType() {
      return codec.type();
    }
  }

  private static final class ObjectDeserializer<T> extends JsonDeserializer<T> {
    private final ObjectCodec<T> codec;

    ObjectDeserializer(ObjectCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonStreamContext context = p.getParsingContext();
      if (p.currentToken() == JsonToken.START_OBJECT) {
        context = context.getParent();
      }
      boolean topLevel = context.inRoot();
      String path = path(context);
      JsonNode node = ctxt.readTree(p);
      return mapped(p, () -> CemJson.readObject(node, codec, topLevel, path));
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  /** Writes a string-valued type as a value or, for map keys, as a field name. */
  private static final class ValueSerializer<T> extends JsonSerializer<T> {
    private final ValueCodec<T> codec;
    private final boolean key;

    ValueSerializer(ValueCodec<T> codec, boolean key) {
      this.codec = codec;
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (key) {
        g.writeFieldName(codec.print(value));
      } else {
        g.writeString(codec.print(value));
      }
    }

    @Override
    public Class<T> handledType() {
      return codec.type();
    }
  }

  private static final class KeyDeserializer<T>
      extends com.fasterxml.jackson.databind.KeyDeserializer {
    private final ValueCodec<T> codec;

    KeyDeserializer(ValueCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      JsonParser p = ctxt.getParser();
      return mapped(p, () -> codec.parse(key, path(p.getParsingContext())));
    }
  }

  private static final class ValueDeserializer<T> extends JsonDeserializer<T> {
    private final ValueCodec<T> codec;

    ValueDeserializer(ValueCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String path = path(p.getParsingContext());
      JsonNode node = ctxt.readTree(p);
      return mapped(p, () -> codec.read(node, path));
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }
}
