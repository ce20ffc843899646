package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.cli.io.Inputs;
import dev.cem.cli.out.Json;
import dev.cem.core.CemException;
import dev.cem.core.CemFormatException;
import dev.cem.metrics.Estimate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads metric estimates from the JSON that {@code cem score} or {@code cem journeys} wrote, as
 * evidence for a maturity assessment. From {@code cem score} output the group {@code ALL} is used
 * (or the only group); every object with {@code value}, {@code n}, {@code confidence} and {@code
 * method} under a {@code metrics} key becomes an estimate under its key (and under the metric
 * catalogue's id where that differs, e.g. {@code sla} as {@code sla-attainment}), and a bundle's
 * status is kept under {@code "bundle"} and under the bundle's id.
 */
final class EvidenceFiles {
  /** The keys of 'cem score' output that the metric catalogue (and evidence rules) name otherwise. */
  static final Map<String, String> CATALOG_IDS =
      Map.of(
          "sla", "sla-attainment",
          "resolution", "resolution-time",
          "response", "first-response-time");

  final Map<String, Estimate> metrics = new LinkedHashMap<>();
  final Map<String, String> statuses = new LinkedHashMap<>();

  void read(Path path) throws IOException {
    String text = Inputs.readText(path);
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CemFormatException(
          format(
              "%s:%d:%d: malformed JSON: %s",
              path,
              e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
              e.getOriginalMessage()));
    }
    JsonNode scope = root;
    JsonNode groups = root.path("groups");
    if (groups.isArray() && groups.size() > 0) {
      scope = groups.get(0);
      for (JsonNode g : groups) {
        if ("ALL".equals(g.path("key").asText())) {
          scope = g;
        }
      }
    }
    JsonNode metricNodes = scope.path("metrics");
    if (!metricNodes.isObject()) {
      throw new CemFormatException(
          format(
              "%s: no 'metrics' object found; pass the JSON written by 'cem score --format json'"
                  + " or 'cem journeys --format json'",
              path));
    }
    for (Map.Entry<String, JsonNode> e : metricNodes.properties()) {
      JsonNode m = e.getValue();
      if (m.has("n") && m.has("confidence") && m.has("method") && m.has("value")) {
        Estimate estimate = estimate(path, e.getKey(), m);
        metrics.put(e.getKey(), estimate);
        String catalogId = CATALOG_IDS.get(e.getKey());
        if (catalogId != null) {
          metrics.put(catalogId, estimate);
        }
      }
    }
    JsonNode bundle = scope.path("bundle");
    if (bundle.hasNonNull("status")) {
      statuses.put("bundle", bundle.get("status").asText());
      if (bundle.hasNonNull("id")) {
        statuses.put(bundle.get("id").asText(), bundle.get("status").asText());
      }
    }
  }

  private static Estimate estimate(Path path, String key, JsonNode m) {
    try {
      long n = m.get("n").asLong();
      double confidence = m.get("confidence").asDouble();
      String method = m.get("method").asText();
      if (n == 0 || m.get("value").isNull()) {
        return Estimate.empty(method, confidence);
      }
      return Estimate.of(
          m.get("value").asDouble(),
          number(m, "standardError"),
          number(m, "lower"),
          number(m, "upper"),
          confidence,
          n,
          method);
    } catch (CemException e) {
      throw new CemFormatException(
          format("%s: metric '%s' is not a valid estimate: %s", path, key, e.getMessage()), e);
    }
  }

  private static double number(JsonNode m, String field) {
    JsonNode v = m.get(field);
    return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
  }
}
