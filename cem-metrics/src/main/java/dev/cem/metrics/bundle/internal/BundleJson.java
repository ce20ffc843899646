package dev.cem.metrics.bundle.internal;

import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.internal.Checks;
import dev.cem.core.json.CemMappers;
import dev.cem.metrics.bundle.Aggregation;
import dev.cem.metrics.bundle.BundleComponent;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.bundle.MissingPolicy;
import dev.cem.metrics.bundle.Normalisation;
import dev.cem.metrics.bundle.NormalisationKind;
import dev.cem.metrics.bundle.PriorityProfile;
import dev.cem.metrics.bundle.ProfileMode;
import dev.cem.metrics.bundle.Thresholds;
import dev.cem.metrics.catalog.Direction;
import dev.cem.metrics.catalog.MetricCatalog;
import dev.cem.metrics.catalog.MetricDefinition;
import dev.cem.metrics.catalog.MetricUnit;
import dev.cem.metrics.catalog.StandardMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Reads and writes bundle files (schema version 1) through a {@link JsonNode} tree, so every
 * field is checked here with its path: unknown fields, missing fields, wrong types and invalid
 * values fail with a {@link CemFormatException} naming the source, the path, the value and what is
 * allowed. Not API.
 */
public final class BundleJson {
  private static final List<String> TOP =
      List.of(
          "schemaVersion", "name", "description", "aggregation", "missingPolicy", "thresholds",
          "components", "profiles", "metrics");
  private static final List<String> COMPONENT =
      List.of("metric", "weight", "normalisation", "cap", "thresholds", "target");
  private static final List<String> NORMALISATION = List.of("type", "lower", "upper", "target");
  private static final List<String> THRESHOLDS = List.of("amber", "green");
  private static final List<String> PROFILE = List.of("name", "mode", "weights");
  private static final List<String> METRIC =
      List.of("id", "label", "unit", "direction", "lower", "upper", "description");

  private final String source;

  private BundleJson(String source) {
    this.source = source;
  }

  /** Parses and validates a bundle document. */
  public static MetricBundle read(String text, boolean yaml, MetricCatalog catalog, String source) {
    return new BundleJson(source).read(text, yaml, catalog);
  }

  private MetricBundle read(String text, boolean yaml, MetricCatalog catalog) {
    // JSON: accept the NaN and Infinity tokens so that they reach validation and fail there with
    // the field's name, rather than as a bare syntax error.
    ObjectMapper mapper =
        yaml
            ? CemMappers.yaml()
            : CemMappers.json().rebuild().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    JsonNode root;
    try {
      root = mapper.readTree(yaml ? CemMappers.checkYamlText(text) : Checks.stripByteOrderMark(text));
    } catch (CemFormatException e) {
      throw new CemFormatException(format("%s: %s", source, e.getMessage()), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CemFormatException(
          format(
              "%s: malformed %s%s: %s",
              source,
              yaml ? "YAML" : "JSON",
              at == null ? "" : format(" at line %d, column %d", at.getLineNr(), at.getColumnNr()),
              e.getOriginalMessage()),
          e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw fail("the document is empty; expected a bundle object with schemaVersion 1");
    }
    object(root, "the document");
    checkVersion(root);
    checkFields(root, "the document", TOP);
    try {
      return bundle(root, catalog);
    } catch (CemArgumentException e) {
      throw new CemFormatException(source + ": " + e.getMessage(), e);
    }
  }

  private void checkVersion(JsonNode root) {
    JsonNode v = root.get("schemaVersion");
    if (v == null || v.isNull()) {
      throw fail(
          "schemaVersion is missing; this library reads schemaVersion %d",
          MetricBundle.SCHEMA_VERSION);
    }
    if (!v.isIntegralNumber()) {
      throw fail(
          "schemaVersion (%s) must be the integer %d", abbreviate(v.toString()),
          MetricBundle.SCHEMA_VERSION);
    }
    if (v.asLong() != MetricBundle.SCHEMA_VERSION) {
      throw fail(
          "schemaVersion (%s) is not supported; supported: %d", v.asText(),
          MetricBundle.SCHEMA_VERSION);
    }
  }

  private MetricBundle bundle(JsonNode root, MetricCatalog catalog) {
    MetricCatalog cat = catalog;
    JsonNode metrics = root.get("metrics");
    if (metrics != null) {
      List<MetricDefinition> own = new ArrayList<>();
      int i = 0;
      for (JsonNode m : array(metrics, "metrics")) {
        own.add(metric(m, format("metrics[%d]", i++)));
      }
      cat = cat.with(own);
    }
    MetricBundle.Builder b = MetricBundle.builder(text(root, "name", "the document"));
    b.catalog(cat);
    optionalText(root, "description", "the document").ifPresent(b::description);
    optionalText(root, "aggregation", "the document")
        .ifPresent(a -> b.aggregation(enumValue(Aggregation.class, a, "aggregation")));
    optionalText(root, "missingPolicy", "the document")
        .ifPresent(a -> b.missingPolicy(enumValue(MissingPolicy.class, a, "missingPolicy")));
    if (root.has("thresholds")) {
      b.thresholds(thresholds(root.get("thresholds"), "thresholds"));
    }
    JsonNode components = root.get("components");
    if (components == null) {
      throw fail("components is missing; a bundle needs at least one component");
    }
    int i = 0;
    for (JsonNode c : array(components, "components")) {
      b.component(component(c, format("components[%d]", i++)));
    }
    JsonNode profiles = root.get("profiles");
    if (profiles != null) {
      i = 0;
      for (JsonNode p : array(profiles, "profiles")) {
        b.profile(profile(p, format("profiles[%d]", i++)));
      }
    }
    return b.build();
  }

  private BundleComponent component(JsonNode node, String path) {
    object(node, path);
    checkFields(node, path, COMPONENT);
    String metric = text(node, "metric", path);
    String where = format("%s (metric '%s')", path, metric);
    return at(
        where,
        () -> {
          BundleComponent c =
              BundleComponent.of(
                  metric,
                  number(node, "weight", where),
                  normalisation(node, where + ".normalisation"));
          if (node.has("cap")) {
            c = c.withCap(number(node, "cap", where));
          }
          if (node.has("thresholds")) {
            c = c.withThresholds(thresholds(node.get("thresholds"), where + ".thresholds"));
          }
          if (node.has("target")) {
            c = c.withTarget(number(node, "target", where));
          }
          return c;
        });
  }

  private Normalisation normalisation(JsonNode parent, String path) {
    JsonNode node = parent.get("normalisation");
    if (node == null || node.isNull()) {
      throw fail("%s is missing; one of %s", path, Arrays.toString(NormalisationKind.values()));
    }
    if (node.isTextual()) {
      return parameterFree(enumValue(NormalisationKind.class, node.asText(), path), path);
    }
    object(node, path);
    checkFields(node, path, NORMALISATION);
    NormalisationKind kind =
        enumValue(NormalisationKind.class, text(node, "type", path), path + ".type");
    switch (kind) {
      case GOALPOSTS:
        return at(
            path,
            () ->
                Normalisation.goalposts(
                    number(node, "lower", path), number(node, "upper", path)));
      case DISTANCE_TO_TARGET:
        return at(path, () -> Normalisation.distanceToTarget(number(node, "target", path)));
      default:
        checkFields(node, path + " (" + kind + ")", List.of("type"));
        return parameterFree(kind, path);
    }
  }

  private Normalisation parameterFree(NormalisationKind kind, String path) {
    switch (kind) {
      case MIN_MAX:
        return Normalisation.minMax();
      case Z_SCORE:
        return Normalisation.zScore();
      case IDENTITY:
        return Normalisation.identity();
      default:
        throw fail(
            "%s: %s needs parameters; write it as an object with type%s",
            path,
            kind,
            kind == NormalisationKind.GOALPOSTS ? ", lower and upper" : " and target");
    }
  }

  private Thresholds thresholds(JsonNode node, String path) {
    object(node, path);
    checkFields(node, path, THRESHOLDS);
    return at(path, () -> Thresholds.of(number(node, "amber", path), number(node, "green", path)));
  }

  private PriorityProfile profile(JsonNode node, String path) {
    object(node, path);
    checkFields(node, path, PROFILE);
    String name = text(node, "name", path);
    String where = format("%s (profile '%s')", path, name);
    ProfileMode mode = enumValue(ProfileMode.class, text(node, "mode", where), where + ".mode");
    JsonNode weights = node.get("weights");
    if (weights == null) {
      throw fail("%s.weights is missing", where);
    }
    object(weights, where + ".weights");
    Map<String, Double> map = new LinkedHashMap<>();
    for (Iterator<String> it = weights.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      map.put(id, number(weights, id, where + ".weights"));
    }
    return at(path, () -> PriorityProfile.of(name, mode, map));
  }

  private MetricDefinition metric(JsonNode node, String path) {
    object(node, path);
    checkFields(node, path, METRIC);
    String id = text(node, "id", path);
    String where = format("%s (metric '%s')", path, id);
    return at(
        where,
        () ->
            MetricDefinition.of(
                id,
                text(node, "label", where),
                enumValue(MetricUnit.class, text(node, "unit", where), where + ".unit"),
                enumValue(Direction.class, text(node, "direction", where), where + ".direction"),
                number(node, "lower", where),
                node.has("upper") ? number(node, "upper", where) : Double.POSITIVE_INFINITY,
                optionalText(node, "description", where).orElse("")));
  }

  // ---------------------------------------------------------------------------------------------
  // Node helpers

  /** Runs a value constructor, turning its argument errors into format errors at {@code where}. */
  private <T> T at(String where, Supplier<T> body) {
    try {
      return body.get();
    } catch (CemArgumentException e) {
      throw fail("%s: %s", where, e.getMessage());
    }
  }

  private void object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail("%s (%s) must be an object", path, abbreviate(node.toString()));
    }
  }

  private Iterable<JsonNode> array(JsonNode node, String path) {
    if (!node.isArray()) {
      throw fail("%s (%s) must be an array", path, abbreviate(node.toString()));
    }
    return node;
  }

  private void checkFields(JsonNode node, String path, List<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw fail("unknown field '%s' in %s; allowed: %s", abbreviate(f), path, allowed);
      }
    }
  }

  private String text(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw fail("%s.%s is missing", path, field);
    }
    if (!v.isTextual()) {
      throw fail("%s.%s (%s) must be a string", path, field, abbreviate(v.toString()));
    }
    return v.asText();
  }

  private Optional<String> optionalText(JsonNode node, String field, String path) {
    return node.has(field) ? Optional.of(text(node, field, path)) : Optional.empty();
  }

  private double number(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw fail("%s.%s is missing", path, field);
    }
    if (!v.isNumber()) {
      throw fail("%s.%s (%s) must be a number", path, field, abbreviate(v.toString()));
    }
    return v.doubleValue();
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
    String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw fail(
        "%s ('%s') must be one of %s",
        path, abbreviate(value), Arrays.toString(type.getEnumConstants()));
  }

  private CemFormatException fail(String template, Object... args) {
    return new CemFormatException(source + ": " + format(template, args));
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** Writes a bundle as pretty-printed JSON or YAML. */
  public static String write(MetricBundle bundle, boolean yaml) {
    ObjectMapper mapper = yaml ? CemMappers.yaml() : CemMappers.json();
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", MetricBundle.SCHEMA_VERSION);
    root.put("name", bundle.name());
    if (!bundle.description().isEmpty()) {
      root.put("description", bundle.description());
    }
    root.put("aggregation", bundle.aggregation().name());
    root.put("missingPolicy", bundle.missingPolicy().name());
    bundle.thresholds().ifPresent(t -> writeThresholds(root.putObject("thresholds"), t));
    ArrayNode metrics = mapper.createArrayNode();
    for (MetricDefinition m : bundle.metrics()) {
      if (!StandardMetrics.catalog().find(m.id()).filter(m::equals).isPresent()) {
        writeMetric(metrics.addObject(), m);
      }
    }
    if (!metrics.isEmpty()) {
      root.set("metrics", metrics);
    }
    ArrayNode components = root.putArray("components");
    for (BundleComponent c : bundle.components()) {
      writeComponent(components.addObject(), c);
    }
    if (!bundle.profiles().isEmpty()) {
      ArrayNode profiles = root.putArray("profiles");
      for (PriorityProfile p : bundle.profiles().values()) {
        ObjectNode n = profiles.addObject();
        n.put("name", p.name());
        n.put("mode", p.mode().name());
        ObjectNode w = n.putObject("weights");
        p.weights().forEach(w::put);
      }
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write bundle '" + bundle.name() + "'", e);
    }
  }

  private static void writeComponent(ObjectNode n, BundleComponent c) {
    n.put("metric", c.metricId());
    n.put("weight", c.weight());
    Normalisation norm = c.normalisation();
    switch (norm.kind()) {
      case GOALPOSTS:
        {
          ObjectNode o = n.putObject("normalisation");
          o.put("type", norm.kind().name());
          o.put("lower", norm.lower());
          o.put("upper", norm.upper());
          break;
        }
      case DISTANCE_TO_TARGET:
        {
          ObjectNode o = n.putObject("normalisation");
          o.put("type", norm.kind().name());
          o.put("target", norm.target());
          break;
        }
      default:
        n.put("normalisation", norm.kind().name());
    }
    OptionalDouble cap = c.cap();
    if (cap.isPresent()) {
      n.put("cap", cap.getAsDouble());
    }
    c.thresholds().ifPresent(t -> writeThresholds(n.putObject("thresholds"), t));
    if (c.target().isPresent()) {
      n.put("target", c.target().getAsDouble());
    }
  }

  private static void writeThresholds(ObjectNode n, Thresholds t) {
    n.put("amber", t.amber());
    n.put("green", t.green());
  }

  private static void writeMetric(ObjectNode n, MetricDefinition m) {
    n.put("id", m.id());
    n.put("label", m.label());
    n.put("unit", m.unit().name());
    n.put("direction", m.direction().name());
    n.put("lower", m.lower());
    if (!m.isOpenEnded()) {
      n.put("upper", m.upper());
    }
    if (!m.description().isEmpty()) {
      n.put("description", m.description());
    }
  }
}
