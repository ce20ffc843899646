package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.report.internal.BarChart;
import dev.cem.report.internal.Fmt;
import dev.cem.report.internal.LadderChart;
import dev.cem.report.internal.LineChart;
import dev.cem.report.internal.RadarChart;
import dev.cem.report.internal.ScatterChart;
import dev.cem.report.internal.Table;
import dev.cem.report.internal.Tables;
import dev.cem.report.internal.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a report as one self-contained HTML5 file: inline CSS, inline SVG charts, no scripts,
 * and no network access (no external stylesheet, script, font or image; a Content Security
 * Policy of {@code default-src 'none'} says so to the browser). It reads well on screen and in
 * print, and opens with a table of contents.
 *
 * <h3>Structure, for hosts and browser tests</h3>
 *
 * <ul>
 *   <li>{@code nav.toc} holds one {@code a[href="#section-N"]} per section (N from 1);
 *   <li>each section is {@code <section id="section-N" class="report-section
 *       section-KIND" data-section="KIND">} with an {@code h2}, where KIND is {@code scorecard},
 *       {@code bundle}, {@code trend}, {@code maturity}, {@code quadrant}, {@code table} or
 *       {@code text};
 *   <li>charts are {@code figure.chart > svg.cem-chart} with the marks described in {@link
 *       dev.cem.report.svg.SvgCharts}; their ids start with {@code c-section-N-};
 *   <li>tables are {@code div.table-wrap > table.data}, numeric cells {@code td.num}, status cells {@code
 *       span.status.status-red|amber|green}, legends {@code p.legend}, "no data" notes {@code
 *       p.no-data}, maturity warnings {@code ul.warnings > li}, the roadmap {@code
 *       ol.roadmap > li}.
 * </ul>
 *
 * <p>All report text is escaped. The output is deterministic. This class is immutable and
 * thread-safe.
 */
public final class HtmlReportRenderer implements ReportRenderer {

  private static final String CSS =
      """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
        color: #1f2933; background: #ffffff; margin: 0 auto; max-width: 60rem;
        padding: 1.5rem; line-height: 1.45; }
      h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.35rem; border-bottom: 2px solid #d9dee5; padding-bottom: .2rem;
        margin-top: 2.2rem; }
      h3 { font-size: 1.1rem; margin-top: 1.4rem; }
      .subtitle { font-size: 1.1rem; color: #3e4c59; margin: 0; }
      .generated { color: #52606d; font-size: .9rem; }
      nav.toc { background: #f5f7fa; border: 1px solid #d9dee5; padding: .5rem 1rem;
        margin: 1rem 0; }
      nav.toc h2 { border: 0; margin: .3rem 0; font-size: 1.1rem; }
      nav.toc a { color: #1f5fa8; }
      table.data { border-collapse: collapse; margin: .8rem 0; width: 100%; font-size: .92rem; }
      table.data th, table.data td { border: 1px solid #d9dee5; padding: .3rem .5rem;
        text-align: left; vertical-align: top; overflow-wrap: break-word; }
      table.data th { background: #f5f7fa; }
      .table-wrap { overflow-x: auto; }
      table.data th.num { text-align: right; }
      table.data td.num { text-align: right; font-variant-numeric: tabular-nums;
        white-space: nowrap; }
      .status { font-weight: bold; padding: 0 .4rem; border-radius: .2rem; }
      .status-red { background: #fde2e1; color: #8a1c1c; }
      .status-amber { background: #fff1c2; color: #7a5200; }
      .status-green { background: #dcf5e3; color: #17663a; }
      .legend, .no-data { color: #52606d; font-size: .88rem; margin: .2rem 0; }
      .no-data { font-style: italic; }
      .overall-stage { font-size: 1.15rem; }
      ul.warnings li { color: #8a1c1c; }
      figure.chart { margin: 1rem 0; }
      figure.chart svg { max-width: 100%; height: auto; border: 1px solid #eef1f5; }
      figcaption { color: #52606d; font-size: .88rem; }
      footer { margin-top: 3rem; color: #52606d; font-size: .85rem;
        border-top: 1px solid #d9dee5; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        nav.toc { border: 0; background: none; }
        nav.toc a { color: inherit; text-decoration: none; }
        section.report-section { break-before: auto; }
        figure.chart, table.data tr { break-inside: avoid; }
        h2, h3 { break-after: avoid; }
        figure.chart svg { border: 0; }
      }
      """;

  public HtmlReportRenderer() {}

  @Override
  public void render(Report report, Writer out) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    StringBuilder h = new StringBuilder(16384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"cem-report\">\n")
        .append("<title>").append(esc(report.title())).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n<header class=\"report-header\">\n")
        .append("<h1>").append(esc(report.title())).append("</h1>\n");
    if (report.subtitle() != null) {
      h.append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n");
    }
    if (report.generatedAt() != null) {
      h.append("<p class=\"generated\">Generated <time datetime=\"")
          .append(report.generatedAt()).append("\">")
          .append(MarkdownReportRenderer.TIME.format(report.generatedAt()))
          .append("</time></p>\n");
    }
    h.append("</header>\n");
    List<Section> sections = report.sections();
    if (!sections.isEmpty()) {
      h.append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
      for (int i = 0; i < sections.size(); i++) {
        h.append("<li><a href=\"#section-").append(i + 1).append("\">")
            .append(esc(sections.get(i).title())).append("</a></li>\n");
      }
      h.append("</ol>\n</nav>\n");
    }
    h.append("<main>\n");
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String id = "section-" + (i + 1);
      String kind = SectionKinds.kind(s);
      h.append("<section id=\"").append(id).append("\" class=\"report-section section-")
          .append(kind).append("\" data-section=\"").append(kind).append("\">\n<h2>")
          .append(esc(s.title())).append("</h2>\n");
      section(s, id, h);
      h.append("</section>\n");
    }
    if (sections.isEmpty()) {
      h.append("<p class=\"no-data\">This report has no sections.</p>\n");
    }
    h.append("</main>\n<footer>\n<p>Every value is shown with its interval and sample size n. ")
        .append("A missing value is shown as ").append(Fmt.MISSING)
        .append(", never as 0.</p>\n</footer>\n</body>\n</html>\n");
    out.write(h.toString());
    out.flush();
  }

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  private static void section(Section section, String id, StringBuilder h) {
    if (section instanceof Scorecard s) {
      table(Tables.scorecard(s), h);
    } else if (section instanceof BundleSection b) {
      table(Tables.bundleSummary(b), h);
      figure(BarChart.render(b, id + "-bar", false), "Contribution of each component.", h);
      table(Tables.bundleComponents(b), h);
    } else if (section instanceof TrendSection t) {
      figure(LineChart.render(t, id + "-line", false),
          "Shaded bands and bars show the intervals; dashed lines are thresholds.", h);
      table(Tables.trend(t), h);
    } else if (section instanceof MaturitySection m) {
      maturity(m, id, h);
    } else if (section instanceof QuadrantSection q) {
      figure(ScatterChart.render(q, id + "-scatter", false),
          "Dashed lines split the items at " + q.xLabel() + " " + Fmt.value(q.splitX()) + " and "
              + q.yLabel() + " " + Fmt.value(q.splitY()) + ".", h);
      table(Tables.quadrant(q), h);
    } else if (section instanceof TableSection t) {
      table(Tables.generic(t), h);
    } else if (section instanceof TextSection t) {
      t.paragraphs().forEach(p -> h.append("<p>").append(esc(p)).append("</p>\n"));
    } else {
      throw new AssertionError("unknown section kind: " + section.getClass());
    }
  }

  private static void maturity(MaturitySection m, String id, StringBuilder h) {
    MaturitySection.Stage reached = m.overallStage();
    h.append("<p class=\"overall-stage\">").append(esc(m.modelName()))
        .append(": overall stage <strong>").append(reached.ordinal()).append(' ')
        .append(esc(reached.name())).append("</strong>");
    if (!reached.description().isEmpty()) {
      h.append(" \u2014 ").append(esc(reached.description()));
    }
    h.append("</p>\n");
    figure(LadderChart.render(m, id + "-ladder", false), "The stage ladder.", h);
    if (!m.ladder().isEmpty()) {
      table(Tables.ladder(m), h);
    }
    h.append("<h3>Dimensions</h3>\n");
    figure(RadarChart.render(m, id + "-radar", false),
        "Solid: continuous score from 0 to 5. Dashed: gated stage. Thick strokes: panel range.",
        h);
    table(Tables.dimensions(m), h);
    h.append("<h3>Blockers</h3>\n");
    table(Tables.blockers(m), h);
    h.append("<h3>Roadmap</h3>\n");
    if (m.roadmap().isEmpty()) {
      h.append("<p class=\"no-data\">No recommendations.</p>\n");
    } else {
      h.append("<ol class=\"roadmap\">\n");
      m.roadmap().forEach(r ->
          h.append("<li>").append(esc(Tables.recommendation(r))).append("</li>\n"));
      h.append("</ol>\n");
    }
    if (!m.warnings().isEmpty()) {
      h.append("<h3>Warnings</h3>\n<ul class=\"warnings\">\n");
      m.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>\n"));
      h.append("</ul>\n");
    }
  }

  private static void figure(String svg, String caption, StringBuilder h) {
    h.append("<figure class=\"chart\">\n").append(svg).append("<figcaption>")
        .append(esc(caption)).append("</figcaption>\n</figure>\n");
  }

  private static void table(Table t, StringBuilder h) {
    if (t.rows().isEmpty()) {
      h.append("<p class=\"no-data\">No data.</p>\n");
    } else {
      h.append("<div class=\"table-wrap\">\n<table class=\"data\">\n<thead>\n<tr>");
      for (int i = 0; i < t.headers().size(); i++) {
        h.append("<th scope=\"col\"").append(t.isNumeric(i) ? " class=\"num\"" : "").append('>')
            .append(esc(t.headers().get(i))).append("</th>");
      }
      h.append("</tr>\n</thead>\n<tbody>\n");
      for (List<String> row : t.rows()) {
        h.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          String cell = row.get(i);
          h.append(t.isNumeric(i) ? "<td class=\"num\">" : "<td>");
          if (i == t.statusColumn() && !cell.isEmpty()) {
            h.append("<span class=\"").append(esc(Tables.statusClass(cell))).append("\">")
                .append(esc(cell)).append("</span>");
          } else {
            h.append(esc(cell));
          }
          h.append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n</div>\n");
    }
    for (String note : t.notes()) {
      h.append("<p class=\"legend\">").append(esc(note)).append("</p>\n");
    }
  }

  private static String esc(String text) {
    return Xml.escape(text);
  }
}
