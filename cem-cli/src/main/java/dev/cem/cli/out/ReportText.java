package dev.cem.cli.out;

import dev.cem.report.HtmlReportRenderer;
import dev.cem.report.MarkdownReportRenderer;
import dev.cem.report.Report;
import dev.cem.report.ReportRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders a cem-report {@link Report} to a string. */
public final class ReportText {
  private ReportText() {}

  public static String html(Report report) {
    return render(new HtmlReportRenderer(), report);
  }

  public static String markdown(Report report) {
    return render(new MarkdownReportRenderer(), report);
  }

  private static String render(ReportRenderer renderer, Report report) {
    StringWriter w = new StringWriter();
    try {
      renderer.render(report, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
