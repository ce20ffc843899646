package dev.cem.metrics.bundle;

/** The normalisation methods of the OECD/JRC handbook that a bundle component can use. */
public enum NormalisationKind {
  /**
   * Min-max over the observed units (segments, customers): {@code 100 (x - min) / (max - min)}.
   * Needs a {@link BundleReference}.
   */
  MIN_MAX(true),
  /** Fixed goalposts: {@code 100 (x - lower) / (upper - lower)}, clamped to 0..100. */
  GOALPOSTS(false),
  /** Distance to a target: {@code 100 x / target}, capped at 100. */
  DISTANCE_TO_TARGET(false),
  /**
   * Standardisation over the observed units, mapped to a T-score {@code 50 + 10 z} and clamped to
   * 0..100. Needs a {@link BundleReference}.
   */
  Z_SCORE(true),
  /** The raw value itself, already on a 0..100 scale (clamped). */
  IDENTITY(false);

  private final boolean relative;

  NormalisationKind(boolean relative) {
    this.relative = relative;
  }

  /**
   * True when the method normalises relative to the observed units (min-max, z-score), so scoring
   * needs a {@link BundleReference}.
   */
  public boolean isRelative() {
    return relative;
  }
}
