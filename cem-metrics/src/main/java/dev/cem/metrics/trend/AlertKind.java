package dev.cem.metrics.trend;

/** What an {@link Alert} is about. */
public enum AlertKind {
  /** A bundle's status changed between RED, AMBER and GREEN from one period to the next. */
  THRESHOLD_CROSSED,
  /** A metric changed significantly from one period to the next. */
  SIGNIFICANT_CHANGE
}
