package dev.cem.cli.out;

import java.util.List;

/**
 * Renders {@link Table}s as aligned text or CSV; Markdown and HTML go through cem-report (see
 * {@link Result}).
 */
public final class Tables {
  private Tables() {}

  /** Aligned plain text, one block per table, each under its title. */
  public static String text(List<Table> tables) {
    StringBuilder sb = new StringBuilder();
    for (Table t : tables) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      if (!t.title().isEmpty()) {
        sb.append(t.title()).append('\n');
      }
      int[] widths = new int[t.columns().size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = t.columns().get(i).length();
        for (List<String> row : t.rows()) {
          widths[i] = Math.max(widths[i], row.get(i).length());
        }
      }
      boolean[] numeric = new boolean[widths.length];
      for (int i = 0; i < widths.length; i++) {
        final int column = i;
        numeric[i] =
            t.rows().stream().anyMatch(r -> !r.get(column).isEmpty())
                && t.rows().stream().allMatch(r -> r.get(column).isEmpty() || looksNumeric(r.get(column)));
      }
      appendAligned(sb, t.columns(), widths, numeric);
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
      }
      sb.append(rule).append('\n');
      for (List<String> row : t.rows()) {
        appendAligned(sb, row, widths, numeric);
      }
    }
    return sb.toString();
  }

  private static void appendAligned(
      StringBuilder sb, List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String cell = cells.get(i);
      if (i > 0) {
        line.append("  ");
      }
      // Columns of numbers align right, text left.
      if (numeric[i]) {
        line.append(" ".repeat(widths[i] - cell.length())).append(cell);
      } else {
        line.append(cell).append(" ".repeat(widths[i] - cell.length()));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static boolean looksNumeric(String cell) {
    return !cell.isEmpty() && cell.matches("[-+]?[0-9][0-9.eE+\\-]*%?");
  }

  /**
   * RFC 4180 CSV; several tables are separated by an empty line. A cell that a spreadsheet would
   * run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
   * return) is prefixed with a single quote, unless it is a plain number.
   */
  public static String csv(List<Table> tables) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Table t : tables) {
      if (!first) {
        sb.append("\r\n");
      }
      first = false;
      appendCsvRow(sb, t.columns());
      for (List<String> row : t.rows()) {
        appendCsvRow(sb, row);
      }
    }
    return sb.toString();
  }

  private static void appendCsvRow(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(csvCell(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /** One CSV cell, neutralised against formula injection and quoted when needed. */
  public static String csvCell(String cell) {
    String safe = cell;
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isPlainNumber(cell)) {
      safe = "'" + cell;
    }
    if (safe.indexOf(',') >= 0
        || safe.indexOf('"') >= 0
        || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static boolean isPlainNumber(String cell) {
    return cell.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  }
}
