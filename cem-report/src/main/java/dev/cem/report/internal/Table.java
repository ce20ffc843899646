package dev.cem.report.internal;

import java.util.List;

/**
 * A table already formatted as text, rendered by both the Markdown and the HTML renderer. Not
 * API.
 *
 * @param headers the column headers
 * @param rows the cells, one list per row, one cell per header
 * @param numeric which columns hold numbers (right-aligned)
 * @param statusColumn the index of a column holding a status name, or -1
 * @param notes legend lines to print under the table, possibly none
 */
public record Table(
    List<String> headers,
    List<List<String>> rows,
    List<Boolean> numeric,
    int statusColumn,
    List<String> notes) {

  public Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    numeric = List.copyOf(numeric);
    notes = List.copyOf(notes);
  }

  /** True when column {@code i} holds numbers. */
  public boolean isNumeric(int i) {
    return i < numeric.size() && numeric.get(i);
  }
}
