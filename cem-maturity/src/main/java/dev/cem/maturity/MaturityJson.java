package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.core.CemException;
import dev.cem.core.CemFormatException;
import dev.cem.core.internal.Checks;
import dev.cem.core.json.CemMappers;
import dev.cem.maturity.internal.Json;
import dev.cem.maturity.internal.ModelDocument;
import dev.cem.maturity.internal.ModelDocuments;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes maturity models, assessments and results as JSON or YAML, schema version
 * {@value #SCHEMA_VERSION}. Every document starts with {@code "schemaVersion": 1}; unknown fields
 * and duplicate keys fail, and so does any other schema version. The readers use {@link
 * dev.cem.core.json.CemMappers}, so documents are bounded in depth, size and YAML aliases.
 *
 * <p>Every failure is a {@link CemFormatException} naming the source and the problem: a missing
 * field, the offending id of an invalid model, or the JSON path and line of a malformed document.
 *
 * <p>An assessment document:
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "modelId": "cem-five-stage",
 *   "modelVersion": "1.0",
 *   "respondent": {"name": "Ada", "role": "Head of billing", "department": "billing"},
 *   "date": "2026-11-23",
 *   "answers": {
 *     "strategy-1a": "FULLY",
 *     "strategy-1b": {"level": "PARTLY", "note": "only in the call centre"}
 *   }
 * }
 * }</pre>
 *
 * <p>A panel file holds several: {@code {"schemaVersion": 1, "assessments": [ ... ]}}, each
 * element an assessment without its own schemaVersion.
 *
 * <p>This class is thread-safe.
 */
public final class MaturityJson {
  /** The schema version read and written. */
  public static final int SCHEMA_VERSION = ModelDocuments.SCHEMA_VERSION;

  private MaturityJson() {}

  /** A document format. */
  public enum Format {
    JSON,
    YAML;

    /**
     * The format of a file by its extension: {@code .yaml} and {@code .yml} are YAML, anything
     * else JSON.
     */
    public static Format of(Path file) {
      checkNotNull(file, "file");
      Path name = file.getFileName();
      String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
    }

    ObjectMapper mapper() {
      return Json.mapper(this == YAML);
    }

    /** The text without a byte-order mark; YAML also checked against the size limits. */
    String check(String text) {
      return this == YAML ? CemMappers.checkYamlText(text) : Checks.stripByteOrderMark(text);
    }
  }

  // ---- models

  /** Reads and validates a model. */
  public static MaturityModel readModel(InputStream in, Format format) {
    return readModel(in, format, "stream");
  }

  /** Reads and validates a model from text. */
  public static MaturityModel readModel(String text, Format format) {
    checkNotNull(text, "text");
    checkNotNull(format, "format");
    try {
      return ModelDocuments.toModel(
          format.mapper().readValue(format.check(text), ModelDocument.class));
    } catch (IOException | CemException e) {
      throw Json.failure("maturity model", "text", e);
    }
  }

  static MaturityModel readModel(InputStream in, Format format, String source) {
    checkNotNull(in, "in");
    checkNotNull(format, "format");
    try {
      ModelDocument document =
          format == Format.YAML
              ? format.mapper().readValue(CemMappers.readYamlText(in), ModelDocument.class)
              : format.mapper().readValue(in, ModelDocument.class);
      return ModelDocuments.toModel(document);
    } catch (IOException | CemException e) {
      throw Json.failure("maturity model", source, e);
    }
  }

  /** Writes a model; reading the text back gives an equal model. */
  public static String writeModel(MaturityModel model, Format format) {
    checkNotNull(model, "model");
    return write(ModelDocuments.toDocument(model), format);
  }

  // ---- assessments

  /** Reads one assessment. */
  public static Assessment readAssessment(String text, Format format) {
    return readTyped(parse(text, format, "assessment"), format, Assessment.class, "assessment");
  }

  /** Reads one assessment. */
  public static Assessment readAssessment(Path file) {
    Format format = Format.of(file);
    try {
      return readTyped(parse(file, format, "assessment"), format, Assessment.class, "assessment");
    } catch (CemFormatException e) {
      throw inFile(file, e);
    }
  }

  /**
   * Reads a panel file ({@code {"schemaVersion": 1, "assessments": [...]}}) or a single
   * assessment, which gives a list of one.
   */
  public static List<Assessment> readAssessments(String text, Format format) {
    return assessments(parse(text, format, "assessments"), format);
  }

  /** Reads a panel file or a single assessment from a file. */
  public static List<Assessment> readAssessments(Path file) {
    Format format = Format.of(file);
    try {
      return assessments(parse(file, format, "assessments"), format);
    } catch (CemFormatException e) {
      throw inFile(file, e);
    }
  }

  /** Writes one assessment. */
  public static String writeAssessment(Assessment assessment, Format format) {
    checkNotNull(assessment, "assessment");
    return writeTyped(assessment, format);
  }

  /** Writes several assessments as a panel file. */
  public static String writeAssessments(List<Assessment> assessments, Format format) {
    checkNotNull(assessments, "assessments");
    ObjectMapper m = format.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode array = root.putArray("assessments");
    for (Assessment a : assessments) {
      array.add(m.valueToTree(checkNotNull(a, "assessment")));
    }
    return write(root, format);
  }

  // ---- results

  /** Reads a result written by {@link #writeResult}. */
  public static MaturityResult readResult(String text, Format format) {
    return readTyped(parse(text, format, "maturity result"), format, MaturityResult.class,
        "maturity result");
  }

  /** Writes a result. */
  public static String writeResult(MaturityResult result, Format format) {
    checkNotNull(result, "result");
    return writeTyped(result, format);
  }

  // ---- plumbing

  /** The failure with the file named in front, unless the message already names it. */
  private static CemFormatException inFile(Path file, CemFormatException e) {
    String name = file.toString();
    return e.getMessage() != null && e.getMessage().contains(name)
        ? e
        : new CemFormatException(name + ": " + e.getMessage(), e);
  }

  private static List<Assessment> assessments(JsonNode root, Format format) {
    if (root.isObject() && root.has("assessments")) {
      ObjectNode copy = ((ObjectNode) root).deepCopy();
      checkVersion(copy, "assessments");
      JsonNode array = copy.remove("assessments");
      if (copy.size() > 0 || !array.isArray()) {
        throw new CemFormatException(
            "assessments document must hold only 'schemaVersion' and an 'assessments' array");
      }
      List<Assessment> out = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        try {
          out.add(format.mapper().treeToValue(array.get(i), Assessment.class));
        } catch (JsonProcessingException | CemException e) {
          throw Json.failure("assessment", "assessments[" + i + "]", e);
        }
      }
      return out;
    }
    return List.of(readTyped(root, format, Assessment.class, "assessment"));
  }

  private static JsonNode parse(String text, Format format, String what) {
    checkNotNull(text, "text");
    checkNotNull(format, "format");
    try {
      return format.mapper().readTree(format.check(text));
    } catch (IOException | CemException e) {
      throw Json.failure(what, "text", e);
    }
  }

  private static JsonNode parse(Path file, Format format, String what) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return format == Format.YAML
          ? format.mapper().readTree(CemMappers.readYamlText(in))
          : format.mapper().readTree(in);
    } catch (JsonProcessingException
        | CharConversionException
        | CharacterCodingException
        | CemFormatException e) {
      // CharConversionException: the YAML reader's word for bytes that are not UTF-8
      throw Json.failure(what, file.toString(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(Checks.format("cannot read %s (%s)", what, file), e);
    }
  }

  private static <T> T readTyped(JsonNode root, Format format, Class<T> type, String what) {
    if (root == null || !root.isObject()) {
      throw new CemFormatException(what + " document must be an object");
    }
    ObjectNode copy = ((ObjectNode) root).deepCopy();
    checkVersion(copy, what);
    try {
      return format.mapper().treeToValue(copy, type);
    } catch (JsonProcessingException | CemException e) {
      throw Json.failure(what, "document", e);
    }
  }

  private static void checkVersion(ObjectNode node, String what) {
    JsonNode v = node.remove("schemaVersion");
    if (v == null || !v.isInt() || v.intValue() != SCHEMA_VERSION) {
      throw new CemFormatException(
          Checks.format(
              "%s schemaVersion (%s) must be %d", what, v == null ? "missing" : v, SCHEMA_VERSION));
    }
  }

  private static String writeTyped(Object value, Format format) {
    ObjectMapper m = checkNotNull(format, "format").mapper();
    ObjectNode root = m.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.setAll((ObjectNode) m.valueToTree(value));
    return write(root, format);
  }

  private static String write(Object value, Format format) {
    try {
      return checkNotNull(format, "format").mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new CemFormatException("cannot write document: " + e.getOriginalMessage(), e);
    }
  }
}
