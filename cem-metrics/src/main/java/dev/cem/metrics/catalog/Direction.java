package dev.cem.metrics.catalog;

/** Whether a larger raw value of a metric is better or worse for the customer. */
public enum Direction {
  /** Larger is better, e.g. CSAT, availability. */
  HIGHER_IS_BETTER,
  /** Smaller is better, e.g. MTTR, churn, customer effort. */
  LOWER_IS_BETTER;

  /** True for {@link #HIGHER_IS_BETTER}. */
  public boolean higherIsBetter() {
    return this == HIGHER_IS_BETTER;
  }
}
