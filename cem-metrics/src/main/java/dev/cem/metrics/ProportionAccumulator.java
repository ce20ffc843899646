package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkState;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.metrics.internal.ProportionFormat;

/**
 * Counts successes and trials and gives a {@link ProportionResult}. A success is either a yes (a
 * binary accumulator: first-contact resolution, SLA met, repeat contact...) or a score at or above
 * a threshold on a scale (a top-box accumulator: CSAT top-2-box is {@code topBox(Scale.CSAT, 2)},
 * scores 4 and 5).
 *
 * <p>Merging requires the same definition (scale and threshold): a CSAT top-2-box does not merge
 * with a top-1-box or with a binary accumulator.
 *
 * <p>Counts are longs. An addition or merge that would overflow {@link Long#MAX_VALUE} fails with
 * a {@link CemArgumentException} (wrapping the {@link ArithmeticException} of {@link
 * Math#addExact}) and leaves the accumulator unchanged.
 *
 * <p>This class is not thread safe: accumulate on one thread, then {@link #merge} accumulators of
 * different threads.
 */
public final class ProportionAccumulator {
  private final Scale scale;
  private final int threshold;
  private long successes;
  private long trials;

  private ProportionAccumulator(Scale scale, int threshold) {
    this.scale = scale;
    this.threshold = threshold;
  }

  /** An empty binary accumulator (scale {@link Scale#BINARY}, success = 1). */
  public static ProportionAccumulator binary() {
    return new ProportionAccumulator(Scale.BINARY, 1);
  }

  /**
   * An empty top-box accumulator: a score is a success when it is among the top {@code box}
   * points of {@code scale} ({@link Scale#topBoxThreshold}).
   *
   * @param scale the score scale; not null
   * @param box how many top points count, 1 to points - 1
   * @throws CemArgumentException if {@code box} is out of range
   */
  public static ProportionAccumulator topBox(Scale scale, int box) {
    checkNotNull(scale, "scale");
    return new ProportionAccumulator(scale, scale.topBoxThreshold(box));
  }

  static ProportionAccumulator ofState(Scale scale, int threshold, long successes, long trials) {
    ProportionAccumulator acc = new ProportionAccumulator(scale, threshold);
    acc.successes = successes;
    acc.trials = trials;
    return acc;
  }

  /** The scale of the scores. */
  public Scale scale() {
    return scale;
  }

  /** The lowest score that counts as a success. */
  public int threshold() {
    return threshold;
  }

  /** Adds one yes/no outcome. */
  public void add(boolean success) {
    addCounts(success ? 1 : 0, 1);
  }

  /**
   * Adds one score: a success when it is at least the threshold.
   *
   * @throws CemArgumentException if the score is not on the scale
   */
  public void add(int score) {
    scale.check(score);
    addCounts(score >= threshold ? 1 : 0, 1);
  }

  /** Adds every score; all are checked first, so on failure nothing is added. */
  public void addAll(int... scores) {
    checkNotNull(scores, "scores");
    long k = 0;
    for (int score : scores) {
      scale.check(score);
      if (score >= threshold) {
        k++;
      }
    }
    addCounts(k, scores.length);
  }

  /** Adds every outcome. */
  public void addAll(boolean... outcomes) {
    checkNotNull(outcomes, "outcomes");
    long k = 0;
    for (boolean success : outcomes) {
      if (success) {
        k++;
      }
    }
    addCounts(k, outcomes.length);
  }

  /**
   * Adds counts directly.
   *
   * @throws CemArgumentException if successes is not between 0 and trials, or a total overflows
   */
  public void addCounts(long successes, long trials) {
    checkArgument(
        trials >= 0 && successes >= 0 && successes <= trials,
        "successes (%d) must be between 0 and trials (%d), and trials >= 0",
        successes,
        trials);
    long k;
    long n;
    try {
      k = Math.addExact(this.successes, successes);
      n = Math.addExact(this.trials, trials);
    } catch (ArithmeticException e) {
      throw new CemArgumentException(
          format(
              "proportion counts overflow a long: (%d of %d) + (%d of %d)",
              this.successes, this.trials, successes, trials),
          e);
    }
    this.successes = k;
    this.trials = n;
  }

  /**
   * Adds the counts of {@code other}; {@code other} is unchanged and an empty other is a no-op.
   *
   * @throws dev.cem.core.CemStateException if {@code other} is this accumulator
   * @throws CemArgumentException if the definitions (scale, threshold) differ or a count overflows
   */
  public void merge(ProportionAccumulator other) {
    checkNotNull(other, "other");
    checkState(other != this, "cannot merge a proportion accumulator into itself");
    checkArgument(
        scale.equals(other.scale) && threshold == other.threshold,
        "cannot merge a proportion of %s with threshold %d into one of %s with threshold %d",
        other.scale,
        other.threshold,
        scale,
        threshold);
    addCounts(other.successes, other.trials);
  }

  public long successes() {
    return successes;
  }

  public long trials() {
    return trials;
  }

  /** True when nothing was added. */
  public boolean isEmpty() {
    return trials == 0;
  }

  /** The proportion with the Wilson interval at 95%; empty if nothing was added. */
  public ProportionResult snapshot() {
    return ProportionResult.of(successes, trials);
  }

  /** An immutable snapshot with the given interval method and confidence level. */
  public ProportionResult snapshot(ProportionInterval method, double confidence) {
    return ProportionResult.of(successes, trials, method, confidence);
  }

  /** The versioned binary image; see {@code dev.cem.metrics.internal.ProportionFormat}. */
  public byte[] toByteArray() {
    return ProportionFormat.encode(
        new ProportionFormat.State(scale, threshold, successes, trials));
  }

  /**
   * Reads an image written by {@link #toByteArray()} of this or an earlier release.
   *
   * @throws dev.cem.core.CemFormatException if the bytes are not a valid cem proportion image
   */
  public static ProportionAccumulator fromByteArray(byte[] image) {
    checkNotNull(image, "image");
    ProportionFormat.State s = ProportionFormat.decode(image);
    return ofState(s.scale(), s.threshold(), s.successes(), s.trials());
  }

  @Override
  public String toString() {
    return format(
        "ProportionAccumulator[%d of %d, scale=%s, threshold=%d]",
        successes, trials, scale, threshold);
  }
}
