package dev.cem.metrics.trend;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.cem.core.Response;
import dev.cem.metrics.Comparison;
import dev.cem.metrics.Comparisons;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.NpsDifference;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.MetricBundle;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The usual trend series and their period-over-period tests. Every bucket is summarised by the
 * library's accumulators, and every test is one of {@link Comparisons}: the Wald z test for NPS,
 * the pooled two-proportion z test, Welch's t test for means. A pair of periods is skipped when a
 * side cannot be tested (empty, or fewer than 2 values for Welch).
 */
public final class Trends {
  private Trends() {}

  /**
   * The NPS per period of the responses' timestamps.
   *
   * @param responses answers on a 0..10 scale; not null
   * @throws dev.cem.core.CemArgumentException if a response is on another scale
   */
  public static TrendSeries<NpsResult> nps(
      Iterable<Response> responses, Granularity granularity, ZoneId zone) {
    return TrendSeries.collect(
        responses,
        Response::timestamp,
        granularity,
        zone,
        NpsAccumulator::create,
        (acc, r) -> {
          checkArgument(
              r.scale().min() == 0 && r.scale().max() == 10,
              "NPS response of %s to %s is on scale %s (%d..%d), expected 0..10",
              r.customer(),
              r.subject(),
              r.scale().name(),
              r.scale().min(),
              r.scale().max());
          acc.add(r.value());
        },
        NpsAccumulator::snapshot);
  }

  /** The share of items meeting {@code success} per period. */
  public static <T> TrendSeries<ProportionResult> proportion(
      Iterable<? extends T> items,
      Function<? super T, Instant> time,
      Predicate<? super T> success,
      Granularity granularity,
      ZoneId zone) {
    checkNotNull(success, "success");
    return TrendSeries.collect(
        items,
        time,
        granularity,
        zone,
        ProportionAccumulator::binary,
        (acc, item) -> acc.add(success.test(item)),
        ProportionAccumulator::snapshot);
  }

  /**
   * The mean of {@code value} per period.
   *
   * @throws dev.cem.core.CemArgumentException if a value is NaN or infinite (rejected, as {@link
   *     MomentsAccumulator#add} does)
   */
  public static <T> TrendSeries<MeanResult> mean(
      Iterable<? extends T> items,
      Function<? super T, Instant> time,
      ToDoubleFunction<? super T> value,
      Granularity granularity,
      ZoneId zone) {
    checkNotNull(value, "value");
    return TrendSeries.collect(
        items,
        time,
        granularity,
        zone,
        MomentsAccumulator::create,
        (acc, item) -> acc.add(value.applyAsDouble(item)),
        MomentsAccumulator::snapshot);
  }

  /**
   * The bundle's score per period, from the metric estimates of each period.
   *
   * @param bundle the bundle; relative normalisations need a reference, so use absolute ones;
   *     not null
   * @param estimates per period, metric id to estimate; not null
   */
  public static TrendSeries<BundleScore> bundle(
      MetricBundle bundle, TrendSeries<? extends Map<String, Estimate>> estimates) {
    checkNotNull(bundle, "bundle");
    checkNotNull(estimates, "estimates");
    return estimates.map(values -> bundle.score(values));
  }

  /**
   * Combines per-metric series into one series of metric id to estimate, for {@link #bundle}: a
   * period is present when any metric has a value there, and holds the metrics that have one
   * (the bundle's {@link dev.cem.metrics.bundle.MissingPolicy} decides about the others). Turn a
   * series of results into estimates first, e.g. {@code nps.map(NpsResult::estimate)}.
   *
   * @param byMetric metric id to its series, all of one granularity and zone; not null, may be
   *     empty
   * @param granularity the granularity of the result; not null
   * @param zone the zone of the result; not null
   * @throws dev.cem.core.CemArgumentException if a series has another granularity or zone
   */
  public static TrendSeries<Map<String, Estimate>> combine(
      Map<String, TrendSeries<Estimate>> byMetric, Granularity granularity, ZoneId zone) {
    checkNotNull(byMetric, "byMetric");
    checkNotNull(granularity, "granularity");
    checkNotNull(zone, "zone");
    TreeMap<Period, Map<String, Estimate>> points = new TreeMap<>();
    byMetric.forEach(
        (metric, series) -> {
          checkNotNull(metric, "metric id");
          checkNotNull(series, "series of " + metric);
          checkArgument(
              series.granularity() == granularity && series.zone().equals(zone),
              "series of '%s' is %s in %s, expected %s in %s",
              metric,
              series.granularity(),
              series.zone(),
              granularity,
              zone);
          series
              .points()
              .forEach(
                  (period, estimate) ->
                      points.computeIfAbsent(period, p -> new TreeMap<>()).put(metric, estimate));
        });
    TreeMap<Period, Map<String, Estimate>> frozen = new TreeMap<>();
    points.forEach((period, values) -> frozen.put(period, ImmutableSortedMap.copyOf(values)));
    return TrendSeries.of(granularity, zone, frozen);
  }

  /** Wald z tests of every period's NPS against the previous period with data. */
  public static List<PeriodChange> npsChanges(TrendSeries<NpsResult> series, double alpha) {
    checkNotNull(series, "series");
    return series.changes(
        (current, previous) ->
            current.n() == 0 || previous.n() == 0
                ? Optional.empty()
                : Optional.of(Comparisons.nps(current, previous, NpsDifference.WALD, alpha)));
  }

  /** Pooled two-proportion z tests of every period against the previous period with data. */
  public static List<PeriodChange> proportionChanges(
      TrendSeries<ProportionResult> series, double alpha) {
    checkNotNull(series, "series");
    return series.changes(
        (current, previous) ->
            current.isEmpty() || previous.isEmpty()
                ? Optional.empty()
                : Optional.of(Comparisons.proportions(current, previous, alpha)));
  }

  /** Welch t tests of every period's mean against the previous period with data. */
  public static List<PeriodChange> meanChanges(TrendSeries<MeanResult> series, double alpha) {
    checkNotNull(series, "series");
    return series.changes(
        (current, previous) ->
            current.count() < 2 || previous.count() < 2
                ? Optional.empty()
                : Optional.of(Comparisons.welch(current, previous, alpha)));
  }

  /**
   * The changes with Holm-adjusted p-values ({@link Comparisons#holm}), for when many periods are
   * tested at once.
   */
  public static List<PeriodChange> holm(List<PeriodChange> changes, double alpha) {
    checkNotNull(changes, "changes");
    List<Comparison> comparisons = new ArrayList<>();
    for (PeriodChange change : changes) {
      comparisons.add(checkNotNull(change, "changes element").comparison());
    }
    List<Comparison> adjusted = Comparisons.holm(comparisons, alpha);
    List<PeriodChange> result = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      result.add(new PeriodChange(changes.get(i).from(), changes.get(i).to(), adjusted.get(i)));
    }
    return ImmutableList.copyOf(result);
  }
}
