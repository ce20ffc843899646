package dev.cem.cli.out;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file atomically: the content goes to a temporary file in the same directory, which then
 * replaces the target in one move. A failure leaves either the old file or none, never a partial
 * one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** A writer of bytes to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A temporary file is private (rw-------); the result should read like any other file. */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Writes UTF-8 text to {@code target} atomically. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes to {@code target} atomically.
   *
   * @throws CemArgumentException if the target's directory does not exist or the target is a
   *     directory
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new CemArgumentException(format("%s: is a directory, expected a file name", target));
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CemArgumentException(format("%s: the directory %s does not exist", target, dir));
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    } catch (NoSuchFileException e) {
      throw new CemArgumentException(format("%s: the directory %s does not exist", target, dir));
    }
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      readableByAll(temp);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
