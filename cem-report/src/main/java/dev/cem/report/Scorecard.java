package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.report.internal.ModelChecks.checkFinite;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import dev.cem.metrics.Estimate;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A table of metric estimates: one row per metric and segment, rendered with the value, its
 * interval, n, and a mark for small samples ("†" small sample, "‡" unreliable) explained in a
 * legend. An empty estimate renders as "—", never 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param rows the rows in display order; not null, may be empty
 */
public record Scorecard(String title, List<Row> rows) implements Section {

  public Scorecard {
    checkTitle(title, "scorecard title");
    rows = copy(rows, "rows");
  }

  public static Scorecard of(String title, List<Row> rows) {
    return new Scorecard(title, rows);
  }

  /**
   * One metric for one segment.
   *
   * @param metric the metric's label, e.g. "NPS"; not null
   * @param segment the segment or group, e.g. "all" or "web"; not null, may be empty
   * @param estimate the estimate, possibly empty; not null
   * @param unit the unit, e.g. "points" or "%"; not null, may be empty
   * @param target the target value, or empty for none; finite when present
   * @param status the status against the target, or null for none
   */
  public record Row(
      String metric,
      String segment,
      Estimate estimate,
      String unit,
      OptionalDouble target,
      @Nullable Status status) {

    public Row {
      checkNotNull(metric, "metric");
      checkNotNull(segment, "segment");
      checkNotNull(estimate, "estimate");
      checkNotNull(unit, "unit");
      checkNotNull(target, "target");
      if (target.isPresent()) {
        checkFinite(target.getAsDouble(), "target for metric '" + metric + "'");
      }
    }

    /** Returns a row with no target and no status. */
    public static Row of(String metric, String segment, Estimate estimate, String unit) {
      return new Row(metric, segment, estimate, unit, OptionalDouble.empty(), null);
    }

    /** Returns this row with a target. */
    public Row withTarget(double newTarget) {
      return new Row(metric, segment, estimate, unit, OptionalDouble.of(newTarget), status);
    }

    /** Returns this row with a status; null removes it. */
    public Row withStatus(@Nullable Status newStatus) {
      return new Row(metric, segment, estimate, unit, target, newStatus);
    }
  }
}
