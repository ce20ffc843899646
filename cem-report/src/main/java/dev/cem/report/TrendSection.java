package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.report.internal.ModelChecks.checkBounds;
import static dev.cem.report.internal.ModelChecks.checkFinite;
import static dev.cem.report.internal.ModelChecks.checkFiniteOrMissing;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import dev.cem.metrics.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One or more series over periods, rendered as a line chart with an interval band and optional
 * threshold lines. The x axis shows the union of all series' periods in order of first
 * appearance; a point whose value is NaN is a gap (no mark, a "no data" note).
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param unit the unit of the y axis, e.g. "points"; not null, may be empty
 * @param series the series; not null, may be empty
 * @param thresholds horizontal reference lines; not null, may be empty
 */
public record TrendSection(
    String title, String unit, List<Series> series, List<Threshold> thresholds)
    implements Section {

  public TrendSection {
    checkTitle(title, "trend title");
    checkNotNull(unit, "unit");
    series = copy(series, "series");
    thresholds = copy(thresholds, "thresholds");
  }

  public static Builder builder(String title) {
    return new Builder(checkNotNull(title, "title"));
  }

  /** The periods of all series, in order of first appearance, without repeats. */
  public List<String> periods() {
    Set<String> periods = new LinkedHashSet<>();
    for (Series s : series) {
      for (Point p : s.points()) {
        periods.add(p.period());
      }
    }
    return List.copyOf(periods);
  }

  /**
   * A named series of points.
   *
   * @param name the series' name, shown in the legend; not null
   * @param points the points in period order; not null, may be empty
   */
  public record Series(String name, List<Point> points) {
    public Series {
      checkNotNull(name, "name");
      points = copy(points, "points");
      Set<String> seen = new LinkedHashSet<>();
      for (Point p : points) {
        checkArgument(
            seen.add(p.period()),
            "series '%s' has period '%s' twice",
            name,
            abbreviate(p.period()));
      }
    }

    public static Series of(String name, List<Point> points) {
      return new Series(name, points);
    }
  }

  /**
   * A value for one period, with an optional interval.
   *
   * @param period the period's label, e.g. "2026-Q3"; not null
   * @param value the value, or NaN for no data
   * @param lower the interval's lower bound, or NaN for none
   * @param upper the interval's upper bound, or NaN for none
   */
  public record Point(String period, double value, double lower, double upper) {
    public Point {
      checkNotNull(period, "period");
      checkFiniteOrMissing(value, "value for period '" + period + "'");
      checkBounds(lower, upper, "interval for period '" + period + "'");
    }

    /** A value without an interval. */
    public static Point of(String period, double value) {
      return new Point(period, value, Double.NaN, Double.NaN);
    }

    /** A value with an interval. */
    public static Point of(String period, double value, double lower, double upper) {
      return new Point(period, value, lower, upper);
    }

    /** An estimate's value and interval; an empty estimate gives a gap. */
    public static Point of(String period, Estimate estimate) {
      checkNotNull(estimate, "estimate");
      return new Point(period, estimate.value(), estimate.lower(), estimate.upper());
    }

    /** A period with no data. */
    public static Point missing(String period) {
      return new Point(period, Double.NaN, Double.NaN, Double.NaN);
    }

    /** True when the value is present. */
    public boolean hasValue() {
      return !Double.isNaN(value);
    }

    /** True when both bounds are present. */
    public boolean hasInterval() {
      return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
  }

  /**
   * A horizontal reference line, e.g. a target.
   *
   * @param label the line's label; not null
   * @param value the line's value; finite
   */
  public record Threshold(String label, double value) {
    public Threshold {
      checkNotNull(label, "label");
      checkFinite(value, "threshold '" + label + "'");
    }

    public static Threshold of(String label, double value) {
      return new Threshold(label, value);
    }
  }

  /** Builds a {@link TrendSection}. Not thread safe. */
  public static final class Builder {
    private final String title;
    private String unit = "";
    private final List<Series> series = new ArrayList<>();
    private final List<Threshold> thresholds = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder unit(String unit) {
      this.unit = checkNotNull(unit, "unit");
      return this;
    }

    public Builder series(String name, List<Point> points) {
      series.add(Series.of(name, points));
      return this;
    }

    public Builder threshold(String label, double value) {
      thresholds.add(Threshold.of(label, value));
      return this;
    }

    public TrendSection build() {
      return new TrendSection(title, unit, series, thresholds);
    }
  }
}
