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
import dev.cem.core.CemFormatException;
import dev.cem.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Factories for the JSON and YAML mappers every cem module uses, configured once so that every
 * reader has the same bounds.
 *
 * <ul>
 *   <li>Unknown properties fail; a duplicate key fails.
 *   <li>Stream read constraints: nesting depth {@value #MAX_NESTING_DEPTH}, string length
 *       {@value #MAX_STRING_LENGTH} characters, number length {@value #MAX_NUMBER_LENGTH} digits.
 *   <li>YAML: at most {@value #MAX_YAML_ALIASES} aliases (this stops "billion laughs" documents)
 *       and {@value #MAX_YAML_CODE_POINTS} code points per document. Readers of YAML text pass it
 *       through {@link #checkYamlText} first, which also bounds the length of a line to {@value
 *       #MAX_YAML_LINE_LENGTH} characters (see there why).
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
  /** At most 4 Mi code points per YAML document; large data belongs in JSON. */
  public static final int MAX_YAML_CODE_POINTS = 4 * 1024 * 1024;

  /**
   * At most this many characters in one line of YAML. The YAML scanner copies its look-ahead window
   * for every block it reads, so its time grows with the square of the longest token; a token
   * cannot be longer than its line, and a comment at the end of a document escapes the code-point
   * limit entirely. A 17 M-character comment took about a minute; with this bound any document
   * within {@link #MAX_YAML_CODE_POINTS} reads in well under a second.
   */
  public static final int MAX_YAML_LINE_LENGTH = 100_000;

  private CemMappers() {}

  /**
   * Checks YAML text against {@link #MAX_YAML_CODE_POINTS} and {@link #MAX_YAML_LINE_LENGTH}
   * before it is parsed, and returns it without a leading byte-order mark.
   *
   * @param text the YAML text; not null
   * @throws CemFormatException naming the limit and, for a long line, its number
   */
  public static String checkYamlText(String text) {
    String t = Checks.stripByteOrderMark(text);
    if (t.length() > MAX_YAML_CODE_POINTS
        && t.codePointCount(0, t.length()) > MAX_YAML_CODE_POINTS) {
      throw new CemFormatException(
          Checks.format(
              "YAML document (%d characters) exceeds the limit of %d code points; use JSON for"
                  + " large documents",
              t.length(), MAX_YAML_CODE_POINTS));
    }
    int line = 1;
    int start = 0;
    int n = t.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || t.charAt(i) == '\n') {
        if (i - start > MAX_YAML_LINE_LENGTH) {
          throw new CemFormatException(
              Checks.format(
                  "YAML line %d (%d characters) exceeds the limit of %d characters",
                  line, i - start, MAX_YAML_LINE_LENGTH));
        }
        line++;
        start = i + 1;
      }
    }
    return t;
  }

  /**
   * Reads YAML from a stream as text (UTF-8, or UTF-16/32 with a byte-order mark), at most {@link
   * #MAX_YAML_CODE_POINTS} characters, and checks it with {@link #checkYamlText}. The stream is not
   * closed.
   *
   * @throws CemFormatException if the bytes are not text in that encoding or break a limit
   * @throws IOException if the stream cannot be read
   */
  public static String readYamlText(InputStream in) throws IOException {
    Reader reader = new UnicodeReader(in);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int read;
    try {
      while ((read = reader.read(buffer)) != -1) {
        text.append(buffer, 0, read);
        if (text.length() > 2 * MAX_YAML_CODE_POINTS) {
          throw new CemFormatException(
              Checks.format(
                  "YAML document exceeds the limit of %d code points; use JSON for large"
                      + " documents",
                  MAX_YAML_CODE_POINTS));
        }
      }
    } catch (CharacterCodingException | YAMLException e) {
      // bytes that are not text in the detected encoding
      throw new CemFormatException("YAML document is not valid text (" + e + ")", e);
    }
    return checkYamlText(text.toString());
  }

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
