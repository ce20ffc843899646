package dev.cem.metrics.bundle;

/** How a {@link PriorityProfile}'s numbers change a bundle's weights. */
public enum ProfileMode {
  /** Each listed number replaces the component's weight; unlisted components keep theirs. */
  REPLACE,
  /**
   * Each listed number multiplies the component's weight (3 triples it, 0 removes it); unlisted
   * components keep theirs.
   */
  MULTIPLY
}
