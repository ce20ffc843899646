package dev.cem.report.internal;

import dev.cem.report.TrendSection;
import dev.cem.report.TrendSection.Point;
import dev.cem.report.TrendSection.Series;
import dev.cem.report.TrendSection.Threshold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart over periods: per series an interval band ({@code polygon.band}, or an error bar
 * for a lone point), a line broken at gaps, and one {@code circle.mark.line-point} per period with
 * a value; dashed threshold lines. The x axis is the union of periods, each in the middle of an
 * equal slot. Not API.
 */
public final class LineChart {
  public static final int WIDTH = 640;
  private static final int LEGEND_COLUMNS = 3;
  private static final int LEGEND_ROW = 16;
  /** The plot area. */
  public static final double LEFT = 64;
  public static final double RIGHT = 610;
  public static final double TOP = 20;
  public static final double BOTTOM = 236;
  private static final int MAX_X_LABELS = 12;

  private LineChart() {}

  /** The y scale of a section: values, bounds and thresholds, with about 6 ticks. */
  public static NiceScale yScale(TrendSection section) {
    List<Double> values = new ArrayList<>();
    for (Series s : section.series()) {
      for (Point p : s.points()) {
        values.add(p.value());
        values.add(p.lower());
        values.add(p.upper());
      }
    }
    for (Threshold t : section.thresholds()) {
      values.add(t.value());
    }
    return NiceScale.over(values, 6);
  }

  /**
   * The x position of period {@code i} of {@code count}: the middle of the i-th of {@code count}
   * equal slots, so one period sits in the middle and no point sits on the y axis.
   */
  public static double x(int i, int count) {
    return LEFT + (i + 0.5) * (RIGHT - LEFT) / count;
  }

  /** The chart's height: the plot, then one legend row per three series, then a note line. */
  public static int height(TrendSection section) {
    int rows = Math.max(1, (section.series().size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS);
    return (int) BOTTOM + 50 + rows * LEGEND_ROW + 14;
  }

  public static String render(TrendSection section, String id, boolean standalone) {
    List<String> periods = section.periods();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i), i);
    }
    NiceScale scale = yScale(section);
    Axes.Plot plot = new Axes.Plot(LEFT, RIGHT, TOP, BOTTOM);
    int height = height(section);
    SvgBuilder svg = SvgBuilder.begin(id, "line", WIDTH, height, section.title(),
        describe(section, periods), standalone);
    Axes.yAxis(svg, scale, plot, section.unit());
    svg.leaf("line", "x1", LEFT, "y1", BOTTOM, "x2", RIGHT, "y2", BOTTOM, "stroke", Axes.AXIS);
    int every = Math.max(1, (periods.size() + MAX_X_LABELS - 1) / MAX_X_LABELS);
    // About 7 px per character at 12 px: a label may fill the slots up to the next label.
    int chars = periods.isEmpty() ? 1
        : Math.max(3, (int) ((RIGHT - LEFT) / periods.size() * every / 7));
    for (int i = 0; i < periods.size(); i += every) {
      svg.label(x(i, periods.size()), BOTTOM + 16, periods.get(i), chars, "middle", "tick");
    }
    for (Threshold t : section.thresholds()) {
      double y = plot.y(scale, t.value());
      svg.leaf("line", "x1", LEFT, "y1", y, "x2", RIGHT, "y2", y, "stroke", "#b91c1c",
          "stroke-dasharray", "4 3", "class", "threshold", "data-value", Fmt.value(t.value()));
      svg.label(RIGHT - 2, y - 4, t.label() + " (" + Fmt.value(t.value()) + ")", 40, "end",
          "threshold-label");
    }
    List<String> missing = new ArrayList<>();
    for (int si = 0; si < section.series().size(); si++) {
      Series s = section.series().get(si);
      String colour = SvgBuilder.PALETTE.get(si % SvgBuilder.PALETTE.size());
      svg.open("g", "class", "series", "data-series", s.name());
      band(svg, s, index, periods.size(), scale, plot, colour);
      line(svg, s, index, periods.size(), scale, plot, colour);
      for (Point p : s.points()) {
        if (!p.hasValue()) {
          missing.add(s.name() + " " + p.period());
          continue;
        }
        double x = x(index.get(p.period()), periods.size());
        String tip = s.name() + ", " + p.period() + ": " + Fmt.value(p.value())
            + (p.hasInterval() ? " " + Fmt.interval(p.value(), p.lower(), p.upper()) : "");
        svg.mark("circle", tip, "cx", x, "cy", plot.y(scale, p.value()), "r", 3.5,
            "fill", colour, "class", "mark line-point", "data-series", s.name(),
            "data-period", p.period(), "data-value", Fmt.value(p.value()));
      }
      svg.close("g");
      Axes.legendEntry(svg, LEFT + (si % LEGEND_COLUMNS) * 180,
          BOTTOM + 50 + (si / LEGEND_COLUMNS) * LEGEND_ROW, colour, "none", s.name());
    }
    if (periods.isEmpty()) {
      svg.noData(LEFT + 10, TOP + 20, "No data: the series have no periods.");
    } else if (!missing.isEmpty()) {
      svg.noData(LEFT, height - 8, "No data: " + String.join(", ", missing));
    }
    return svg.end();
  }

  /** Bands over runs of consecutive points with an interval; a lone point gets an error bar. */
  private static void band(SvgBuilder svg, Series s, Map<String, Integer> index, int count,
      NiceScale scale, Axes.Plot plot, String colour) {
    List<Point> run = new ArrayList<>();
    for (int i = 0; i <= s.points().size(); i++) {
      if (i < s.points().size() && s.points().get(i).hasInterval()) {
        run.add(s.points().get(i));
        continue;
      }
      if (run.size() == 1) {
        Point q = run.get(0);
        double x = x(index.get(q.period()), count);
        svg.leaf("line", "x1", x, "y1", plot.y(scale, q.lower()), "x2", x,
            "y2", plot.y(scale, q.upper()), "stroke", colour, "stroke-opacity", 0.5,
            "stroke-width", 6, "class", "band");
      } else if (run.size() > 1) {
        int m = run.size();
        double[] xs = new double[2 * m];
        double[] ys = new double[2 * m];
        for (int k = 0; k < m; k++) {
          Point q = run.get(k);
          double x = x(index.get(q.period()), count);
          xs[k] = x;
          ys[k] = plot.y(scale, q.upper());
          xs[2 * m - 1 - k] = x;
          ys[2 * m - 1 - k] = plot.y(scale, q.lower());
        }
        svg.leaf("polygon", "points", SvgBuilder.points(xs, ys), "fill", colour,
            "fill-opacity", 0.15, "stroke", "none", "class", "band");
      }
      run.clear();
    }
  }

  /** The line through consecutive values, broken at gaps. */
  private static void line(SvgBuilder svg, Series s, Map<String, Integer> index, int count,
      NiceScale scale, Axes.Plot plot, String colour) {
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    int segments = 0;
    for (Point p : s.points()) {
      if (!p.hasValue()) {
        pen = false;
        continue;
      }
      d.append(d.length() == 0 ? "" : " ").append(pen ? 'L' : 'M')
          .append(Fmt.coord(x(index.get(p.period()), count))).append(' ')
          .append(Fmt.coord(plot.y(scale, p.value())));
      segments += pen ? 1 : 0;
      pen = true;
    }
    if (segments > 0) {
      svg.leaf("path", "d", d.toString(), "fill", "none", "stroke", colour, "stroke-width", 2,
          "class", "series-line");
    }
  }

  private static String describe(TrendSection section, List<String> periods) {
    StringBuilder b = new StringBuilder("Line chart of ");
    b.append(section.series().size()).append(" series over ").append(periods.size())
        .append(" periods").append(section.unit().isEmpty() ? "" : " in " + section.unit())
        .append(", shaded bands show intervals.");
    for (Series s : section.series()) {
      b.append(' ').append(s.name()).append(':');
      for (Point p : s.points()) {
        b.append(' ').append(p.period()).append(' ').append(Fmt.value(p.value())).append(';');
      }
    }
    return b.toString();
  }
}
