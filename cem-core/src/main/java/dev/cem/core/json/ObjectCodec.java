package dev.cem.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.core.CemArgumentException;
import java.io.IOException;

/**
 * Reads and writes one domain type as a JSON object. Subclasses write the fields and read them
 * back through a {@link TreeReader}; this class adds the braces, unknown-field rejection and the
 * JSON path on validation errors.
 *
 * <p>Instances are immutable and thread-safe.
 */
abstract class ObjectCodec<T> {
  private final Class<T> type;

  ObjectCodec(Class<T> type) {
    this.type = type;
  }

  final Class<T> type() {
    return type;
  }

  /** Writes the fields of {@code value}, inside an object the caller opened. */
  abstract void writeFields(T value, JsonGenerator g) throws IOException;

  /** Reads the fields and constructs the value; domain validation may throw. */
  abstract T readFields(TreeReader r);

  final void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeFields(value, g);
    g.writeEndObject();
  }

  final T read(JsonNode node, String path) {
    return read(TreeReader.object(node, path));
  }

  /** Reads a value from a reader positioned on its object, then rejects unknown fields. */
  final T read(TreeReader r) {
    T value;
    try {
      value = readFields(r);
    } catch (CemArgumentException e) {
      throw r.invalid(e);
    }
    r.finish();
    return value;
  }
}
