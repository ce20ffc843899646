package dev.cem.report.internal;

/** Grid lines, ticks and axis titles shared by the cartesian charts. Not API. */
final class Axes {
  static final String GRID = "#d9dee5";
  static final String AXIS = "#52606d";

  private Axes() {}

  /** Horizontal grid lines with tick labels left of the plot, and the y axis line. */
  static void yAxis(SvgBuilder svg, NiceScale scale, Plot plot, String title) {
    svg.open("g", "class", "axis y-axis");
    for (double tick : scale.ticks()) {
      double y = plot.y(scale, tick);
      svg.leaf("line", "x1", plot.left(), "y1", y, "x2", plot.right(), "y2", y,
          "stroke", GRID, "class", "grid");
      svg.element("text", scale.label(tick), "x", plot.left() - 6, "y", y + 4.0,
          "text-anchor", "end", "class", "tick", "fill", AXIS);
    }
    svg.leaf("line", "x1", plot.left(), "y1", plot.top(), "x2", plot.left(), "y2", plot.bottom(),
        "stroke", AXIS);
    if (!title.isEmpty()) {
      double cy = (plot.top() + plot.bottom()) / 2;
      svg.open("g", "transform", "rotate(-90 14 " + Fmt.coord(cy) + ")");
      svg.label(14, cy, title, 40, "middle", "axis-title");
      svg.close("g");
    }
    svg.close("g");
  }

  /** Vertical grid lines with tick labels under the plot, and the x axis line. */
  static void xAxis(SvgBuilder svg, NiceScale scale, Plot plot, String title) {
    svg.open("g", "class", "axis x-axis");
    for (double tick : scale.ticks()) {
      double x = plot.x(scale, tick);
      svg.leaf("line", "x1", x, "y1", plot.top(), "x2", x, "y2", plot.bottom(),
          "stroke", GRID, "class", "grid");
      svg.element("text", scale.label(tick), "x", x, "y", plot.bottom() + 16,
          "text-anchor", "middle", "class", "tick", "fill", AXIS);
    }
    svg.leaf("line", "x1", plot.left(), "y1", plot.bottom(), "x2", plot.right(),
        "y2", plot.bottom(), "stroke", AXIS);
    if (!title.isEmpty()) {
      svg.label((plot.left() + plot.right()) / 2, plot.bottom() + 34, title, 60, "middle",
          "axis-title");
    }
    svg.close("g");
  }

  /** A legend entry: a swatch and a label. */
  static void legendEntry(SvgBuilder svg, double x, double y, String colour, String dash,
      String text) {
    svg.leaf("line", "x1", x, "y1", y - 4, "x2", x + 18, "y2", y - 4, "stroke", colour,
        "stroke-width", 3, "stroke-dasharray", dash);
    svg.label(x + 24, y, text, 22, "start", "legend-label");
  }

  /**
   * The plot area in pixels.
   *
   * @param left left edge
   * @param right right edge
   * @param top top edge
   * @param bottom bottom edge
   */
  record Plot(double left, double right, double top, double bottom) {
    double x(NiceScale scale, double v) {
      return scale.map(v, left, right);
    }

    double y(NiceScale scale, double v) {
      return scale.map(v, bottom, top);
    }
  }
}
