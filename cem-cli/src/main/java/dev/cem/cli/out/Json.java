package dev.cem.cli.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.io.Rejections;
import dev.cem.core.json.CemMappers;
import dev.cem.metrics.Estimate;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** JSON output helpers: one configured mapper, and NaN written as null. */
public final class Json {
  /** A strict mapper that indents its output. */
  public static final JsonMapper MAPPER = mapper();

  private Json() {}

  private static JsonMapper mapper() {
    JsonMapper m = CemMappers.json();
    m.enable(SerializationFeature.INDENT_OUTPUT);
    return m;
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Puts a number, or null when it is NaN (JSON has no NaN). */
  public static ObjectNode put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
    return node;
  }

  /**
   * Puts an estimate's fields: value, standardError, lower, upper (null when undefined),
   * confidence, n, method and reliability.
   */
  public static ObjectNode putEstimate(ObjectNode n, Estimate e) {
    put(n, "value", e.value());
    put(n, "standardError", e.standardError());
    put(n, "lower", e.lower());
    put(n, "upper", e.upper());
    put(n, "confidence", e.confidence());
    n.put("n", e.n());
    n.put("method", e.method());
    n.put("reliability", e.reliability().name());
    return n;
  }

  /**
   * Puts what was read: {@code file}, {@code rows} and {@code rejected} ({@code total}, {@code
   * byReason} and the {@code first} rejected row's message, if any).
   */
  public static ObjectNode putInput(ObjectNode n, Path file, long rows, Rejections rejections) {
    n.put("file", file.toString());
    n.put("rows", rows);
    ObjectNode rejected = n.putObject("rejected");
    rejected.put("total", rejections.total());
    ObjectNode byReason = rejected.putObject("byReason");
    rejections.byReason().forEach(byReason::put);
    if (rejections.firstMessage() != null) {
      rejected.put("first", rejections.firstMessage());
    }
    return n;
  }

  /** Pretty-printed JSON with a final newline. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
