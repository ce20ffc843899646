package dev.cem.metrics.bundle;

/** The traffic-light status of a score or a component value. */
public enum Status {
  /** Below the amber cut point (for lower-is-better values: above it). */
  RED,
  /** Between the amber and green cut points. */
  AMBER,
  /** At or beyond the green cut point. */
  GREEN,
  /** No thresholds were configured. */
  NOT_RATED,
  /** There is no value to rate. */
  NO_DATA
}
