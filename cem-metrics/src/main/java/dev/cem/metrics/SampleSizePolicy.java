package dev.cem.metrics;

import static dev.cem.core.internal.Checks.checkArgument;

/**
 * When an estimate counts as a small sample. Below {@code minimum} (default 30) an estimate is
 * flagged {@link Reliability#SMALL_SAMPLE}; below {@code hardMinimum} (default 5) it is flagged
 * {@link Reliability#UNRELIABLE}. The value is computed either way: flags inform, they never hide.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param minimum the smallest n not flagged as a small sample, at least 1
 * @param hardMinimum the smallest n not flagged as unreliable, between 1 and {@code minimum}
 */
public record SampleSizePolicy(long minimum, long hardMinimum) {

  /** Minimum 30, hard minimum 5. */
  public static final SampleSizePolicy DEFAULT = new SampleSizePolicy(30, 5);

  public SampleSizePolicy {
    checkArgument(hardMinimum >= 1, "hardMinimum (%d) must be >= 1", hardMinimum);
    checkArgument(
        minimum >= hardMinimum,
        "minimum (%d) must be >= hardMinimum (%d)",
        minimum,
        hardMinimum);
  }

  public static SampleSizePolicy of(long minimum, long hardMinimum) {
    return new SampleSizePolicy(minimum, hardMinimum);
  }

  /** Classifies a sample size. */
  public Reliability classify(long n) {
    if (n <= 0) {
      return Reliability.EMPTY;
    }
    if (n < hardMinimum) {
      return Reliability.UNRELIABLE;
    }
    return n < minimum ? Reliability.SMALL_SAMPLE : Reliability.ADEQUATE;
  }
}
