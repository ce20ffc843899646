package dev.cem.metrics;

/** How far an {@link Estimate} can be trusted, from its sample size alone. */
public enum Reliability {
  /** No observations: there is no value. */
  EMPTY,
  /** Fewer observations than the hard minimum: the value is shown but should not be acted on. */
  UNRELIABLE,
  /** Fewer observations than the minimum: the interval is wide, read it with care. */
  SMALL_SAMPLE,
  /** At least the minimum number of observations. */
  ADEQUATE
}
