package dev.cem.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Factories for the JSON and YAML mappers every cem module uses, configured once so that every
 * reader has the same bounds.
 *
 * <ul>
 *   <li>Unknown properties fail; a duplicate key fails.
 *   <li>Stream read constraints: nesting depth {@value #MAX_NESTING_DEPTH}, string length
 *       {@value #MAX_STRING_LENGTH} characters, number length {@value #MAX_NUMBER_LENGTH} digits.
 *   <li>YAML: at most {@value #MAX_YAML_ALIASES} aliases (this stops "billion laughs" documents)
 *       and {@value #MAX_YAML_CODE_POINTS} code points per document.
 *   <li>Polymorphic default typing is never enabled.
 * </ul>
 *
 * <p>The returned mappers are new instances; configure them further if needed. Once configured, a
 * mapper is thread-safe.
 */
public final class CemMappers {
  public static final int MAX_NESTING_DEPTH = 64;
  public static final int MAX_STRING_LENGTH = 1_000_000;
  public static final int MAX_NUMBER_LENGTH = 100;
  public static final int MAX_YAML_ALIASES = 50;
  public static final int MAX_YAML_CODE_POINTS = 16 * 1024 * 1024;

  private CemMappers() {}

  /** The read constraints shared by JSON and YAML. */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }

  /** A strict JSON mapper, without cem's domain module registered. */
  public static JsonMapper json() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    mapper.getFactory().setStreamReadConstraints(readConstraints());
    mapper.getFactory().setStreamWriteConstraints(
        StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    return mapper;
  }

  /** A strict YAML mapper with the same bounds, plus limits on aliases and document size. */
  public static ObjectMapper yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    loader.setAllowDuplicateKeys(false);
    loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
    loader.setCodePointLimit(MAX_YAML_CODE_POINTS);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).build();
    factory.setStreamReadConstraints(readConstraints());
    return YAMLMapper.builder(factory)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}
