package dev.cem.cli.out;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A titled table of text cells, the neutral form that the table, CSV, Markdown and HTML writers
 * render. Numbers are formatted by the caller with {@link java.util.Locale#ROOT}. This class is
 * not thread safe while rows are added.
 */
public final class Table {
  private final String title;
  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String title, String... columns) {
    this.title = checkNotNull(title, "title");
    this.columns = List.of(columns);
  }

  /** Adds a row; null cells print as empty. */
  public Table row(Object... cells) {
    checkArgument(
        cells.length == columns.size(),
        "row has %d cells, table '%s' has %d columns",
        cells.length,
        title,
        columns.size());
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
    return this;
  }

  public String title() {
    return title;
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<String>> rows() {
    return rows;
  }
}
