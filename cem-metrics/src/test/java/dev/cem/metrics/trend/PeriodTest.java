package dev.cem.metrics.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static Stream<Arguments> isoWeeks() {
    return Stream.of(
        // 2026 starts on a Thursday, so it has 53 weeks; its last week runs into 2027
        Arguments.of("2026-12-31", "2026-W53", "2026-12-28"),
        Arguments.of("2027-01-01", "2026-W53", "2026-12-28"),
        Arguments.of("2027-01-03", "2026-W53", "2026-12-28"),
        Arguments.of("2027-01-04", "2027-W01", "2027-01-04"),
        // week 1 of 2026 holds Thursday 1 January and starts on Monday 29 December 2025
        Arguments.of("2025-12-29", "2026-W01", "2025-12-29"),
        Arguments.of("2025-12-28", "2025-W52", "2025-12-22"),
        // 2020 (leap year starting on a Wednesday) also has 53 weeks
        Arguments.of("2021-01-03", "2020-W53", "2020-12-28"),
        Arguments.of("2026-03-02", "2026-W10", "2026-03-02"));
  }

  @ParameterizedTest
  @MethodSource("isoWeeks")
  void containing_isoWeek_labelAndMonday(String date, String label, String monday) {
    Period week = Period.containing(LocalDate.parse(date), Granularity.ISO_WEEK);
    assertThat(week.label()).isEqualTo(label);
    assertThat(week.start()).isEqualTo(LocalDate.parse(monday));
    assertThat(week.endExclusive()).isEqualTo(LocalDate.parse(monday).plusDays(7));
  }

  @Test
  void label_dayAndMonth_isoDates() {
    assertThat(Period.containing(LocalDate.of(2026, 12, 31), Granularity.DAY).label())
        .isEqualTo("2026-12-31");
    assertThat(Period.containing(LocalDate.of(2026, 2, 14), Granularity.MONTH).label())
        .isEqualTo("2026-02");
    assertThat(Period.containing(LocalDate.of(2026, 2, 14), Granularity.MONTH).endExclusive())
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void startIn_springForwardDay_has23Hours() {
    // Berlin: 29 March 2026, 02:00 CET -> 03:00 CEST
    Period day = Period.containing(LocalDate.of(2026, 3, 29), Granularity.DAY);
    assertThat(day.startIn(BERLIN)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    assertThat(day.endIn(BERLIN)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    assertThat(Duration.between(day.startIn(BERLIN), day.endIn(BERLIN))).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void startIn_fallBackDay_has25Hours() {
    // Berlin: 25 October 2026, 03:00 CEST -> 02:00 CET
    Period day = Period.containing(LocalDate.of(2026, 10, 25), Granularity.DAY);
    assertThat(Duration.between(day.startIn(BERLIN), day.endIn(BERLIN))).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void containing_instantAroundDst_bucketsByLocalDate() {
    // 23:30 UTC on 28 March is 00:30 CET on 29 March in Berlin
    Instant t = Instant.parse("2026-03-28T23:30:00Z");
    assertThat(Period.containing(t, BERLIN, Granularity.DAY).label()).isEqualTo("2026-03-29");
    assertThat(Period.containing(t, ZoneOffset.UTC, Granularity.DAY).label()).isEqualTo("2026-03-28");
    // 22:30 UTC on 29 March is 00:30 CEST on 30 March (the offset changed during the day)
    assertThat(Period.containing(Instant.parse("2026-03-29T22:30:00Z"), BERLIN, Granularity.DAY).label())
        .isEqualTo("2026-03-30");
    assertThat(Period.containing(Instant.parse("2026-03-29T21:59:59Z"), BERLIN, Granularity.DAY).label())
        .isEqualTo("2026-03-29");
  }

  @Test
  void containing_yearEndInstant_dependsOnZone() {
    Instant t = Instant.parse("2026-12-31T23:30:00Z");
    // Tokyo is 08:30 on 1 January 2027: another month, the same ISO week
    assertThat(Period.containing(t, ZoneId.of("Asia/Tokyo"), Granularity.MONTH).label()).isEqualTo("2027-01");
    assertThat(Period.containing(t, ZoneOffset.UTC, Granularity.MONTH).label()).isEqualTo("2026-12");
    assertThat(Period.containing(t, ZoneId.of("Asia/Tokyo"), Granularity.ISO_WEEK).label()).isEqualTo("2026-W53");
    // 05:00 UTC on Monday 4 January 2027 is still Sunday evening in Los Angeles
    Instant monday = Instant.parse("2027-01-04T05:00:00Z");
    assertThat(Period.containing(monday, ZoneId.of("America/Los_Angeles"), Granularity.ISO_WEEK).label())
        .isEqualTo("2026-W53");
    assertThat(Period.containing(monday, ZoneOffset.UTC, Granularity.ISO_WEEK).label()).isEqualTo("2027-W01");
  }

  @Test
  void nextAndPrevious_crossYear() {
    Period w53 = Period.containing(LocalDate.of(2026, 12, 31), Granularity.ISO_WEEK);
    assertThat(w53.next().label()).isEqualTo("2027-W01");
    assertThat(w53.next().previous()).isEqualTo(w53);
    Period december = Period.containing(LocalDate.of(2026, 12, 5), Granularity.MONTH);
    assertThat(december.next().label()).isEqualTo("2027-01");
  }

  @Test
  void new_weekNotMonday_rejected() {
    assertThatThrownBy(() -> new Period(Granularity.ISO_WEEK, LocalDate.of(2026, 12, 31)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("start of an ISO week (2026-12-31) must be a Monday, not a THURSDAY");
  }

  @Test
  void new_monthNotFirst_rejected() {
    assertThatThrownBy(() -> new Period(Granularity.MONTH, LocalDate.of(2026, 12, 2)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("start of a month (2026-12-02) must be the 1st");
  }

  @Test
  void compareTo_ordersByStart() {
    Period a = Period.containing(LocalDate.of(2026, 1, 1), Granularity.DAY);
    assertThat(a.compareTo(a.next())).isNegative();
    assertThat(a.toString()).isEqualTo("2026-01-01");
  }
}
