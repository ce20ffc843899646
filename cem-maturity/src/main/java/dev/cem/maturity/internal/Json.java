package dev.cem.maturity.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cem.core.CemException;
import dev.cem.core.CemFormatException;
import dev.cem.core.internal.Checks;
import dev.cem.core.json.CemMappers;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The module's configured JSON and YAML mappers and the translation of Jackson's errors. */
public final class Json {
  private Json() {}

  private static final ObjectMapper JSON = configure(CemMappers.json());
  private static final ObjectMapper YAML = configure(CemMappers.yaml());

  /** The mapper for JSON ({@code yaml == false}) or YAML. */
  public static ObjectMapper mapper(boolean yaml) {
    return yaml ? YAML : JSON;
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    SimpleModule dates = new SimpleModule("cem-maturity-dates");
    dates.addSerializer(
        LocalDate.class,
        new JsonSerializer<LocalDate>() {
          @Override
          public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(value.toString());
          }
        });
    dates.addDeserializer(
        LocalDate.class,
        new JsonDeserializer<LocalDate>() {
          @Override
          public LocalDate deserialize(JsonParser p, DeserializationContext ctxt)
              throws IOException {
            String text = p.getValueAsString();
            try {
              return LocalDate.parse(text == null ? "" : text.trim());
            } catch (DateTimeParseException e) {
              throw JsonMappingException.from(
                  p,
                  Checks.format(
                      "date ('%s') must be an ISO date such as 2026-11-23",
                      Checks.abbreviate(String.valueOf(text))));
            }
          }
        });
    mapper.registerModule(dates);
    mapper.enable(SerializationFeature.INDENT_OUTPUT);
    return mapper;
  }

  /** A JSON path such as {@code criteria[3].weight}. */
  static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /**
   * Translates a Jackson failure into a {@link CemFormatException} naming the source and the
   * location; a cem validation failure inside a constructor keeps its message.
   */
  public static CemFormatException failure(String what, String source, Exception e) {
    if (e instanceof ValueInstantiationException && e.getCause() instanceof CemException) {
      return new CemFormatException(
          Checks.format("%s (%s): %s", what, source, e.getCause().getMessage()), e.getCause());
    }
    if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
      // constructors reject a missing required field with checkNotNull(field, "field")
      String path = path((JsonMappingException) e);
      return new CemFormatException(
          Checks.format(
              "%s (%s) is missing '%s'%s",
              what, source, e.getCause().getMessage(), path.isEmpty() ? "" : " at " + path),
          e);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      String where = "";
      if (j instanceof JsonMappingException) {
        String path = path((JsonMappingException) j);
        where = path.isEmpty() ? "" : " at " + path;
      }
      if (j.getLocation() != null) {
        where +=
            Checks.format(
                " (line %d, column %d)", j.getLocation().getLineNr(), j.getLocation().getColumnNr());
      }
      return new CemFormatException(
          Checks.format("%s (%s) cannot be read: %s%s", what, source, j.getOriginalMessage(), where),
          e);
    }
    if (e instanceof CemException) {
      return new CemFormatException(
          Checks.format("%s (%s): %s", what, source, e.getMessage()), e);
    }
    return new CemFormatException(
        Checks.format("%s (%s) cannot be read: %s", what, source, e.getMessage()), e);
  }
}
