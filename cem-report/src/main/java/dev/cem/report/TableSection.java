package dev.cem.report;

import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A generic table of strings, for results the other kinds do not cover (journeys, drivers).
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param headers the column headers; not null, at least one
 * @param rows the rows, each with one cell per header; not null, may be empty
 * @param caption a note under the table, or null
 */
public record TableSection(
    String title, List<String> headers, List<List<String>> rows, @Nullable String caption)
    implements Section {

  public TableSection {
    checkTitle(title, "table title");
    headers = copy(headers, "headers");
    List<List<String>> given = copy(rows, "rows");
    checkArgument(!headers.isEmpty(), "table '%s' must have at least one header", title);
    List<List<String>> copied = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      List<String> row = copy(given.get(i), "rows[" + i + "]");
      checkArgument(
          row.size() == headers.size(),
          "row %d of table '%s' has %d cells, but there are %d headers",
          i,
          title,
          row.size(),
          headers.size());
      copied.add(row);
    }
    rows = List.copyOf(copied);
  }

  public static TableSection of(String title, List<String> headers, List<List<String>> rows) {
    return new TableSection(title, headers, rows, null);
  }
}
