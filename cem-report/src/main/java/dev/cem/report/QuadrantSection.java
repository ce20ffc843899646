package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.report.internal.ModelChecks.checkFinite;
import static dev.cem.report.internal.ModelChecks.checkFiniteOrMissing;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import java.util.List;

/**
 * An importance-performance analysis: items placed by importance (x) and performance (y), split
 * into four quadrants at {@code splitX} and {@code splitY}. Rendered as a scatter chart.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param xLabel the x axis label, e.g. "Importance"; not null
 * @param yLabel the y axis label, e.g. "Performance"; not null
 * @param splitX where the vertical split line crosses the x axis; finite
 * @param splitY where the horizontal split line crosses the y axis; finite
 * @param names the four quadrants' names; not null
 * @param points the items; not null, may be empty
 */
public record QuadrantSection(
    String title,
    String xLabel,
    String yLabel,
    double splitX,
    double splitY,
    Names names,
    List<Point> points)
    implements Section {

  public QuadrantSection {
    checkTitle(title, "quadrant title");
    checkNotNull(xLabel, "xLabel");
    checkNotNull(yLabel, "yLabel");
    checkFinite(splitX, "splitX");
    checkFinite(splitY, "splitY");
    checkNotNull(names, "names");
    points = copy(points, "points");
  }

  /** A section with the axis labels "Importance" and "Performance" and the default names. */
  public static QuadrantSection of(String title, double splitX, double splitY, List<Point> points) {
    return new QuadrantSection(
        title, "Importance", "Performance", splitX, splitY, Names.DEFAULT, points);
  }

  /** The quadrant name for a point, from its position relative to the splits. */
  public String classify(double importance, double performance) {
    return names.classify(importance, performance, splitX, splitY);
  }

  /**
   * One item.
   *
   * @param label the item's label; not null
   * @param importance the x value, or NaN if unknown (the point is then not drawn)
   * @param performance the y value, or NaN if unknown (the point is then not drawn)
   * @param quadrant the name of the quadrant the item is in; not null
   */
  public record Point(String label, double importance, double performance, String quadrant) {
    public Point {
      checkNotNull(label, "label");
      checkFiniteOrMissing(importance, "importance of '" + label + "'");
      checkFiniteOrMissing(performance, "performance of '" + label + "'");
      checkNotNull(quadrant, "quadrant");
    }

    public static Point of(String label, double importance, double performance, String quadrant) {
      return new Point(label, importance, performance, quadrant);
    }

    /** True when both coordinates are present. */
    public boolean isPlotted() {
      return !Double.isNaN(importance) && !Double.isNaN(performance);
    }
  }

  /**
   * The four quadrants' names, by position: x is importance, y is performance.
   *
   * @param concentrateHere high importance, low performance (bottom right)
   * @param keepUpTheGoodWork high importance, high performance (top right)
   * @param lowPriority low importance, low performance (bottom left)
   * @param possibleOverkill low importance, high performance (top left)
   */
  public record Names(
      String concentrateHere, String keepUpTheGoodWork, String lowPriority, String possibleOverkill) {

    /** The classic names of Martilla and James's importance-performance analysis. */
    public static final Names DEFAULT =
        new Names("Concentrate here", "Keep up the good work", "Low priority", "Possible overkill");

    public Names {
      checkNotNull(concentrateHere, "concentrateHere");
      checkNotNull(keepUpTheGoodWork, "keepUpTheGoodWork");
      checkNotNull(lowPriority, "lowPriority");
      checkNotNull(possibleOverkill, "possibleOverkill");
    }

    /**
     * The name of the quadrant holding (x, y); a point on a split line counts as high. NaN
     * coordinates count as low.
     */
    public String classify(double x, double y, double splitX, double splitY) {
      boolean important = x >= splitX;
      boolean performing = y >= splitY;
      if (important) {
        return performing ? keepUpTheGoodWork : concentrateHere;
      }
      return performing ? possibleOverkill : lowPriority;
    }
  }
}
