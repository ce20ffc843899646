package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.report.internal.Fmt;
import dev.cem.report.internal.Table;
import dev.cem.report.internal.Tables;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders a report as GitHub-flavoured Markdown: one {@code ##} heading per section, GFM tables
 * with numeric columns right-aligned, and legends as paragraphs. Charts are replaced by the
 * tables of their data.
 *
 * <p>All text from the report is escaped: Markdown punctuation ({@code \ ` * _ |}, a {@code ]}
 * that would close a link, and a leading {@code # - + =} or "1.") gets a backslash, {@code & < >} become entities (so no raw
 * HTML passes through), control characters become U+FFFD, and newlines become {@code <br>} in
 * table cells and a space elsewhere.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownReportRenderer implements ReportRenderer {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n");
  private static final Pattern ORDERED = Pattern.compile("^(\\d+)([.)])");

  public MarkdownReportRenderer() {}

  @Override
  public void render(Report report, Writer out) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    StringBuilder md = new StringBuilder(4096);
    md.append("# ").append(inline(report.title())).append("\n\n");
    if (report.subtitle() != null) {
      md.append(inline(report.subtitle())).append("\n\n");
    }
    if (report.generatedAt() != null) {
      md.append("Generated ").append(TIME.format(report.generatedAt())).append("\n\n");
    }
    for (Section section : report.sections()) {
      md.append("## ").append(inline(section.title())).append("\n\n");
      section(section, md);
    }
    out.write(md.toString());
    out.flush();
  }

  @Override
  public String fileName() {
    return "report.md";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  private static void section(Section section, StringBuilder md) {
    if (section instanceof Scorecard s) {
      table(Tables.scorecard(s), md);
    } else if (section instanceof BundleSection b) {
      table(Tables.bundleSummary(b), md);
      table(Tables.bundleComponents(b), md);
    } else if (section instanceof TrendSection t) {
      table(Tables.trend(t), md);
    } else if (section instanceof MaturitySection m) {
      maturity(m, md);
    } else if (section instanceof QuadrantSection q) {
      md.append("Split at ").append(inline(q.xLabel())).append(' ')
          .append(Fmt.value(q.splitX())).append(" and ").append(inline(q.yLabel())).append(' ')
          .append(Fmt.value(q.splitY())).append(".\n\n");
      table(Tables.quadrant(q), md);
    } else if (section instanceof TableSection t) {
      table(Tables.generic(t), md);
    } else if (section instanceof TextSection t) {
      t.paragraphs().forEach(p -> md.append(inline(p)).append("\n\n"));
    } else {
      throw new AssertionError("unknown section kind: " + section.getClass());
    }
  }

  private static void maturity(MaturitySection m, StringBuilder md) {
    md.append("Model: ").append(inline(m.modelName())).append("\n\n");
    md.append("**Overall stage: ").append(m.overallStage().ordinal()).append(' ')
        .append(inline(m.overallStage().name())).append("**\n\n");
    if (!m.ladder().isEmpty()) {
      table(Tables.ladder(m), md);
    }
    md.append("### Dimensions\n\n");
    table(Tables.dimensions(m), md);
    md.append("### Blockers\n\n");
    table(Tables.blockers(m), md);
    md.append("### Roadmap\n\n");
    if (m.roadmap().isEmpty()) {
      md.append("No recommendations.\n\n");
    } else {
      for (int i = 0; i < m.roadmap().size(); i++) {
        md.append(i + 1).append(". ").append(inline(Tables.recommendation(m.roadmap().get(i))))
            .append('\n');
      }
      md.append('\n');
    }
    if (!m.warnings().isEmpty()) {
      md.append("### Warnings\n\n");
      m.warnings().forEach(w -> md.append("- ").append(inline(w)).append('\n'));
      md.append('\n');
    }
  }

  private static void table(Table t, StringBuilder md) {
    if (t.rows().isEmpty()) {
      md.append("No data.\n\n");
    } else {
      row(t.headers(), md);
      md.append('|');
      for (int i = 0; i < t.headers().size(); i++) {
        md.append(t.isNumeric(i) ? " ---: |" : " --- |");
      }
      md.append('\n');
      t.rows().forEach(r -> row(r, md));
      md.append('\n');
    }
    for (String note : t.notes()) {
      md.append(inline(note)).append("\n\n");
    }
  }

  private static void row(List<String> cells, StringBuilder md) {
    md.append('|');
    for (String c : cells) {
      md.append(' ').append(cell(c)).append(" |");
    }
    md.append('\n');
  }

  /** Escapes text for a table cell: newlines become {@code <br>}. */
  static String cell(String text) {
    return NEWLINE.matcher(escape(text)).replaceAll("<br>");
  }

  /** Escapes text for a heading or paragraph: newlines become spaces. */
  static String inline(String text) {
    String s = NEWLINE.matcher(escape(text)).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    if (first == '#' || first == '-' || first == '+' || first == '=') {
      return "\\" + s;
    }
    return ORDERED.matcher(s).replaceFirst("$1\\\\$2");
  }

  private static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '|' -> b.append('\\').append(c);
        case ']' -> {
          // "](", "][" and "]:" would close a link or a reference; a lone bracket is harmless.
          char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
          b.append(next == '(' || next == '[' || next == ':' ? "\\]" : "]");
        }
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}
