package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaTest {
  private static final Sla FOUR_HOURS =
      Sla.of("first-response-4h", SlaMeasure.FIRST_RESPONSE, Duration.ofHours(4));
  private static final BusinessHours OFFICE =
      BusinessHours.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0));

  @Test
  void isMet_wallClock_targetExactlyIsMet() {
    Instant start = CoreTesting.T0;
    assertThat(FOUR_HOURS.elapsed(start, start.plus(Duration.ofHours(4))))
        .isEqualTo(Duration.ofHours(4));
    assertThat(FOUR_HOURS.isMet(start, start.plus(Duration.ofHours(4)))).isTrue();
    assertThat(FOUR_HOURS.isMet(start, start.plus(Duration.ofHours(4)).plusSeconds(1))).isFalse();
  }

  @Test
  void isMet_businessHoursOverWeekend_countsOnlyOpenTime() {
    Sla sla = FOUR_HOURS.withCalendar(OFFICE);
    // Fri 6 March 15:00 CET (14:00Z): 2 h left on Friday
    Instant ticket = Instant.parse("2026-03-06T14:00:00Z");
    // Mon 9 March 10:30 CET (09:30Z): 2 h Friday + 1.5 h Monday = 3.5 h
    Instant mondayMorning = Instant.parse("2026-03-09T09:30:00Z");
    assertThat(sla.elapsed(ticket, mondayMorning)).isEqualTo(Duration.ofMinutes(210));
    assertThat(sla.isMet(ticket, mondayMorning)).isTrue();
    // Mon 11:30 CET: 2 h + 2.5 h = 4.5 h
    assertThat(sla.isMet(ticket, Instant.parse("2026-03-09T10:30:00Z"))).isFalse();
    // Without the calendar the same answer is 67.5 h late
    assertThat(FOUR_HOURS.elapsed(ticket, mondayMorning)).isEqualTo(Duration.ofMinutes(4050));
    assertThat(sla.withoutCalendar()).isEqualTo(FOUR_HOURS);
  }

  @Test
  void of_nonPositiveTarget_throwsNamingSlaAndValue() {
    assertThatThrownBy(() -> Sla.of("fr", SlaMeasure.RESOLUTION, Duration.ZERO))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("SLA 'fr' target (PT0S) must be > PT0S");
    assertThatThrownBy(() -> Sla.of("fr", SlaMeasure.RESOLUTION, Duration.ofMinutes(-30)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("SLA 'fr' target (PT-30M) must be > PT0S");
  }

  @Test
  void of_invalidName_throws() {
    assertThatThrownBy(() -> Sla.of("4 hours", SlaMeasure.RESOLUTION, Duration.ofHours(4)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("SLA name ('4 hours') must be");
  }

  @Test
  void elapsed_endBeforeStart_throws() {
    Instant start = CoreTesting.T0;
    assertThatThrownBy(() -> FOUR_HOURS.elapsed(start, start.minusSeconds(1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("end (2026-03-02T08:59:59Z) must not be before start (2026-03-02T09:00:00Z)");
  }
}
