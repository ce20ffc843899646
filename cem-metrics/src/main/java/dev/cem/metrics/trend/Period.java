package dev.cem.metrics.trend;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * One bucket of a trend: a day, an ISO week or a month, identified by its first date. A period is
 * a span of local dates; {@link #startIn} and {@link #endIn} turn it into instants in a given
 * time zone, so a day spans 23 or 25 hours when daylight saving time starts or ends.
 *
 * <p>ISO weeks follow ISO 8601 ({@link IsoFields}): weeks start on Monday and week 1 is the week
 * with the year's first Thursday, so 2026-12-31 and 2027-01-01 are in 2026-W53 and 2025-12-29 is in
 * 2026-W01.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Periods order by
 * granularity, then start date.
 *
 * @param granularity day, ISO week or month; not null
 * @param start the first date: any date for a day, a Monday for a week, the 1st for a month; not
 *     null
 */
public record Period(Granularity granularity, LocalDate start) implements Comparable<Period> {

  /** @throws dev.cem.core.CemArgumentException if the start is not the first date of its period */
  public Period {
    checkNotNull(granularity, "granularity");
    checkNotNull(start, "start");
    checkArgument(
        granularity != Granularity.ISO_WEEK || start.getDayOfWeek() == DayOfWeek.MONDAY,
        "start of an ISO week (%s) must be a Monday, not a %s",
        start,
        start.getDayOfWeek());
    checkArgument(
        granularity != Granularity.MONTH || start.getDayOfMonth() == 1,
        "start of a month (%s) must be the 1st",
        start);
  }

  /** The period of the given granularity that contains the date. */
  public static Period containing(LocalDate date, Granularity granularity) {
    checkNotNull(date, "date");
    checkNotNull(granularity, "granularity");
    switch (granularity) {
      case DAY:
        return new Period(granularity, date);
      case ISO_WEEK:
        return new Period(granularity, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      default:
        return new Period(granularity, date.withDayOfMonth(1));
    }
  }

  /** The period that contains the instant in the zone. */
  public static Period containing(Instant instant, ZoneId zone, Granularity granularity) {
    checkNotNull(instant, "instant");
    checkNotNull(zone, "zone");
    return containing(LocalDate.ofInstant(instant, zone), granularity);
  }

  /** The first date after the period. */
  public LocalDate endExclusive() {
    switch (granularity) {
      case DAY:
        return start.plusDays(1);
      case ISO_WEEK:
        return start.plusWeeks(1);
      default:
        return start.plusMonths(1);
    }
  }

  /** The next period of the same granularity. */
  public Period next() {
    return new Period(granularity, endExclusive());
  }

  /** The previous period of the same granularity. */
  public Period previous() {
    switch (granularity) {
      case DAY:
        return new Period(granularity, start.minusDays(1));
      case ISO_WEEK:
        return new Period(granularity, start.minusWeeks(1));
      default:
        return new Period(granularity, start.minusMonths(1));
    }
  }

  /** The first instant of the period in the zone (the start of its first day there). */
  public Instant startIn(ZoneId zone) {
    return start.atStartOfDay(checkNotNull(zone, "zone")).toInstant();
  }

  /** The first instant after the period in the zone. */
  public Instant endIn(ZoneId zone) {
    return endExclusive().atStartOfDay(checkNotNull(zone, "zone")).toInstant();
  }

  /** True if the instant falls in this period in the zone. */
  public boolean contains(Instant instant, ZoneId zone) {
    return containing(instant, zone, granularity).equals(this);
  }

  /**
   * The label: {@code 2026-12-31} for a day, {@code 2026-W53} for an ISO week (week-based year,
   * two-digit week), {@code 2026-12} for a month.
   */
  public String label() {
    switch (granularity) {
      case DAY:
        return start.toString();
      case ISO_WEEK:
        return format(
            "%d-W%02d",
            start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default:
        return format("%d-%02d", start.getYear(), start.getMonthValue());
    }
  }

  @Override
  public int compareTo(Period other) {
    int c = granularity.compareTo(other.granularity);
    return c != 0 ? c : start.compareTo(other.start);
  }

  /** Returns the {@link #label()}. */
  @Override
  public String toString() {
    return label();
  }
}
