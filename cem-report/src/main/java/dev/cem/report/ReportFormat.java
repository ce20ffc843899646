package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.abbreviate;

import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import java.util.Locale;

/** The built-in output formats, for hosts and command lines that pick one by name. */
public enum ReportFormat {
  /** One self-contained HTML5 file: {@link HtmlReportRenderer}. */
  HTML("html"),
  /** GitHub-flavoured Markdown: {@link MarkdownReportRenderer}. */
  MARKDOWN("md"),
  /** JSON, schema version 1: {@link JsonReportRenderer}. */
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension without the dot, e.g. {@code "md"}. */
  public String extension() {
    return extension;
  }

  /** A new renderer for this format. */
  public ReportRenderer renderer() {
    return switch (this) {
      case HTML -> new HtmlReportRenderer();
      case MARKDOWN -> new MarkdownReportRenderer();
      case JSON -> new JsonReportRenderer();
    };
  }

  /**
   * Returns the format named {@code name}, ignoring case: "html", "md" or "markdown", "json".
   *
   * @throws CemArgumentException naming the value and the allowed names otherwise
   */
  public static ReportFormat parse(String name) {
    checkNotNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension.equals(key) || f.name().toLowerCase(Locale.ROOT).equals(key)) {
        return f;
      }
    }
    throw new CemArgumentException(Checks.format(
        "report format ('%s') must be one of html, md (or markdown), json", abbreviate(name)));
  }
}
