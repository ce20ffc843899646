package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkSize;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business-hours calendar: for each day of the week the intervals when the company is open, in
 * a time zone, plus dates on which it is closed (public holidays).
 *
 * <h3>Counting business time</h3>
 *
 * {@link #between} counts the real elapsed time that falls inside open intervals. Each interval
 * is turned into two instants with {@link ZonedDateTime#of}: a local time that does not exist on
 * the day clocks go forward moves forward by the length of the gap, and an ambiguous local time
 * on the day clocks go back takes the earlier offset. So on the day clocks go forward an interval
 * 01:00 to 04:00 counts 2 hours, and on the day they go back 4 hours.
 *
 * <p>An interval that ends at {@link LocalTime#MIDNIGHT} ends at the start of the next day, so
 * {@code 00:00-00:00} is the whole day.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param zone the time zone the hours are given in; not null
 * @param week the open intervals of each day, sorted and not overlapping; days not in the map are
 *     closed; not null
 * @param closedDates dates on which the company is closed all day; not null
 */
public record BusinessHours(
    ZoneId zone, Map<DayOfWeek, List<Interval>> week, Set<LocalDate> closedDates) {

  /** The most closed dates a calendar may hold (about 30 years of holidays). */
  public static final int MAX_CLOSED_DATES = 1_000;
  /** The longest span {@link #between} measures, in days. */
  public static final long MAX_SPAN_DAYS = 100L * 366;

  /**
   * An opening interval within one day, from {@code start} inclusive to {@code end} exclusive;
   * an end of {@link LocalTime#MIDNIGHT} means the end of the day.
   *
   * <p>This class is immutable and thread-safe; treat it as a value type.
   *
   * @param start the opening time; not null
   * @param end the closing time, after start, or midnight for the end of the day; not null
   */
  public record Interval(LocalTime start, LocalTime end) {

    /** @throws CemArgumentException unless start is before end (or end is midnight) */
    public Interval {
      checkNotNull(start, "start");
      checkNotNull(end, "end");
      checkArgument(
          start.isBefore(end) || end.equals(LocalTime.MIDNIGHT),
          "opening interval (%s-%s) must have start before end, or end 00:00 for midnight",
          start,
          end);
    }

    /** Returns the interval from {@code start} to {@code end}; both not null. */
    public static Interval of(LocalTime start, LocalTime end) {
      return new Interval(start, end);
    }

    /** Returns the interval {@code 00:00-00:00}, the whole day. */
    public static Interval allDay() {
      return new Interval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** True if the interval runs to the end of the day. */
    public boolean endsAtMidnight() {
      return end.equals(LocalTime.MIDNIGHT);
    }

    /** Returns {@code "09:00-17:00"}, with {@code 24:00} for the end of the day. */
    @Override
    public String toString() {
      return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
    }
  }

  /**
   * Validates and copies the schedule.
   *
   * @throws CemArgumentException if intervals of a day overlap, the week has no open interval at
   *     all, or there are too many closed dates
   */
  public BusinessHours {
    checkNotNull(zone, "zone");
    checkNotNull(week, "week");
    checkNotNull(closedDates, "closedDates");
    ImmutableSortedMap.Builder<DayOfWeek, List<Interval>> days = ImmutableSortedMap.naturalOrder();
    week.forEach(
        (day, intervals) -> {
          checkNotNull(day, "day");
          List<Interval> sorted = new ArrayList<>(checkNotNull(intervals, "intervals"));
          sorted.forEach(interval -> checkNotNull(interval, "interval"));
          sorted.sort(Comparator.comparing(Interval::start));
          for (int i = 1; i < sorted.size(); i++) {
            Interval previous = sorted.get(i - 1);
            Interval next = sorted.get(i);
            checkArgument(
                !previous.endsAtMidnight() && !previous.end().isAfter(next.start()),
                "opening intervals on %s (%s and %s) must not overlap",
                day,
                previous,
                next);
          }
          if (!sorted.isEmpty()) {
            days.put(day, ImmutableList.copyOf(sorted));
          }
        });
    week = days.build();
    checkArgument(
        !week.isEmpty(), "business hours in %s must be open at least once a week", zone);
    checkSize(closedDates.size(), MAX_CLOSED_DATES, "closed dates");
    closedDates = ImmutableSortedSet.copyOf(closedDates);
  }

  /**
   * Returns a calendar with the given weekly schedule and no closed dates.
   *
   * @param zone the time zone; not null
   * @param week intervals per day; days missing or with an empty list are closed; not null
   */
  public static BusinessHours of(ZoneId zone, Map<DayOfWeek, List<Interval>> week) {
    return new BusinessHours(zone, week, Set.of());
  }

  /**
   * Returns a calendar open Monday to Friday from {@code open} to {@code close}.
   *
   * @param zone the time zone; not null
   * @param open the opening time; not null
   * @param close the closing time, after open, or midnight; not null
   */
  public static BusinessHours weekdays(ZoneId zone, LocalTime open, LocalTime close) {
    checkNotNull(zone, "zone");
    Interval hours = Interval.of(open, close);
    Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        week.put(day, List.of(hours));
      }
    }
    return of(zone, week);
  }

  /** Returns a calendar open around the clock, every day, in the given zone. */
  public static BusinessHours always(ZoneId zone) {
    Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, List.of(Interval.allDay()));
    }
    return of(zone, week);
  }

  /** Returns a copy with the given day's intervals replaced (an empty list closes the day). */
  public BusinessHours withDay(DayOfWeek day, List<Interval> intervals) {
    checkNotNull(day, "day");
    checkNotNull(intervals, "intervals");
    Map<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
    copy.putAll(week);
    copy.put(day, intervals);
    return new BusinessHours(zone, copy, closedDates);
  }

  /** Returns a copy that is also closed on the given date. */
  public BusinessHours withClosedDate(LocalDate date) {
    checkNotNull(date, "date");
    return new BusinessHours(
        zone,
        week,
        ImmutableSortedSet.<LocalDate>naturalOrder().addAll(closedDates).add(date).build());
  }

  /** The open intervals of a day of the week, empty if closed. */
  public List<Interval> hours(DayOfWeek day) {
    return week.getOrDefault(checkNotNull(day, "day"), List.of());
  }

  /**
   * Returns the business time between two instants: the part of {@code [start, end)} that falls
   * in open intervals on days that are not closed. Runs in time linear in the number of days
   * spanned.
   *
   * @param start the start; not null
   * @param end the end, not before start; not null
   * @throws CemArgumentException if end is before start or the span exceeds {@value
   *     #MAX_SPAN_DAYS} days
   */
  public Duration between(Instant start, Instant end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(start), "end (%s) must not be before start (%s)", end, start);
    LocalDate first = start.atZone(zone).toLocalDate();
    LocalDate last = end.atZone(zone).toLocalDate();
    long days = ChronoUnit.DAYS.between(first, last);
    checkArgument(
        days <= MAX_SPAN_DAYS,
        "span from %s to %s (%d days) must be at most %d days",
        start,
        end,
        days,
        MAX_SPAN_DAYS);
    Duration total = Duration.ZERO;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      if (closedDates.contains(date)) {
        continue;
      }
      for (Interval interval : hours(date.getDayOfWeek())) {
        Instant open = ZonedDateTime.of(date, interval.start(), zone).toInstant();
        Instant close =
            interval.endsAtMidnight()
                ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, interval.end(), zone).toInstant();
        Instant from = open.isAfter(start) ? open : start;
        Instant to = close.isBefore(end) ? close : end;
        if (to.isAfter(from)) {
          total = total.plus(Duration.between(from, to));
        }
      }
    }
    return total;
  }
}
