package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.core.BusinessHours;
import dev.cem.core.Sla;
import dev.cem.core.SlaMeasure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DurationAccumulatorTest {

  // 1..100 seconds: mean 50.5 s; the values lie above 2048 ms, where the histogram keeps 3
  // significant digits, so p50 is the 50th value (50 s) within 0.1%.
  @Test
  void snapshot_oneToHundredSeconds_meanExactPercentilesWithinPrecision() {
    DurationAccumulator acc = DurationAccumulator.create();
    for (int s = 1; s <= 100; s++) {
      acc.add(Duration.ofSeconds(s));
    }
    DurationResult r = acc.snapshot();
    assertThat(r.count()).isEqualTo(100);
    assertThat(r.mean().mean()).isEqualTo(50.5);
    // Variance of 1..n is n (n + 1) / 12.
    assertThat(r.mean().variance()).isCloseTo(100.0 * 101 / 12, within(1e-9));
    assertThat(r.p50Seconds()).isCloseTo(50, within(50 * 1e-3));
    assertThat(r.p90Seconds()).isCloseTo(90, within(90 * 1e-3));
    assertThat(r.p99Seconds()).isCloseTo(99, within(99 * 1e-3));
    assertThat(r.mean().max()).isEqualTo(100.0);
    assertThat(r.slaAttainment().isEmpty()).isTrue();
  }

  @Test
  void percentiles_belowTwoSeconds_exact() {
    DurationAccumulator acc = DurationAccumulator.create();
    for (int ms = 1; ms <= 1000; ms++) {
      acc.addMillis(ms);
    }
    assertThat(acc.percentileSeconds(50)).isEqualTo(0.5);
    assertThat(acc.percentileSeconds(90)).isEqualTo(0.9);
    assertThat(acc.percentileSeconds(100)).isEqualTo(1.0);
  }

  @Test
  void add_withTarget_slaAttainmentCountsAtOrUnder() {
    DurationAccumulator acc = DurationAccumulator.create();
    Duration target = Duration.ofMinutes(5);
    acc.add(Duration.ofMinutes(4), target);
    acc.add(Duration.ofMinutes(5), target);
    acc.add(Duration.ofMinutes(6), target);
    acc.add(Duration.ofMinutes(1));
    DurationResult r = acc.snapshot();
    assertThat(r.slaAttainment()).isEqualTo(ProportionResult.of(2, 3));
    assertThat(r.count()).isEqualTo(4);
  }

  @Test
  void snapshot_empty_isEmptyWithNaNPercentiles() {
    DurationResult r = DurationAccumulator.create().snapshot();
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.meanEstimate().isEmpty()).isTrue();
    assertThat(r.p50Seconds()).isNaN();
    assertThat(r.p50()).isEmpty();
  }

  @Test
  void add_negative_rejected() {
    DurationAccumulator acc = DurationAccumulator.create();
    assertThatThrownBy(() -> acc.add(Duration.ofSeconds(-1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("duration (PT-1S) must be between PT0S and");
    assertThatThrownBy(() -> acc.addMillis(DurationAccumulator.MAX_MILLIS + 1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must be between 0 and 1099511627775");
    assertThat(acc.isEmpty()).isTrue();
  }

  @Test
  void addAll_oneNegative_nothingAdded() {
    DurationAccumulator acc = DurationAccumulator.create();
    assertThatThrownBy(() -> acc.addAll(Duration.ofSeconds(1), Duration.ofSeconds(-2)))
        .isInstanceOf(CemArgumentException.class);
    assertThat(acc.isEmpty()).isTrue();
    acc.addAll(Duration.ofSeconds(1), Duration.ofSeconds(3));
    assertThat(acc.snapshot().mean().mean()).isEqualTo(2.0);
    assertThat(acc.snapshot().slaAttainment().isEmpty()).isTrue();
  }

  @Test
  void add_subMillisecond_truncated() {
    DurationAccumulator acc = DurationAccumulator.create();
    acc.add(Duration.ofNanos(1_999_999));
    assertThat(acc.snapshot().mean().mean()).isEqualTo(0.001);
  }

  @Test
  void merge_otherPrecision_rejected() {
    DurationAccumulator three = DurationAccumulator.create();
    DurationAccumulator two = DurationAccumulator.create(2);
    two.addMillis(5);
    assertThatThrownBy(() -> three.merge(two))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("cannot merge durations with 2 significant digits into durations with 3");
  }

  @Test
  void merge_self_rejected() {
    DurationAccumulator acc = DurationAccumulator.create();
    assertThatThrownBy(() -> acc.merge(acc)).isInstanceOf(CemStateException.class);
  }

  @Test
  void merge_split_equalsSequential() {
    DurationAccumulator all = DurationAccumulator.create();
    DurationAccumulator a = DurationAccumulator.create();
    DurationAccumulator b = DurationAccumulator.create();
    for (int i = 0; i < 500; i++) {
      long ms = (i * 7919L) % 100_000;
      all.addMillis(ms, 50_000);
      (i % 2 == 0 ? a : b).addMillis(ms, 50_000);
    }
    a.merge(b);
    a.merge(DurationAccumulator.create());
    DurationResult merged = a.snapshot();
    DurationResult sequential = all.snapshot();
    assertThat(merged.p50Seconds()).isEqualTo(sequential.p50Seconds());
    assertThat(merged.p99Seconds()).isEqualTo(sequential.p99Seconds());
    assertThat(merged.slaAttainment()).isEqualTo(sequential.slaAttainment());
    assertThat(merged.mean().mean()).isEqualTo(sequential.mean().mean());
    assertThat(merged.mean().variance())
        .isCloseTo(sequential.mean().variance(), within(1e-12 * sequential.mean().variance()));
  }

  @Test
  void create_badDigits_rejected() {
    assertThatThrownBy(() -> DurationAccumulator.create(6))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("significantDigits (6) must be between 1 and 5");
  }

  @Test
  void add_slaWithBusinessHours_countsOnlyBusinessTime() {
    // Mon-Fri 09:00-17:00 in Berlin (UTC+1 in January). Friday 2026-01-09 16:00 to Monday
    // 2026-01-12 10:00 local is 66 h on the wall clock but 1 h (Fri) + 1 h (Mon) = 2 h of
    // business time, so a 4 h resolution SLA is met and a 1 h one is missed.
    BusinessHours hours =
        BusinessHours.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0));
    Instant start = Instant.parse("2026-01-09T15:00:00Z");
    Instant end = Instant.parse("2026-01-12T09:00:00Z");
    Sla fourHours = Sla.of("resolution-4h", SlaMeasure.RESOLUTION, Duration.ofHours(4))
        .withCalendar(hours);
    Sla oneHour = Sla.of("resolution-1h", SlaMeasure.RESOLUTION, Duration.ofHours(1))
        .withCalendar(hours);
    DurationAccumulator acc = DurationAccumulator.create();
    acc.add(start, end, fourHours);
    acc.add(start, end, oneHour);

    DurationResult r = acc.snapshot();
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.mean().mean()).isEqualTo(2 * 3600.0);
    assertThat(r.slaAttainment()).isEqualTo(ProportionResult.of(1, 2));
  }

  @Test
  void add_slaEndBeforeStart_rejected() {
    Sla sla = Sla.of("first-response", SlaMeasure.FIRST_RESPONSE, Duration.ofMinutes(30));
    Instant t = Instant.parse("2026-01-09T15:00:00Z");
    assertThatThrownBy(() -> DurationAccumulator.create().add(t, t.minusSeconds(1), sla))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must not be before start");
  }
}
