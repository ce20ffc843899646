package dev.cem.metrics.trend;

/** The length of a trend bucket. */
public enum Granularity {
  /** A calendar day in the series' time zone (23 or 25 hours on daylight-saving days). */
  DAY,
  /** An ISO-8601 week, Monday to Sunday, labelled by its week-based year, e.g. 2026-W53. */
  ISO_WEEK,
  /** A calendar month. */
  MONTH
}
