package dev.cem.cli.out;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.report.Report;
import dev.cem.report.TableSection;
import java.util.List;

/** What a command computed, in the two neutral forms the output writers render. */
public interface Result {
  /** The title used by the Markdown and HTML forms. */
  String title();

  /** The machine-readable form. */
  JsonNode json();

  /** The human-readable form. */
  List<Table> tables();

  /** Markdown: the title, then the tables, rendered by cem-report. */
  default String markdown() {
    return ReportText.markdown(asReport());
  }

  /** A self-contained HTML page rendered by cem-report. */
  default String html() {
    return ReportText.html(asReport());
  }

  /** The tables as a cem-report {@link Report}, one table section each. */
  default Report asReport() {
    Report.Builder b = Report.builder(title());
    for (Table t : tables()) {
      b.add(TableSection.of(t.title().isBlank() ? title() : t.title(), t.columns(), t.rows()));
    }
    return b.build();
  }
}
