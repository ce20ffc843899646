package dev.cem.metrics.drivers;

/** Which importance places a driver in its quadrant. */
public enum ImportanceMeasure {
  /** The Pearson (point-biserial for a binary outcome) correlation with the outcome. */
  CORRELATION,
  /** Johnson's relative weight, as a share of R^2 in percent. */
  RELATIVE_WEIGHT
}
