package dev.cem.metrics.drivers;

/** The kind of journey-level outcome drivers are analysed against. */
public enum OutcomeKind {
  /**
   * 0 or 1 (e.g. resolved, or recommended); the Pearson correlation with a binary outcome is the
   * point-biserial correlation.
   */
  BINARY,
  /** Any finite number, e.g. a journey rating on a scale. */
  SCALE
}
