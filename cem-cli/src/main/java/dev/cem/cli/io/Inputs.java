package dev.cem.cli.io;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small whole-file reads for documents (models, assessments, bundles), strict UTF-8. */
public final class Inputs {
  /** The largest document read whole, in bytes. */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  private Inputs() {}

  /**
   * Reads a document as text: strict UTF-8, a byte order mark removed.
   *
   * @throws CemArgumentException if the file is missing, unreadable, a directory or too large
   * @throws CemFormatException if it is empty or not valid UTF-8 (naming line and column)
   */
  public static String readText(Path path) throws IOException {
    requireReadable(path);
    if (Files.size(path) > MAX_DOCUMENT_BYTES) {
      throw new CemArgumentException(
          format("%s: larger than %d bytes, too large for a document", path, MAX_DOCUMENT_BYTES));
    }
    StringBuilder sb = new StringBuilder();
    try (TextInput in = TextInput.open(path)) {
      Reader r = in.reader();
      char[] buffer = new char[8192];
      int n;
      while ((n = r.read(buffer)) >= 0) {
        sb.append(buffer, 0, n);
      }
    }
    if (sb.toString().isBlank()) {
      throw new CemFormatException(format("%s: the file is empty", path));
    }
    return sb.toString();
  }

  /** Fails with a clear message unless {@code path} is a readable regular file. */
  public static void requireReadable(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new CemArgumentException(format("%s: is a directory, expected a file", path));
    }
    if (!Files.exists(path)) {
      throw new CemArgumentException(format("%s: no such file", path));
    }
    if (!Files.isReadable(path)) {
      throw new CemArgumentException(format("%s: permission denied", path));
    }
  }
}
