package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in maturity models and loading of models from files.
 *
 * <ul>
 *   <li>{@value #CEM_FIVE_STAGE}: five stages of CEM maturity (plus stage 0) over eight
 *       dimensions; an interpretation written for this project from the CEM maturity literature,
 *       not a vendor's instrument.
 *   <li>{@value #SERVICE_PROCESS}: the maturity of the six service phases (detection,
 *       preparation, transaction, measurement, understanding, improvement) in five stages.
 * </ul>
 *
 * <p>Built-in models are resource files in the same format as user models ({@code
 * dev/cem/maturity/models/ID.yaml}); they are parsed once and shared, as models are immutable.
 * This class is thread-safe.
 */
public final class MaturityModels {
  /** The id of the built-in five-stage CEM maturity model. */
  public static final String CEM_FIVE_STAGE = "cem-five-stage";
  /** The id of the built-in service-process maturity model. */
  public static final String SERVICE_PROCESS = "service-process";

  private static final List<String> IDS = List.of(CEM_FIVE_STAGE, SERVICE_PROCESS);
  private static final ConcurrentHashMap<String, MaturityModel> CACHE = new ConcurrentHashMap<>();

  private MaturityModels() {}

  /** The ids of the built-in models. */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Returns a built-in model.
   *
   * @throws CemArgumentException naming the id and listing the built-in ids if it is unknown
   */
  public static MaturityModel builtIn(String id) {
    checkNotNull(id, "id");
    if (!IDS.contains(id)) {
      throw new CemArgumentException(
          Checks.format(
              "built-in maturity model ('%s') is unknown; built-in models: %s",
              Checks.abbreviate(id), String.join(", ", IDS)));
    }
    return CACHE.computeIfAbsent(id, MaturityModels::loadResource);
  }

  private static MaturityModel loadResource(String id) {
    String resource = "models/" + id + ".yaml";
    try (InputStream in = MaturityModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in model resource missing: " + resource);
      }
      return MaturityJson.readModel(in, MaturityJson.Format.YAML, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a model from a file; {@code .yaml}/{@code .yml} files are YAML, others JSON. */
  public static MaturityModel load(Path file) {
    return load(file, MaturityJson.Format.of(file));
  }

  /**
   * Loads and validates a model from a file.
   *
   * @throws dev.cem.core.CemFormatException naming the file and the problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static MaturityModel load(Path file, MaturityJson.Format format) {
    checkNotNull(file, "file");
    checkNotNull(format, "format");
    try (InputStream in = Files.newInputStream(file)) {
      return MaturityJson.readModel(in, format, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(Checks.format("cannot read maturity model (%s)", file), e);
    }
  }

  /** Loads and validates a model from a stream, which the caller closes. */
  public static MaturityModel load(InputStream in, MaturityJson.Format format) {
    return MaturityJson.readModel(in, format);
  }
}
