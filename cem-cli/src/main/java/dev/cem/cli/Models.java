package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import dev.cem.cli.io.Inputs;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.maturity.MaturityJson;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves a maturity model given as a built-in id or a file. */
final class Models {
  private Models() {}

  /**
   * Returns the built-in model with this id, or the model in this file.
   *
   * @throws CemArgumentException if it is neither
   * @throws dev.cem.core.CemFormatException if the file is not a valid model
   */
  static MaturityModel resolve(String idOrFile) throws IOException {
    if (MaturityModels.ids().contains(idOrFile)) {
      return MaturityModels.builtIn(idOrFile);
    }
    Path path = Path.of(idOrFile);
    if (!Files.exists(path)) {
      throw new CemArgumentException(
          format(
              "model '%s' is neither a built-in model (%s) nor an existing file",
              idOrFile, String.join(", ", MaturityModels.ids())));
    }
    String text = Inputs.readText(path);
    try {
      return MaturityJson.readModel(text, MaturityJson.Format.of(path));
    } catch (CemFormatException e) {
      throw new CemFormatException(path + ": " + e.getMessage(), e);
    }
  }
}
