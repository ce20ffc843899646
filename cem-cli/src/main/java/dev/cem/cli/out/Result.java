package dev.cem.cli.out;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What a command computed, in the two neutral forms the output writers render. */
public interface Result {
  /** The title used by the Markdown and HTML forms. */
  String title();

  /** The machine-readable form. */
  JsonNode json();

  /** The human-readable form. */
  List<Table> tables();

  /** Markdown: the title, then the tables. */
  default String markdown() {
    return "# " + title() + "\n\n" + Tables.markdown(tables());
  }

  /** A self-contained HTML page. */
  default String html() {
    return Tables.html(title(), tables());
  }
}
