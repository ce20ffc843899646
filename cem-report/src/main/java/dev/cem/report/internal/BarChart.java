package dev.cem.report.internal;

import dev.cem.report.BundleSection;
import dev.cem.report.BundleSection.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of a bundle's component contributions: one {@code rect.mark.bar} per
 * component with a contribution, drawn from 0 (so negative contributions point left), with the
 * value at the bar's end; a component without data gets a "no data" note in its row. Not API.
 */
public final class BarChart {
  public static final int WIDTH = 640;
  /** The plot area's horizontal extent. */
  public static final double LEFT = 200;
  public static final double RIGHT = 580;
  public static final double TOP = 16;
  public static final double ROW = 28;
  private static final String BAR = "#1f5fa8";

  private BarChart() {}

  /** The x scale: contributions and 0, with about 6 ticks. */
  public static NiceScale xScale(BundleSection section) {
    List<Double> values = new ArrayList<>();
    values.add(0.0);
    for (Component c : section.components()) {
      values.add(c.contribution());
    }
    return NiceScale.over(values, 6);
  }

  public static int height(BundleSection section) {
    return (int) (TOP + Math.max(1, section.components().size()) * ROW + 64);
  }

  public static String render(BundleSection section, String id, boolean standalone) {
    List<Component> components = section.components();
    int height = height(section);
    double bottom = TOP + Math.max(1, components.size()) * ROW;
    Axes.Plot plot = new Axes.Plot(LEFT, RIGHT, TOP, bottom);
    NiceScale scale = xScale(section);
    SvgBuilder svg = SvgBuilder.begin(id, "bar", WIDTH, height,
        "Contributions to " + section.bundleName(), describe(section), standalone);
    Axes.xAxis(svg, scale, plot, "Contribution (points)");
    double zero = plot.x(scale, 0);
    svg.leaf("line", "x1", zero, "y1", TOP, "x2", zero, "y2", bottom, "stroke", Axes.AXIS,
        "class", "zero");
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      double y = TOP + i * ROW;
      svg.label(LEFT - 8, y + ROW / 2 + 4, c.label(), 28, "end", "bar-label");
      if (Double.isNaN(c.contribution())) {
        missing.add(c.label());
        svg.label(zero + 6, y + ROW / 2 + 4, "no data", 20, "start", "no-data");
        continue;
      }
      double end = plot.x(scale, c.contribution());
      double x = Math.min(zero, end);
      svg.mark("rect",
          c.label() + ": contribution " + Fmt.value(c.contribution()) + ", weight "
              + Fmt.fixed(c.weight(), 2) + ", normalised " + Fmt.value(c.normalisedValue()),
          "x", x, "y", y + 5, "width", Math.abs(end - zero), "height", ROW - 10,
          "fill", BAR, "class", "mark bar", "data-component", c.label(),
          "data-contribution", Fmt.value(c.contribution()), "data-weight", Fmt.fixed(c.weight(), 2));
      boolean negative = c.contribution() < 0;
      svg.element("text", Fmt.value(c.contribution()), "x", negative ? x - 4 : end + 4,
          "y", y + ROW / 2 + 4, "text-anchor", negative ? "end" : "start", "class", "bar-value",
          "fill", "#1f2933");
    }
    if (components.isEmpty()) {
      svg.noData(LEFT, TOP + ROW / 2 + 4, "No data: the bundle has no components.");
    } else if (!missing.isEmpty()) {
      svg.noData(20, height - 8, "No data: " + String.join(", ", missing));
    }
    return svg.end();
  }

  private static String describe(BundleSection section) {
    StringBuilder b = new StringBuilder("Horizontal bar chart of each component's contribution to ")
        .append(section.bundleName()).append(", score ").append(Fmt.value(section.score().value()))
        .append('.');
    for (Component c : section.components()) {
      b.append(' ').append(c.label()).append(": ").append(Fmt.value(c.contribution())).append(';');
    }
    return b.toString();
  }
}
