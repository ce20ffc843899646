package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  // 30 days = 43 200 minutes; 43.2 minutes down is 0.1%.
  @Test
  void of_thirtyDaysWith43Minutes_threeNines() {
    Availability a = Availability.of(Duration.ofDays(30), Duration.ofSeconds(2592));
    assertThat(a.ratio()).isEqualTo(0.999);
    assertThat(a.percent()).isCloseTo(99.9, within(1e-12));
  }

  @Test
  void of_downtimeAboveAgreed_rejected() {
    assertThatThrownBy(() -> Availability.of(Duration.ofHours(1), Duration.ofHours(2)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("downtime (PT2H) must be between PT0S and the agreed service time (PT1H)");
  }

  @Test
  void ofRatio_nanOrOutOfRange_rejected() {
    assertThatThrownBy(() -> Availability.ofRatio(Double.NaN))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("availability ratio (NaN) must be between 0 and 1");
    assertThatThrownBy(() -> Availability.ofRatio(1.5)).isInstanceOf(CemArgumentException.class);
  }

  @Test
  void series_productOfAvailabilities() {
    Availability a =
        Availability.series(List.of(Availability.ofRatio(0.99), Availability.ofRatio(0.999)));
    assertThat(a.ratio()).isCloseTo(0.99 * 0.999, within(1e-15));
  }

  @Test
  void parallel_oneMinusProductOfUnavailabilities() {
    Availability a =
        Availability.parallel(List.of(Availability.ofRatio(0.99), Availability.ofRatio(0.99)));
    assertThat(a.ratio()).isCloseTo(1 - 0.01 * 0.01, within(1e-15));
    assertThat(Availability.parallel(List.of()).ratio()).isZero();
    assertThat(Availability.series(List.of()).ratio()).isEqualTo(1);
  }

  @Test
  void meanTimeToRepair_meanOfDurations() {
    assertThat(Availability.meanTimeToRepair(List.of(Duration.ofMinutes(30), Duration.ofMinutes(90))))
        .contains(Duration.ofHours(1));
    assertThat(Availability.meanTimeToRepair(List.of())).isEmpty();
  }

  // (720 h - 4 h) / 3 failures = 238 h 40 min.
  @Test
  void meanTimeBetweenFailures_observedPeriod() {
    assertThat(
            Availability.meanTimeBetweenFailures(
                Duration.ofDays(30),
                List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(2))))
        .contains(Duration.ofHours(238).plusMinutes(40));
  }

  @Test
  void meanTimeBetweenFailures_instants_meanGap() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(
            Availability.meanTimeBetweenFailures(
                List.of(t0, t0.plus(Duration.ofHours(10)), t0.plus(Duration.ofHours(30)))))
        .contains(Duration.ofHours(15));
    assertThat(Availability.meanTimeBetweenFailures(List.of(t0))).isEmpty();
  }

  // MTBF 999 h, MTTR 1 h -> 0.999.
  @Test
  void fromMtbfAndMttr_steadyState() {
    assertThat(Availability.fromMtbfAndMttr(Duration.ofHours(999), Duration.ofHours(1)).ratio())
        .isEqualTo(0.999);
  }
}
