package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes reports to files without ever leaving a partial file that looks complete: each file is
 * rendered into a temporary file in the same directory, then moved over the target in one
 * atomic step (or, where the file system cannot move atomically, replaced in one move). If
 * rendering or writing fails, the temporary file is deleted and an existing target is left as it
 * was.
 *
 * <p>Files are written in UTF-8. Each file is replaced atomically on its own; the three files of
 * {@link #write(Report, Path)} are not replaced as a group.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes {@code report.html}, {@code report.md} and {@code report.json} into {@code dir},
   * creating the directory if needed.
   *
   * @return the paths written, in that order
   * @throws IOException if a file cannot be written; files written before the failure stay
   */
  public static List<Path> write(Report report, Path dir) throws IOException {
    return write(report, dir, EnumSet.allOf(ReportFormat.class));
  }

  /**
   * Writes {@code report.EXT} for each of the given formats into {@code dir}, in the order of
   * {@link ReportFormat}, creating the directory if needed.
   *
   * @return the paths written
   * @throws IOException if a file cannot be written; files written before the failure stay
   */
  public static List<Path> write(Report report, Path dir, Set<ReportFormat> formats)
      throws IOException {
    checkNotNull(report, "report");
    checkNotNull(dir, "dir");
    checkNotNull(formats, "formats");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    EnumSet<ReportFormat> ordered = EnumSet.noneOf(ReportFormat.class);
    ordered.addAll(formats);
    for (ReportFormat format : ordered) {
      ReportRenderer renderer = format.renderer();
      written.add(write(report, renderer, dir.resolve(renderer.fileName())));
    }
    return List.copyOf(written);
  }

  /**
   * Renders {@code report} with {@code renderer} into {@code target}, atomically.
   *
   * @return {@code target}
   * @throws IOException if writing fails; the target is then unchanged and no temporary file
   *     remains
   */
  public static Path write(Report report, ReportRenderer renderer, Path target)
      throws IOException {
    checkNotNull(report, "report");
    checkNotNull(renderer, "renderer");
    checkNotNull(target, "target");
    Path absolute = target.toAbsolutePath();
    Path temp = reserveTemp(absolute);
    boolean moved = false;
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        renderer.render(report, out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return target;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Creates an empty hidden file beside {@code target}. Not {@link Files#createTempFile}: its
   * owner-only permissions would stick to the report; {@link Files#createFile} honours the umask.
   */
  private static Path reserveTemp(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = target.resolveSibling("." + target.getFileName() + "." + attempt + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }
}
