package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.BusinessHours.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples in Europe/Berlin: CET is UTC+1 and CEST is UTC+2; in 2026 clocks go forward
 * on Sunday 29 March (02:00 CET becomes 03:00 CEST) and back on Sunday 25 October (03:00 CEST
 * becomes 02:00 CET). 2 March 2026 is a Monday.
 */
class BusinessHoursTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Monday to Friday, 09:00 to 17:00 Berlin time. */
  private static final BusinessHours OFFICE =
      BusinessHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  private static LocalTime time(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  @Test
  void between_withinOneDay_countsAll() {
    // Tue 10:00 CET = 09:00Z to 12:30 CET = 11:30Z
    assertThat(OFFICE.between(utc("2026-03-03T09:00:00Z"), utc("2026-03-03T11:30:00Z")))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void between_beforeOpeningToAfterClosing_countsOpeningHoursOnly() {
    // Mon 07:00 CET to 19:00 CET: 09:00-17:00 = 8 h
    assertThat(OFFICE.between(utc("2026-03-02T06:00:00Z"), utc("2026-03-02T18:00:00Z")))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void between_overnight_skipsClosedNight() {
    // Tue 16:00 CET to Wed 10:00 CET: 16-17 + 9-10 = 2 h
    assertThat(OFFICE.between(utc("2026-03-03T15:00:00Z"), utc("2026-03-04T09:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void between_overWeekend_skipsSaturdayAndSunday() {
    // Fri 6 March 16:00 CET to Mon 9 March 10:00 CET: 1 h Friday + 1 h Monday
    assertThat(OFFICE.between(utc("2026-03-06T15:00:00Z"), utc("2026-03-09T09:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void between_withinWeekend_isZero() {
    // Sat 7 March 10:00 CET to Sun 8 March 18:00 CET
    assertThat(OFFICE.between(utc("2026-03-07T09:00:00Z"), utc("2026-03-08T17:00:00Z")))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void between_fullWeek_isFortyHours() {
    // Mon 2 March 00:00 CET to Mon 9 March 00:00 CET: 5 days of 8 h
    assertThat(OFFICE.between(utc("2026-03-01T23:00:00Z"), utc("2026-03-08T23:00:00Z")))
        .isEqualTo(Duration.ofHours(40));
  }

  @Test
  void between_closedDate_skipsIt() {
    // Wed 4 March closed; Tue 16:00 CET to Thu 10:00 CET: 1 h Tuesday + 1 h Thursday
    BusinessHours withHoliday = OFFICE.withClosedDate(LocalDate.of(2026, 3, 4));
    assertThat(withHoliday.between(utc("2026-03-03T15:00:00Z"), utc("2026-03-05T09:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(withHoliday.closedDates()).containsExactly(LocalDate.of(2026, 3, 4));
  }

  @Test
  void between_sameInstant_isZero() {
    Instant noon = utc("2026-03-03T11:00:00Z");
    assertThat(OFFICE.between(noon, noon)).isEqualTo(Duration.ZERO);
  }

  @Test
  void between_intervalToMidnight_countsToEndOfDay() {
    // Friday open 18:00-24:00; Fri 6 March 20:00 CET to Sat 01:00 CET: 20:00-24:00 = 4 h
    BusinessHours evening =
        BusinessHours.of(
            BERLIN, Map.of(DayOfWeek.FRIDAY, List.of(Interval.of(time(18, 0), LocalTime.MIDNIGHT))));
    assertThat(evening.between(utc("2026-03-06T19:00:00Z"), utc("2026-03-07T00:00:00Z")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void between_springForwardDay_allDayIs23Hours() {
    // Sun 29 March 00:00 CET = 28 March 23:00Z; Mon 30 March 00:00 CEST = 29 March 22:00Z
    BusinessHours always = BusinessHours.always(BERLIN);
    assertThat(always.between(utc("2026-03-28T23:00:00Z"), utc("2026-03-29T22:00:00Z")))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void between_springForward_intervalAcrossGapCountsRealTime() {
    // Sunday 01:00-04:00: 01:00 CET = 00:00Z, 04:00 CEST = 02:00Z, so 2 h of real time
    BusinessHours night =
        BusinessHours.of(
            BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(Interval.of(time(1, 0), time(4, 0)))));
    assertThat(night.between(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void between_springForward_openingInGapMovesForward() {
    // 02:30 does not exist on 29 March; it becomes 03:30 CEST = 01:30Z; 04:00 CEST = 02:00Z
    BusinessHours night =
        BusinessHours.of(
            BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(Interval.of(time(2, 30), time(4, 0)))));
    assertThat(night.between(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z")))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void between_fallBack_intervalAcrossRepeatedHourCountsRealTime() {
    // Sun 25 October 01:00-04:00: 01:00 CEST = 24 Oct 23:00Z, 04:00 CET = 03:00Z: 4 h
    BusinessHours night =
        BusinessHours.of(
            BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(Interval.of(time(1, 0), time(4, 0)))));
    assertThat(night.between(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void between_fallBackDay_allDayIs25Hours() {
    BusinessHours always = BusinessHours.always(BERLIN);
    // Sun 25 Oct 00:00 CEST = 24 Oct 22:00Z; Mon 26 Oct 00:00 CET = 25 Oct 23:00Z
    assertThat(always.between(utc("2026-10-24T22:00:00Z"), utc("2026-10-25T23:00:00Z")))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void between_endBeforeStart_throwsNamingBoth() {
    assertThatThrownBy(
            () -> OFFICE.between(utc("2026-03-03T10:00:00Z"), utc("2026-03-03T09:00:00Z")))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "end (2026-03-03T09:00:00Z) must not be before start (2026-03-03T10:00:00Z)");
  }

  @Test
  void between_spanOverLimit_throws() {
    assertThatThrownBy(
            () -> OFFICE.between(utc("1900-01-01T00:00:00Z"), utc("2026-01-01T00:00:00Z")))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must be at most 36600 days");
  }

  @Test
  void of_overlappingIntervals_throwsNamingDayAndIntervals() {
    assertThatThrownBy(
            () ->
                BusinessHours.of(
                    BERLIN,
                    Map.of(
                        DayOfWeek.MONDAY,
                        List.of(
                            Interval.of(time(11, 0), time(13, 0)),
                            Interval.of(time(9, 0), time(12, 0))))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("opening intervals on MONDAY (09:00-12:00 and 11:00-13:00) must not overlap");
  }

  @Test
  void of_adjacentIntervals_sortedAndCountedOnce() {
    BusinessHours split =
        BusinessHours.of(
            BERLIN,
            Map.of(
                DayOfWeek.MONDAY,
                List.of(Interval.of(time(13, 0), time(17, 0)), Interval.of(time(9, 0), time(13, 0)))));
    assertThat(split.hours(DayOfWeek.MONDAY))
        .containsExactly(Interval.of(time(9, 0), time(13, 0)), Interval.of(time(13, 0), time(17, 0)));
    assertThat(split.hours(DayOfWeek.TUESDAY)).isEmpty();
    // Mon 2 March 00:00 CET to 24:00 CET
    assertThat(split.between(utc("2026-03-01T23:00:00Z"), utc("2026-03-02T23:00:00Z")))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void of_neverOpen_throws() {
    assertThatThrownBy(() -> BusinessHours.of(BERLIN, Map.of(DayOfWeek.MONDAY, List.of())))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("business hours in Europe/Berlin must be open at least once a week");
  }

  @Test
  void intervalOf_startAfterEnd_throws() {
    assertThatThrownBy(() -> Interval.of(time(17, 0), time(9, 0)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "opening interval (17:00-09:00) must have start before end, or end 00:00 for midnight");
    assertThatThrownBy(() -> Interval.of(time(9, 0), time(9, 0)))
        .isInstanceOf(CemArgumentException.class);
  }

  @Test
  void intervalAllDay_printsTo24() {
    assertThat(Interval.allDay()).hasToString("00:00-24:00");
    assertThat(Interval.allDay().endsAtMidnight()).isTrue();
  }

  @Test
  void withDay_emptyList_closesTheDay() {
    BusinessHours noFriday = OFFICE.withDay(DayOfWeek.FRIDAY, List.of());
    assertThat(noFriday.hours(DayOfWeek.FRIDAY)).isEmpty();
    assertThat(noFriday.week()).containsOnlyKeys(
        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
  }
}
