package dev.cem.report.svg;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.report.BundleSection;
import dev.cem.report.MaturitySection;
import dev.cem.report.QuadrantSection;
import dev.cem.report.TrendSection;
import dev.cem.report.internal.BarChart;
import dev.cem.report.internal.LadderChart;
import dev.cem.report.internal.LineChart;
import dev.cem.report.internal.RadarChart;
import dev.cem.report.internal.ScatterChart;

/**
 * Draws the report's charts as stand-alone SVG documents (with the SVG namespace declared), for
 * a host that wants a chart without a whole report.
 *
 * <p>Every chart is accessible and countable:
 *
 * <ul>
 *   <li>the root is {@code <svg class="cem-chart cem-KIND" data-chart="KIND" role="img"
 *       aria-labelledby="ID-title ID-desc">} with a {@code <title>} and a {@code <desc>} that
 *       lists the data in words;
 *   <li>each data mark has class {@code mark} plus a kind class and data attributes: radar
 *       {@code circle.radar-vertex} (one per scored dimension; {@code data-dimension}, {@code
 *       data-score}, {@code data-stage}), line {@code circle.line-point} (one per period with a
 *       value, per series; {@code data-series}, {@code data-period}, {@code data-value}), bar
 *       {@code rect.bar} (one per component with a contribution; {@code data-component}, {@code
 *       data-contribution}, {@code data-weight}), scatter {@code circle.scatter-point} (one per
 *       item with both coordinates; {@code data-label}, {@code data-quadrant}, {@code data-x},
 *       {@code data-y}), ladder {@code rect.ladder-step} (one per stage; {@code data-stage},
 *       {@code data-reached}, and class {@code reached} on the stage reached);
 *   <li>missing values are never drawn as 0: they are skipped and listed in a {@code
 *       text.no-data} note;
 *   <li>labels longer than the space are cut with "…" and carry the full text in a {@code
 *       <title>}.
 * </ul>
 *
 * <p>The output is deterministic: the same section and id always give the same string.
 * Numbers are formatted with {@link java.util.Locale#ROOT}. The {@code id} prefixes the ids of
 * the title and description elements; characters other than ASCII letters, digits, '-' and '_'
 * become '_'.
 */
public final class SvgCharts {
  private SvgCharts() {}

  /** A radar chart of the dimensions' scores (0 to 5), one axis per dimension. */
  public static String radar(MaturitySection section, String id) {
    return RadarChart.render(checkNotNull(section, "section"), checkNotNull(id, "id"), true);
  }

  /** A ladder of the model's stages with the reached stage highlighted. */
  public static String ladder(MaturitySection section, String id) {
    return LadderChart.render(checkNotNull(section, "section"), checkNotNull(id, "id"), true);
  }

  /** A line chart with interval bands and threshold lines. */
  public static String line(TrendSection section, String id) {
    return LineChart.render(checkNotNull(section, "section"), checkNotNull(id, "id"), true);
  }

  /** A horizontal bar chart of the bundle's component contributions. */
  public static String bar(BundleSection section, String id) {
    return BarChart.render(checkNotNull(section, "section"), checkNotNull(id, "id"), true);
  }

  /** An importance-performance scatter chart with its four quadrants. */
  public static String scatter(QuadrantSection section, String id) {
    return ScatterChart.render(checkNotNull(section, "section"), checkNotNull(id, "id"), true);
  }
}
