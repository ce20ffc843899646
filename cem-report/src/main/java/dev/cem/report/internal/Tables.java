package dev.cem.report.internal;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.Reliability;
import dev.cem.report.BundleSection;
import dev.cem.report.MaturitySection;
import dev.cem.report.QuadrantSection;
import dev.cem.report.Scorecard;
import dev.cem.report.TableSection;
import dev.cem.report.TrendSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Formats each section's data as text tables, once, for the Markdown and HTML renderers. Not
 * API.
 */
public final class Tables {
  /** Marks a small sample. */
  public static final String SMALL = "\u2020";
  /** Marks an unreliable sample. */
  public static final String UNRELIABLE = "\u2021";

  public static final String SMALL_NOTE =
      SMALL + " small sample: fewer observations than the minimum, the interval is wide; read"
          + " with care.";
  public static final String UNRELIABLE_NOTE =
      UNRELIABLE + " unreliable: fewer observations than the hard minimum; do not act on it.";
  public static final String EMPTY_NOTE =
      Fmt.MISSING + " no value: there were no observations (not zero).";

  private Tables() {}

  /** The value of an estimate with its reliability mark, or "—" if empty. */
  public static String value(Estimate e) {
    if (e.isEmpty()) {
      return Fmt.MISSING;
    }
    String mark = e.reliability() == Reliability.UNRELIABLE ? UNRELIABLE
        : e.reliability() == Reliability.SMALL_SAMPLE ? SMALL : "";
    return Fmt.value(e.value()) + mark;
  }

  /** A whole percentage for a confidence level, e.g. "95%" or "99.5%". */
  public static String confidence(double c) {
    double pct = c * 100;
    return (pct == Math.rint(pct) ? Fmt.fixed(pct, 0) : Fmt.fixed(pct, 1)) + "%";
  }

  public static Table scorecard(Scorecard card) {
    TreeSet<Double> levels = new TreeSet<>();
    for (Scorecard.Row r : card.rows()) {
      if (!r.estimate().isEmpty()) {
        levels.add(r.estimate().confidence());
      }
    }
    boolean common = levels.size() == 1;
    String intervalHeader = common ? confidence(levels.first()) + " interval" : "Interval";
    List<List<String>> rows = new ArrayList<>();
    boolean small = false;
    boolean unreliable = false;
    boolean empty = false;
    for (Scorecard.Row r : card.rows()) {
      Estimate e = r.estimate();
      small |= e.reliability() == Reliability.SMALL_SAMPLE;
      unreliable |= e.reliability() == Reliability.UNRELIABLE;
      empty |= e.isEmpty();
      String interval = Fmt.interval(e.value(), e.lower(), e.upper());
      if (!common && !e.isEmpty() && !interval.equals(Fmt.MISSING)) {
        interval += " (" + confidence(e.confidence()) + ")";
      }
      rows.add(List.of(
          r.metric(),
          r.segment(),
          value(e),
          interval,
          Long.toString(e.n()),
          r.unit(),
          r.target().isPresent() ? Fmt.value(r.target().getAsDouble()) : "",
          r.status() == null ? "" : r.status().name()));
    }
    List<String> notes = new ArrayList<>();
    if (small) {
      notes.add(SMALL_NOTE);
    }
    if (unreliable) {
      notes.add(UNRELIABLE_NOTE);
    }
    if (empty) {
      notes.add(EMPTY_NOTE);
    }
    return new Table(
        List.of("Metric", "Segment", "Value", intervalHeader, "n", "Unit", "Target", "Status"),
        rows,
        List.of(false, false, true, true, true, false, true, false),
        7,
        notes);
  }

  /** The bundle's score, interval, n, status and coverage as label-value rows. */
  public static Table bundleSummary(BundleSection b) {
    Estimate s = b.score();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Score", value(s)));
    rows.add(List.of(s.isEmpty() ? "Interval" : confidence(s.confidence()) + " interval",
        Fmt.interval(s.value(), s.lower(), s.upper())));
    rows.add(List.of("n", Long.toString(s.n())));
    rows.add(List.of("Status", b.status() == null ? "" : b.status().name()));
    rows.add(List.of("Coverage", Fmt.percent(b.coverage())));
    return new Table(List.of("Bundle", b.bundleName()), rows, List.of(false, true), -1,
        estimateNotes(s));
  }

  private static List<String> estimateNotes(Estimate e) {
    return switch (e.reliability()) {
      case EMPTY -> List.of(EMPTY_NOTE);
      case UNRELIABLE -> List.of(UNRELIABLE_NOTE);
      case SMALL_SAMPLE -> List.of(SMALL_NOTE);
      case ADEQUATE -> List.of();
    };
  }

  public static Table bundleComponents(BundleSection b) {
    List<List<String>> rows = new ArrayList<>();
    for (BundleSection.Component c : b.components()) {
      rows.add(List.of(c.label(), Fmt.value(c.normalisedValue()), Fmt.fixed(c.weight(), 2),
          Fmt.value(c.contribution())));
    }
    return new Table(List.of("Component", "Normalised value", "Weight", "Contribution"), rows,
        List.of(false, true, true, true), -1, List.of());
  }

  /** One row per period, one column per series; cells are "value [lower, upper]" or "—". */
  public static Table trend(TrendSection t) {
    List<String> headers = new ArrayList<>();
    headers.add("Period");
    List<Boolean> numeric = new ArrayList<>();
    numeric.add(false);
    List<Map<String, TrendSection.Point>> byPeriod = new ArrayList<>();
    for (TrendSection.Series s : t.series()) {
      headers.add(s.name());
      numeric.add(true);
      Map<String, TrendSection.Point> m = new HashMap<>();
      s.points().forEach(p -> m.put(p.period(), p));
      byPeriod.add(m);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String period : t.periods()) {
      List<String> row = new ArrayList<>();
      row.add(period);
      for (Map<String, TrendSection.Point> m : byPeriod) {
        TrendSection.Point p = m.get(period);
        if (p == null || !p.hasValue()) {
          row.add(Fmt.MISSING);
        } else {
          row.add(Fmt.value(p.value())
              + (p.hasInterval() ? " " + Fmt.interval(p.value(), p.lower(), p.upper()) : ""));
        }
      }
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    for (TrendSection.Threshold th : t.thresholds()) {
      notes.add("Threshold " + th.label() + ": " + Fmt.value(th.value()));
    }
    return new Table(headers, rows, numeric, -1, notes);
  }

  public static Table ladder(MaturitySection m) {
    List<List<String>> rows = new ArrayList<>();
    for (MaturitySection.Stage s : m.ladder()) {
      boolean reached = s.ordinal() == m.overallStage().ordinal();
      rows.add(List.of(Integer.toString(s.ordinal()), s.name(), s.description(),
          reached ? "yes" : ""));
    }
    return new Table(List.of("Stage", "Name", "Description", "Reached"), rows,
        List.of(true, false, false, false), -1, List.of());
  }

  public static Table dimensions(MaturitySection m) {
    List<List<String>> rows = new ArrayList<>();
    for (MaturitySection.Dimension d : m.dimensions()) {
      String panel = Double.isNaN(d.panelMin()) || Double.isNaN(d.panelMax())
          ? "" : Fmt.fixed(d.panelMin(), 2) + " to " + Fmt.fixed(d.panelMax(), 2);
      rows.add(List.of(d.label(), Integer.toString(d.gatedStage()), Fmt.fixed(d.score(), 2),
          panel, Double.isNaN(d.disagreement()) ? "" : Fmt.fixed(d.disagreement(), 2)));
    }
    return new Table(List.of("Dimension", "Gated stage", "Score (0 to 5)", "Panel range",
        "Disagreement"), rows, List.of(false, true, true, true, true), -1, List.of());
  }

  public static Table blockers(MaturitySection m) {
    List<List<String>> rows = new ArrayList<>();
    for (MaturitySection.Blocker b : m.blockers()) {
      rows.add(List.of(b.criterionId(), b.statement(), Integer.toString(b.stage()),
          Fmt.fixed(b.weight(), 2)));
    }
    return new Table(List.of("Criterion", "Statement", "Stage", "Weight"), rows,
        List.of(false, false, true, true), -1, List.of());
  }

  /** One roadmap line: "text (stage N, dimension)". */
  public static String recommendation(MaturitySection.Recommendation r) {
    return r.text() + " (stage " + r.stage()
        + (r.dimension() == null ? "" : ", " + r.dimension()) + ")";
  }

  public static Table quadrant(QuadrantSection q) {
    List<List<String>> rows = new ArrayList<>();
    for (QuadrantSection.Point p : q.points()) {
      rows.add(List.of(p.label(), Fmt.value(p.importance()), Fmt.value(p.performance()),
          p.quadrant()));
    }
    return new Table(List.of("Item", q.xLabel(), q.yLabel(), "Quadrant"), rows,
        List.of(false, true, true, false), -1, List.of());
  }

  public static Table generic(TableSection t) {
    List<Boolean> numeric = new ArrayList<>();
    for (int c = 0; c < t.headers().size(); c++) {
      boolean allNumbers = !t.rows().isEmpty();
      for (List<String> row : t.rows()) {
        allNumbers &= row.get(c).matches("[-+]?[0-9][0-9.,]*%?");
      }
      numeric.add(allNumbers);
    }
    return new Table(t.headers(), t.rows(), numeric, -1,
        t.caption() == null ? List.of() : List.of(t.caption()));
  }

  /** The CSS class of a status cell, e.g. "status status-green"; lower-cased with ROOT. */
  public static String statusClass(String status) {
    return "status status-" + status.toLowerCase(Locale.ROOT);
  }
}
