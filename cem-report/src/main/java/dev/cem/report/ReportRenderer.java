package dev.cem.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders a {@link Report} as text. Implementations are immutable and thread-safe, never read
 * the clock or the default locale, and give the same characters for the same report.
 *
 * <p>The built-in renderers are {@link JsonReportRenderer}, {@link MarkdownReportRenderer} and
 * {@link HtmlReportRenderer}; {@link ReportFiles} writes all three.
 */
public interface ReportRenderer {

  /**
   * Writes the report to {@code out}. The writer is flushed but not closed.
   *
   * @throws IOException if the writer fails
   */
  void render(Report report, Writer out) throws IOException;

  /** Returns the report as a string. */
  default String render(Report report) {
    StringWriter out = new StringWriter();
    try {
      render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter cannot fail", e);
    }
    return out.toString();
  }

  /** The conventional file name, e.g. {@code "report.html"}. */
  String fileName();

  /** The media type, e.g. {@code "text/html; charset=utf-8"}. */
  String mediaType();
}
