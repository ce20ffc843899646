package dev.cem.metrics.trend;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Alerts on trend series. Messages are English, formatted with {@link java.util.Locale#ROOT}. */
public final class Alerts {
  private Alerts() {}

  /**
   * One {@link AlertKind#THRESHOLD_CROSSED} alert for every period whose bundle status (RED,
   * AMBER or GREEN) differs from the status of the previous period that had one. Periods with
   * {@link Status#NO_DATA} or {@link Status#NOT_RATED} raise nothing and are bridged.
   *
   * @param bundleName the subject of the alerts; not null
   * @param scores the bundle's scores per period; not null
   */
  public static List<Alert> thresholdCrossings(String bundleName, TrendSeries<BundleScore> scores) {
    checkNotNull(bundleName, "bundleName");
    checkNotNull(scores, "scores");
    List<Alert> alerts = new ArrayList<>();
    Period lastPeriod = null;
    BundleScore last = null;
    for (Map.Entry<Period, BundleScore> entry : scores.points().entrySet()) {
      BundleScore score = entry.getValue();
      if (!isRated(score.status())) {
        continue;
      }
      if (last != null && last.status() != score.status()) {
        String direction =
            score.status().compareTo(last.status()) > 0 ? "rose" : "fell";
        alerts.add(
            new Alert(
                AlertKind.THRESHOLD_CROSSED,
                bundleName,
                entry.getKey(),
                format(
                    "bundle '%s' %s from %s (%.1f in %s) to %s (%.1f) in %s",
                    bundleName,
                    direction,
                    last.status(),
                    last.value(),
                    lastPeriod,
                    score.status(),
                    score.value(),
                    entry.getKey())));
      }
      last = score;
      lastPeriod = entry.getKey();
    }
    return ImmutableList.copyOf(alerts);
  }

  /**
   * One {@link AlertKind#SIGNIFICANT_CHANGE} alert for every significant change.
   *
   * @param metric the subject of the alerts, e.g. {@code "nps"}; not null
   * @param changes the tested changes, e.g. from {@link Trends#npsChanges}; not null
   */
  public static List<Alert> significantChanges(String metric, List<PeriodChange> changes) {
    checkNotNull(metric, "metric");
    checkNotNull(changes, "changes");
    List<Alert> alerts = new ArrayList<>();
    for (PeriodChange change : changes) {
      checkNotNull(change, "changes element");
      if (!change.isSignificant()) {
        continue;
      }
      alerts.add(
          new Alert(
              AlertKind.SIGNIFICANT_CHANGE,
              metric,
              change.to(),
              format(
                  "metric '%s' %s by %.2f from %s to %s (%s, p = %.3g)",
                  metric,
                  change.difference() >= 0 ? "rose" : "fell",
                  Math.abs(change.difference()),
                  change.from(),
                  change.to(),
                  change.comparison().method(),
                  change.comparison().pValue())));
    }
    return ImmutableList.copyOf(alerts);
  }

  private static boolean isRated(Status status) {
    return status == Status.RED || status == Status.AMBER || status == Status.GREEN;
  }
}
