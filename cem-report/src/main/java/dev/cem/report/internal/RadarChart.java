package dev.cem.report.internal;

import dev.cem.report.MaturitySection;
import dev.cem.report.MaturitySection.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * A radar chart of maturity dimensions: one axis per dimension, clockwise from the top, rings at
 * 1 to 5 labelled, the continuous scores as a filled polygon with one {@code circle.mark
 * .radar-vertex} per scored dimension, the gated stages as a dashed polygon, and panel ranges as
 * thick strokes along the axes. Not API.
 *
 * <p>Geometry: dimension {@code i} of {@code n} lies at angle {@code θ = -90° + 360°·i/n} (SVG
 * y points down, so the first axis points up and the rest follow clockwise); a score {@code s}
 * lies at radius {@code s / 5 · R} from ({@link #CX}, {@link #CY}).
 */
public final class RadarChart {
  public static final int WIDTH = 720;
  public static final int HEIGHT = 460;
  public static final double CX = 360;
  public static final double CY = 220;
  public static final double R = 150;
  private static final String SCORE = "#1f5fa8";
  private static final String GATED = "#c2410c";

  private RadarChart() {}

  /** The angle, in radians, of axis {@code i} of {@code n}. */
  public static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  public static String render(MaturitySection section, String id, boolean standalone) {
    List<Dimension> dims = section.dimensions();
    int n = dims.size();
    SvgBuilder svg =
        SvgBuilder.begin(id, "radar", WIDTH, HEIGHT,
            "Maturity by dimension: " + section.modelName(), describe(section), standalone);
    double max = MaturitySection.MAX_SCORE;
    svg.open("g", "class", "rings");
    for (int k = 1; k <= (int) max; k++) {
      double r = k / max * R;
      svg.leaf("circle", "cx", CX, "cy", CY, "r", r, "fill", "none", "stroke", Axes.GRID,
          "class", "ring");
      svg.element("text", Integer.toString(k), "x", CX + 3, "y", CY - r - 2, "class", "tick",
          "fill", Axes.AXIS, "font-size", 10);
    }
    svg.close("g");
    if (n == 0) {
      svg.noData(20, HEIGHT - 16, "No data: no dimensions were assessed.");
      return svg.end();
    }
    svg.open("g", "class", "axes");
    for (int i = 0; i < n; i++) {
      double a = angle(i, n);
      double cos = Math.cos(a);
      double sin = Math.sin(a);
      svg.leaf("line", "x1", CX, "y1", CY, "x2", CX + R * cos, "y2", CY + R * sin,
          "stroke", Axes.AXIS, "class", "radar-axis");
      String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
      svg.label(CX + (R + 12) * cos, CY + (R + 12) * sin + 4 + (sin > 0.3 ? 8 : sin < -0.3 ? -8 : 0),
          dims.get(i).label(), 26, anchor, "axis-label");
    }
    svg.close("g");
    panelRanges(svg, dims);
    if (n >= 3) {
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        double r = Math.max(0, Math.min(max, dims.get(i).gatedStage())) / max * R;
        xs[i] = CX + r * Math.cos(angle(i, n));
        ys[i] = CY + r * Math.sin(angle(i, n));
      }
      svg.leaf("polygon", "points", SvgBuilder.points(xs, ys), "fill", "none", "stroke", GATED,
          "stroke-width", 2, "stroke-dasharray", "6 4", "class", "gated");
    }
    scores(svg, dims);
    double ly = HEIGHT - 40;
    Axes.legendEntry(svg, 20, ly, SCORE, "none", "Score (0 to 5)");
    Axes.legendEntry(svg, 200, ly, GATED, "6 4", "Gated stage");
    List<String> missing = new ArrayList<>();
    for (Dimension d : dims) {
      if (!d.hasScore()) {
        missing.add(d.label());
      }
    }
    if (!missing.isEmpty()) {
      svg.noData(20, HEIGHT - 16, "No data: " + String.join(", ", missing));
    }
    return svg.end();
  }

  private static void panelRanges(SvgBuilder svg, List<Dimension> dims) {
    int n = dims.size();
    double max = MaturitySection.MAX_SCORE;
    for (int i = 0; i < n; i++) {
      Dimension d = dims.get(i);
      if (Double.isNaN(d.panelMin()) || Double.isNaN(d.panelMax())) {
        continue;
      }
      double c = Math.cos(angle(i, n));
      double s = Math.sin(angle(i, n));
      double r0 = d.panelMin() / max * R;
      double r1 = d.panelMax() / max * R;
      svg.mark("line", d.label() + ": panel range " + Fmt.fixed(d.panelMin(), 2) + " to "
              + Fmt.fixed(d.panelMax(), 2),
          "x1", CX + r0 * c, "y1", CY + r0 * s, "x2", CX + r1 * c, "y2", CY + r1 * s,
          "stroke", SCORE, "stroke-opacity", 0.3, "stroke-width", 8, "stroke-linecap", "round",
          "class", "panel-range");
    }
  }

  private static void scores(SvgBuilder svg, List<Dimension> dims) {
    int n = dims.size();
    double max = MaturitySection.MAX_SCORE;
    List<double[]> vertices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Dimension d = dims.get(i);
      if (d.hasScore()) {
        double r = d.score() / max * R;
        vertices.add(new double[] {CX + r * Math.cos(angle(i, n)), CY + r * Math.sin(angle(i, n))});
      }
    }
    if (vertices.size() >= 2) {
      double[] xs = vertices.stream().mapToDouble(v -> v[0]).toArray();
      double[] ys = vertices.stream().mapToDouble(v -> v[1]).toArray();
      svg.leaf("polygon", "points", SvgBuilder.points(xs, ys), "fill", SCORE,
          "fill-opacity", 0.18, "stroke", SCORE, "stroke-width", 2, "class", "score-area");
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      Dimension d = dims.get(i);
      if (!d.hasScore()) {
        continue;
      }
      double[] v = vertices.get(k++);
      svg.mark("circle",
          d.label() + ": score " + Fmt.fixed(d.score(), 2) + ", stage " + d.gatedStage(),
          "cx", v[0], "cy", v[1], "r", 4.5, "fill", SCORE, "class", "mark radar-vertex",
          "data-dimension", d.label(), "data-score", Fmt.fixed(d.score(), 2),
          "data-stage", d.gatedStage());
    }
  }

  private static String describe(MaturitySection section) {
    StringBuilder b = new StringBuilder("Radar chart with one axis per dimension, scores 0 to 5.");
    for (Dimension d : section.dimensions()) {
      b.append(' ').append(d.label()).append(": ")
          .append(d.hasScore() ? Fmt.fixed(d.score(), 2) : "no data")
          .append(" (stage ").append(d.gatedStage()).append(").");
    }
    return b.toString();
  }
}
