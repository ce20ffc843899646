package dev.cem.report.internal;

import dev.cem.report.QuadrantSection;
import dev.cem.report.QuadrantSection.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * An importance-performance scatter chart: dashed split lines at the section's x and y splits,
 * the four quadrant names in the plot's corners, and one {@code circle.mark.scatter-point} per
 * plotted item, labelled. Items with a missing coordinate are listed in a "no data" note. Not
 * API.
 */
public final class ScatterChart {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 460;
  public static final double LEFT = 64;
  public static final double RIGHT = 610;
  public static final double TOP = 20;
  public static final double BOTTOM = 384;
  private static final String DOT = "#1f5fa8";

  private ScatterChart() {}

  /** The x scale: importances and the x split. */
  public static NiceScale xScale(QuadrantSection section) {
    List<Double> values = new ArrayList<>();
    values.add(section.splitX());
    section.points().forEach(p -> values.add(p.importance()));
    return NiceScale.over(values, 6);
  }

  /** The y scale: performances and the y split. */
  public static NiceScale yScale(QuadrantSection section) {
    List<Double> values = new ArrayList<>();
    values.add(section.splitY());
    section.points().forEach(p -> values.add(p.performance()));
    return NiceScale.over(values, 6);
  }

  public static String render(QuadrantSection section, String id, boolean standalone) {
    NiceScale xs = xScale(section);
    NiceScale ys = yScale(section);
    Axes.Plot plot = new Axes.Plot(LEFT, RIGHT, TOP, BOTTOM);
    SvgBuilder svg = SvgBuilder.begin(id, "scatter", WIDTH, HEIGHT, section.title(),
        describe(section), standalone);
    Axes.yAxis(svg, ys, plot, section.yLabel());
    Axes.xAxis(svg, xs, plot, section.xLabel());
    double sx = plot.x(xs, section.splitX());
    double sy = plot.y(ys, section.splitY());
    svg.leaf("line", "x1", sx, "y1", TOP, "x2", sx, "y2", BOTTOM, "stroke", "#52606d",
        "stroke-dasharray", "6 4", "class", "split split-x");
    svg.leaf("line", "x1", LEFT, "y1", sy, "x2", RIGHT, "y2", sy, "stroke", "#52606d",
        "stroke-dasharray", "6 4", "class", "split split-y");
    QuadrantSection.Names names = section.names();
    svg.label(LEFT + 6, TOP + 14, names.possibleOverkill(), 34, "start", "quadrant-name");
    svg.label(RIGHT - 6, TOP + 14, names.keepUpTheGoodWork(), 34, "end", "quadrant-name");
    svg.label(LEFT + 6, BOTTOM - 8, names.lowPriority(), 34, "start", "quadrant-name");
    svg.label(RIGHT - 6, BOTTOM - 8, names.concentrateHere(), 34, "end", "quadrant-name");
    List<String> missing = new ArrayList<>();
    for (Point p : section.points()) {
      if (!p.isPlotted()) {
        missing.add(p.label());
        continue;
      }
      double x = plot.x(xs, p.importance());
      double y = plot.y(ys, p.performance());
      svg.mark("circle",
          p.label() + ": " + section.xLabel() + " " + Fmt.value(p.importance()) + ", "
              + section.yLabel() + " " + Fmt.value(p.performance()) + " (" + p.quadrant() + ")",
          "cx", x, "cy", y, "r", 5.0, "fill", DOT, "class", "mark scatter-point",
          "data-label", p.label(), "data-quadrant", p.quadrant(),
          "data-x", Fmt.value(p.importance()), "data-y", Fmt.value(p.performance()));
      svg.label(x + 8, y - 6, p.label(), 18, "start", "point-label");
    }
    if (section.points().isEmpty()) {
      svg.noData(LEFT + 10, TOP + 34, "No data: there are no items.");
    } else if (!missing.isEmpty()) {
      svg.noData(LEFT, HEIGHT - 8, "No data: " + String.join(", ", missing));
    }
    return svg.end();
  }

  private static String describe(QuadrantSection section) {
    StringBuilder b = new StringBuilder("Scatter chart of ").append(section.xLabel())
        .append(" (x) against ").append(section.yLabel()).append(" (y), split at ")
        .append(Fmt.value(section.splitX())).append(" and ").append(Fmt.value(section.splitY()))
        .append('.');
    for (Point p : section.points()) {
      b.append(' ').append(p.label()).append(": ").append(p.quadrant()).append(';');
    }
    return b.toString();
  }
}
