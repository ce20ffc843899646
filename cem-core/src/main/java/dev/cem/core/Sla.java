package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkPositive;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A service-level agreement agreed in advance: "first response within 4 business hours",
 * "resolution within 2 days".
 *
 * <p>Without a calendar, elapsed time is wall-clock time; with a {@link BusinessHours} calendar
 * only business time counts.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param name the SLA's identifier, e.g. {@code "first-response-4h"}; not null
 * @param measure what is measured; not null
 * @param target the longest elapsed time that meets the SLA, greater than zero; not null
 * @param calendar the business-hours calendar, or empty for wall-clock time; not null
 */
public record Sla(
    String name, SlaMeasure measure, Duration target, Optional<BusinessHours> calendar) {

  /** @throws CemArgumentException if the name is invalid or the target is not positive */
  public Sla {
    checkId(name, "SLA name");
    checkNotNull(measure, "measure");
    checkPositive(target, "SLA '" + name + "' target");
    checkNotNull(calendar, "calendar");
  }

  /**
   * Returns an SLA measured in wall-clock time.
   *
   * @param name the identifier; not null
   * @param measure what is measured; not null
   * @param target the target, greater than zero; not null
   */
  public static Sla of(String name, SlaMeasure measure, Duration target) {
    return new Sla(name, measure, target, Optional.empty());
  }

  /** Returns a copy that counts only business time of the given calendar. */
  public Sla withCalendar(BusinessHours newCalendar) {
    return new Sla(name, measure, target, Optional.of(checkNotNull(newCalendar, "newCalendar")));
  }

  /** Returns a copy that counts wall-clock time. */
  public Sla withoutCalendar() {
    return new Sla(name, measure, target, Optional.empty());
  }

  /**
   * Returns the time that counts against this SLA between two instants: business time if a
   * calendar is set, wall-clock time otherwise.
   *
   * @param start e.g. when the customer got in touch; not null
   * @param end e.g. the first response; not before start; not null
   * @throws CemArgumentException if end is before start
   */
  public Duration elapsed(Instant start, Instant end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(start), "end (%s) must not be before start (%s)", end, start);
    return calendar.map(c -> c.between(start, end)).orElseGet(() -> Duration.between(start, end));
  }

  /**
   * Returns true if the elapsed time between the instants is at most the target (meeting the
   * target exactly counts as met).
   *
   * @throws CemArgumentException if end is before start
   */
  public boolean isMet(Instant start, Instant end) {
    return elapsed(start, end).compareTo(target) <= 0;
  }
}
