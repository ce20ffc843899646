package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkState;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.metrics.internal.NpsFormat;

/**
 * Counts promoters (9-10), passives (7-8) and detractors (0-6) of 0..10 likelihood-to-recommend
 * scores and gives an {@link NpsResult}. Counts, never averages, are kept: the NPS of merged
 * accumulators is the NPS of the pooled counts, whatever the split.
 *
 * <p>Counts are longs. An addition or merge that would overflow {@link Long#MAX_VALUE} fails with
 * a {@link CemArgumentException} (wrapping the {@link ArithmeticException} of {@link
 * Math#addExact}) and leaves the accumulator unchanged.
 *
 * <p>This class is not thread safe: accumulate on one thread, then {@link #merge} accumulators of
 * different threads.
 */
public final class NpsAccumulator {
  private long promoters;
  private long passives;
  private long detractors;

  private NpsAccumulator() {}

  /** An empty accumulator. */
  public static NpsAccumulator create() {
    return new NpsAccumulator();
  }

  /**
   * Adds one score.
   *
   * @throws CemArgumentException if the score is not between 0 and 10
   */
  public void add(int score) {
    Scale.NPS.check(score);
    if (score >= 9) {
      addCounts(1, 0, 0);
    } else if (score >= 7) {
      addCounts(0, 1, 0);
    } else {
      addCounts(0, 0, 1);
    }
  }

  /** Adds every score; all are checked first, so on failure nothing is added. */
  public void addAll(int... scores) {
    checkNotNull(scores, "scores");
    long p = 0;
    long a = 0;
    long d = 0;
    for (int score : scores) {
      Scale.NPS.check(score);
      if (score >= 9) {
        p++;
      } else if (score >= 7) {
        a++;
      } else {
        d++;
      }
    }
    addCounts(p, a, d);
  }

  /** Adds the counts of a result, for example a snapshot taken elsewhere. */
  public void addAll(NpsResult result) {
    checkNotNull(result, "result");
    addCounts(result.promoters(), result.passives(), result.detractors());
  }

  /**
   * Adds counts directly.
   *
   * @throws CemArgumentException if a count is negative or a total would overflow a long
   */
  public void addCounts(long promoters, long passives, long detractors) {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new CemArgumentException(
          format(
              "NPS counts (promoters %d, passives %d, detractors %d) must be >= 0",
              promoters, passives, detractors));
    }
    long p;
    long a;
    long d;
    try {
      p = Math.addExact(this.promoters, promoters);
      a = Math.addExact(this.passives, passives);
      d = Math.addExact(this.detractors, detractors);
      Math.addExact(Math.addExact(p, a), d);
    } catch (ArithmeticException e) {
      throw new CemArgumentException(
          format(
              "NPS counts overflow a long: (%d, %d, %d) + (%d, %d, %d)",
              this.promoters, this.passives, this.detractors, promoters, passives, detractors),
          e);
    }
    this.promoters = p;
    this.passives = a;
    this.detractors = d;
  }

  /**
   * Adds the counts of {@code other}; {@code other} is unchanged and an empty other is a no-op.
   *
   * @throws dev.cem.core.CemStateException if {@code other} is this accumulator
   * @throws CemArgumentException if a count would overflow a long
   */
  public void merge(NpsAccumulator other) {
    checkNotNull(other, "other");
    checkState(other != this, "cannot merge an NPS accumulator into itself");
    addCounts(other.promoters, other.passives, other.detractors);
  }

  public long promoters() {
    return promoters;
  }

  public long passives() {
    return passives;
  }

  public long detractors() {
    return detractors;
  }

  /** The number of scores added. */
  public long count() {
    return promoters + passives + detractors;
  }

  /** True when no score was added. */
  public boolean isEmpty() {
    return count() == 0;
  }

  /** The NPS with the adjusted Wald interval at 95%; empty if no score was added. */
  public NpsResult snapshot() {
    return NpsResult.of(promoters, passives, detractors);
  }

  /** An immutable snapshot with the given interval method and confidence level. */
  public NpsResult snapshot(NpsInterval method, double confidence) {
    return NpsResult.of(promoters, passives, detractors, method, confidence);
  }

  /** The versioned binary image; see {@code dev.cem.metrics.internal.NpsFormat}. */
  public byte[] toByteArray() {
    return NpsFormat.encode(promoters, passives, detractors);
  }

  /**
   * Reads an image written by {@link #toByteArray()} of this or an earlier release.
   *
   * @throws dev.cem.core.CemFormatException if the bytes are not a valid cem NPS image
   */
  public static NpsAccumulator fromByteArray(byte[] image) {
    checkNotNull(image, "image");
    long[] counts = NpsFormat.decode(image);
    NpsAccumulator acc = new NpsAccumulator();
    acc.promoters = counts[0];
    acc.passives = counts[1];
    acc.detractors = counts[2];
    return acc;
  }

  @Override
  public String toString() {
    return format(
        "NpsAccumulator[promoters=%d, passives=%d, detractors=%d]", promoters, passives, detractors);
  }
}
