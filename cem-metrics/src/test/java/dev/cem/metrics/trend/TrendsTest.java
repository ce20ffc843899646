package dev.cem.metrics.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CustomerId;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.Subject;
import dev.cem.metrics.Comparisons;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.bundle.Normalisation;
import dev.cem.metrics.bundle.Status;
import dev.cem.metrics.bundle.Thresholds;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Monday of 2026-W10, 10:00 Berlin. */
  private static final Instant W10 = Instant.parse("2026-03-02T09:00:00Z");

  private static final Instant W11 = W10.plus(Duration.ofDays(7));

  private static void addNps(List<Response> list, Instant at, int promoters, int passives, int detractors) {
    int k = list.size();
    for (int i = 0; i < promoters + passives + detractors; i++) {
      int value = i < promoters ? 10 : i < promoters + passives ? 7 : 3;
      list.add(
          Response.of(CustomerId.of("c" + (k + i)), Subject.touchpoint("app"), at.plusSeconds(i), Scale.NPS, value));
    }
  }

  /** Week 10: 60 promoters, 20 passives, 20 detractors (NPS 40); week 11: 30, 20, 50 (NPS -20). */
  private static List<Response> twoWeeks() {
    List<Response> responses = new ArrayList<>();
    addNps(responses, W10, 60, 20, 20);
    addNps(responses, W11, 30, 20, 50);
    return responses;
  }

  @Test
  void nps_weekly_countsPerWeek() {
    TrendSeries<NpsResult> series = Trends.nps(twoWeeks(), Granularity.ISO_WEEK, BERLIN);
    assertThat(series.periods()).extracting(Period::label).containsExactly("2026-W10", "2026-W11");
    NpsResult w10 = series.points().get(series.periods().get(0));
    assertThat(w10.promoters()).isEqualTo(60);
    assertThat(w10.estimate().value()).isCloseTo(100.0 * (60 - 20) / 100, within(1e-12));
    assertThat(series.points().get(series.periods().get(1)).estimate().value())
        .isCloseTo(100.0 * (30 - 50) / 100, within(1e-12));
  }

  @Test
  void npsChanges_drop_significantThroughComparisons() {
    TrendSeries<NpsResult> series = Trends.nps(twoWeeks(), Granularity.ISO_WEEK, BERLIN);
    List<PeriodChange> changes = Trends.npsChanges(series, 0.05);
    assertThat(changes).hasSize(1);
    PeriodChange change = changes.get(0);
    assertThat(change.from().label()).isEqualTo("2026-W10");
    assertThat(change.to().label()).isEqualTo("2026-W11");
    // -20 - 40
    assertThat(change.difference()).isCloseTo(-60, within(1e-9));
    assertThat(change.isSignificant()).isTrue();
    assertThat(change.comparison().method()).isEqualTo("nps-wald-z");
    assertThat(change.comparison())
        .isEqualTo(
            Comparisons.nps(
                NpsResult.of(30, 20, 50), NpsResult.of(60, 20, 20), dev.cem.metrics.NpsDifference.WALD, 0.05));
  }

  @Test
  void npsChanges_gapWeek_comparesWithLastWeekWithData() {
    List<Response> responses = new ArrayList<>();
    addNps(responses, W10, 5, 0, 5);
    addNps(responses, W10.plus(Duration.ofDays(21)), 5, 0, 5);
    TrendSeries<NpsResult> series = Trends.nps(responses, Granularity.ISO_WEEK, ZoneOffset.UTC);
    // no zero-filled weeks 11 and 12
    assertThat(series.size()).isEqualTo(2);
    List<PeriodChange> changes = Trends.npsChanges(series, 0.05);
    assertThat(changes.get(0).from().label()).isEqualTo("2026-W10");
    assertThat(changes.get(0).to().label()).isEqualTo("2026-W13");
    assertThat(changes.get(0).isSignificant()).isFalse();
  }

  @Test
  void nps_otherScale_rejected() {
    Response csat = Response.of(CustomerId.of("c"), Subject.touchpoint("app"), W10, Scale.CSAT, 5);
    assertThatThrownBy(() -> Trends.nps(List.of(csat), Granularity.DAY, BERLIN))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("is on scale csat (1..5), expected 0..10");
  }

  @Test
  void nps_noResponses_emptySeries() {
    assertThat(Trends.nps(List.of(), Granularity.MONTH, BERLIN).isEmpty()).isTrue();
    assertThat(Trends.npsChanges(Trends.nps(List.of(), Granularity.MONTH, BERLIN), 0.05)).isEmpty();
  }

  @Test
  void proportion_dailyAcrossDst_bucketsInZone() {
    // 22:30 UTC on 28 March (23:30 CET, the 28th) and 23:30 UTC (00:30 CET, the 29th)
    List<Instant> times =
        List.of(
            Instant.parse("2026-03-28T22:30:00Z"),
            Instant.parse("2026-03-28T23:30:00Z"),
            Instant.parse("2026-03-29T21:30:00Z"));
    TrendSeries<ProportionResult> series =
        Trends.proportion(times, t -> t, t -> t.getEpochSecond() % 2 == 0, Granularity.DAY, BERLIN);
    assertThat(series.periods()).extracting(Period::label).containsExactly("2026-03-28", "2026-03-29");
    assertThat(series.points().get(series.periods().get(1)).trials()).isEqualTo(2);
  }

  @Test
  void meanChanges_singleValuePeriod_skipped() {
    List<Instant> times = List.of(W10, W11, W11.plusSeconds(5));
    TrendSeries<MeanResult> series =
        Trends.mean(times, t -> t, t -> t.getEpochSecond() % 7, Granularity.ISO_WEEK, BERLIN);
    assertThat(series.size()).isEqualTo(2);
    assertThat(Trends.meanChanges(series, 0.05)).isEmpty();
  }

  @Test
  void mean_nanValue_rejected() {
    assertThatThrownBy(
            () -> Trends.mean(List.of(W10), t -> t, t -> Double.NaN, Granularity.DAY, BERLIN))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void holm_twoChanges_adjustsPValues() {
    List<Response> responses = twoWeeks();
    addNps(responses, W11.plus(Duration.ofDays(7)), 31, 20, 49);
    List<PeriodChange> raw = Trends.npsChanges(Trends.nps(responses, Granularity.ISO_WEEK, BERLIN), 0.05);
    List<PeriodChange> adjusted = Trends.holm(raw, 0.05);
    assertThat(adjusted).hasSize(2);
    // the smaller p-value is multiplied by m = 2, the larger by 1 (then made monotone)
    assertThat(adjusted.get(0).comparison().pValue())
        .isCloseTo(Math.min(1, 2 * raw.get(0).comparison().pValue()), within(1e-15));
    assertThat(adjusted.get(0).isSignificant()).isTrue();
    assertThat(adjusted.get(1).isSignificant()).isFalse();
  }

  // ---- bundles and alerts ---------------------------------------------------------------------

  private static final MetricBundle FCR_BUNDLE =
      MetricBundle.builder("service")
          .component("fcr", 1, Normalisation.identity())
          .thresholds(Thresholds.of(60, 80))
          .build();

  private static TrendSeries<Map<String, Estimate>> fcrWeeks(double... values) {
    Map<Period, Map<String, Estimate>> points = new LinkedHashMap<>();
    Period week = Period.containing(LocalDate.of(2026, 12, 14), Granularity.ISO_WEEK);
    for (double v : values) {
      points.put(week, Map.of("fcr", Estimate.of(v, 1, v - 2, v + 2, 0.95, 200, "wilson")));
      week = week.next();
    }
    return TrendSeries.of(Granularity.ISO_WEEK, BERLIN, points);
  }

  @Test
  void thresholdCrossings_statusChanges_oneAlertEach() {
    // GREEN, AMBER, AMBER, RED, GREEN in weeks 51, 52, 53, 2027-W01, W02
    TrendSeries<BundleScore> scores = Trends.bundle(FCR_BUNDLE, fcrWeeks(85, 70, 72, 50, 90));
    assertThat(scores.points().values()).extracting(BundleScore::status)
        .containsExactly(Status.GREEN, Status.AMBER, Status.AMBER, Status.RED, Status.GREEN);
    List<Alert> alerts = Alerts.thresholdCrossings("service", scores);
    assertThat(alerts).extracting(a -> a.period().label()).containsExactly("2026-W52", "2027-W01", "2027-W02");
    assertThat(alerts).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AlertKind.THRESHOLD_CROSSED));
    assertThat(alerts.get(0).message())
        .isEqualTo("bundle 'service' fell from GREEN (85.0 in 2026-W51) to AMBER (70.0) in 2026-W52");
    assertThat(alerts.get(2).message()).startsWith("bundle 'service' rose from RED (50.0 in 2027-W01)");
  }

  @Test
  void thresholdCrossings_stableStatus_noAlert() {
    assertThat(Alerts.thresholdCrossings("service", Trends.bundle(FCR_BUNDLE, fcrWeeks(81, 99, 85)))).isEmpty();
  }

  @Test
  void significantChanges_onlySignificantOnesAlert() {
    List<PeriodChange> changes =
        Trends.npsChanges(Trends.nps(twoWeeks(), Granularity.ISO_WEEK, BERLIN), 0.05);
    List<Alert> alerts = Alerts.significantChanges("nps", changes);
    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.kind()).isEqualTo(AlertKind.SIGNIFICANT_CHANGE);
    assertThat(alert.subject()).isEqualTo("nps");
    assertThat(alert.period().label()).isEqualTo("2026-W11");
    assertThat(alert.message()).startsWith("metric 'nps' fell by 60.00 from 2026-W10 to 2026-W11 (nps-wald-z, p = ");
  }

  @Test
  void combine_twoMetrics_unionOfPeriodsIntoBundle() {
    Period w51 = Period.containing(LocalDate.of(2026, 12, 14), Granularity.ISO_WEEK);
    Estimate e90 = Estimate.of(90, 1, 88, 92, 0.95, 100, "wilson");
    Estimate e40 = Estimate.of(40, 5, 30, 50, 0.95, 100, "nps");
    TrendSeries<Estimate> fcr = TrendSeries.of(Granularity.ISO_WEEK, BERLIN, Map.of(w51, e90, w51.next(), e90));
    TrendSeries<Estimate> nps = TrendSeries.of(Granularity.ISO_WEEK, BERLIN, Map.of(w51.next(), e40));
    TrendSeries<Map<String, Estimate>> combined =
        Trends.combine(Map.of("fcr", fcr, "nps", nps), Granularity.ISO_WEEK, BERLIN);
    assertThat(combined.periods()).containsExactly(w51, w51.next());
    assertThat(combined.get(w51).orElseThrow()).containsOnlyKeys("fcr");
    assertThat(combined.get(w51.next()).orElseThrow()).containsOnlyKeys("fcr", "nps");
    assertThat(Trends.bundle(FCR_BUNDLE, combined).get(w51).orElseThrow().value()).isCloseTo(90, within(1e-9));
  }

  @Test
  void combine_otherZone_rejected() {
    TrendSeries<Estimate> utc = TrendSeries.of(Granularity.DAY, ZoneOffset.UTC, Map.of());
    assertThatThrownBy(() -> Trends.combine(Map.of("fcr", utc), Granularity.DAY, BERLIN))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("series of 'fcr' is DAY in Z, expected DAY in Europe/Berlin");
  }

  @Test
  void of_periodOfOtherGranularity_rejected() {
    Map<Period, String> points = Map.of(Period.containing(LocalDate.of(2026, 1, 1), Granularity.DAY), "x");
    assertThatThrownBy(() -> TrendSeries.of(Granularity.MONTH, BERLIN, points))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("period 2026-01-01 has granularity DAY, expected MONTH");
  }
}
