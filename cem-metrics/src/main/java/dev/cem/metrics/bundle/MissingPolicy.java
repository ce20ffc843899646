package dev.cem.metrics.bundle;

/**
 * What a bundle does when a component has no value (absent, an empty {@link
 * dev.cem.metrics.Estimate}, or NaN in the compiled form). Coverage is always the share of the
 * total weight whose components are present. When no component with weight &gt; 0 is present the
 * score is empty (NaN) under every policy except {@link #FAIL}, which throws.
 */
public enum MissingPolicy {
  /**
   * Throw a {@link dev.cem.core.CemArgumentException} naming the first missing component. A
   * component with weight 0 takes no part in the score and never fails.
   */
  FAIL,
  /**
   * Re-weight over the present components: their weights are divided by the present weight's sum
   * (the OECD/JRC handbook's case deletion within a unit). Coverage tells how much weight is left.
   */
  REWEIGHT,
  /** Count a missing component as a normalised value of 0 with its full weight. */
  TREAT_AS_ZERO
}
