package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkConfidence;
import static dev.cem.core.internal.Checks.checkState;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.metrics.internal.MeanStatistics;
import dev.cem.metrics.internal.MomentsFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates count, mean, variance, minimum and maximum of a stream of values, optionally
 * restricted to a {@link Scale}, and gives a {@link MeanResult} with a t interval.
 *
 * <p>Design. The sum is kept with Neumaier's compensated summation [1], so the mean of integer
 * scores is exact (while the sum stays below 2^53) and does not depend on the order of additions.
 * The sum of squared deviations M2 follows Welford's update [2], M2 += (x - mean_old)(x -
 * mean_new), with the means read from the compensated sum, and two accumulators merge with Chan's
 * formula [3]: M2 = M2_a + M2_b + delta^2 n_a n_b / n. Any split and merge order gives the same
 * count, sum, minimum and maximum, and M2 equal to within rounding (about 1e-15 relative).
 *
 * <ol>
 *   <li>A. Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 *       Summen", ZAMM 54:39-51.
 *   <li>B. P. Welford (1962), Technometrics 4:419-420.
 *   <li>T. F. Chan, G. H. Golub, R. J. LeVeque (1979), STAN-CS-79-773.
 * </ol>
 *
 * <h3>Non-finite values</h3>
 *
 * NaN and infinite values are rejected with a {@link CemArgumentException} and leave the
 * accumulator unchanged; so is a value whose addition would make the sum or M2 overflow to
 * infinity. With a scale, values off the scale (or not integers) are rejected too.
 *
 * <p>This class is not thread safe: accumulate on one thread, then {@link #merge} accumulators of
 * different threads.
 */
public final class MomentsAccumulator {
  private final @Nullable Scale scale;
  private long count;
  private double sum;
  private double compensation;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  private MomentsAccumulator(@Nullable Scale scale) {
    this.scale = scale;
  }

  /** An empty accumulator for any finite values. */
  public static MomentsAccumulator create() {
    return new MomentsAccumulator(null);
  }

  /** An empty accumulator for scores on {@code scale}; not null. */
  public static MomentsAccumulator forScale(Scale scale) {
    return new MomentsAccumulator(checkNotNull(scale, "scale"));
  }

  /** Restores an accumulator from its parts; used by the binary format and the columnar scorer. */
  static MomentsAccumulator ofState(
      @Nullable Scale scale,
      long count,
      double sum,
      double compensation,
      double m2,
      double min,
      double max) {
    MomentsAccumulator acc = new MomentsAccumulator(scale);
    if (count > 0) {
      acc.count = count;
      acc.sum = sum;
      acc.compensation = compensation;
      acc.m2 = m2;
      acc.min = min;
      acc.max = max;
    }
    return acc;
  }

  /** The scale the values are restricted to, or null for any finite value. */
  public @Nullable Scale scale() {
    return scale;
  }

  /**
   * Adds one value.
   *
   * @throws CemArgumentException if the value is NaN or infinite, off the scale, or would overflow
   *     the sum, M2 or the count
   */
  public void add(double value) {
    checkValue(value);
    addChecked(value);
  }

  /** Adds every value; all are checked first, so on failure nothing is added. */
  public void addAll(double... values) {
    checkNotNull(values, "values");
    for (double v : values) {
      checkValue(v);
    }
    atomically(
        () -> {
          for (double v : values) {
            addChecked(v);
          }
        });
  }

  /** Adds every value; all are checked first, so on failure nothing is added. */
  public void addAll(int... values) {
    checkNotNull(values, "values");
    for (int v : values) {
      checkValue(v);
    }
    atomically(
        () -> {
          for (int v : values) {
            addChecked(v);
          }
        });
  }

  private void checkValue(double value) {
    if (!Double.isFinite(value)) {
      throw new CemArgumentException(format("value (%s) must be a finite number", value));
    }
    if (scale != null && !scale.contains(value)) {
      throw new CemArgumentException(
          format(
              "%s score (%s) must be an integer between %d and %d",
              scale.name(), value, scale.min(), scale.max()));
    }
  }

  /** Runs {@code adds}; if one overflows part-way, restores the state so that nothing is added. */
  private void atomically(Runnable adds) {
    MomentsAccumulator before = new MomentsAccumulator(scale);
    before.copyFrom(this);
    try {
      adds.run();
    } catch (CemArgumentException e) {
      copyFrom(before);
      throw e;
    }
  }

  private void addChecked(double value) {
    if (count == Long.MAX_VALUE) {
      throw new CemArgumentException(format("count (%d) + (1) overflows a long", count));
    }
    long n = count + 1;
    double oldMean = count == 0 ? value : (sum + compensation) / count;
    double t = sum + value;
    double c =
        compensation
            + (Math.abs(sum) >= Math.abs(value) ? (sum - t) + value : (value - t) + sum);
    double newMean = (t + c) / n;
    double newM2 = m2 + (value - oldMean) * (value - newMean);
    if (!Double.isFinite(t) || !Double.isFinite(newM2)) {
      throw new CemArgumentException(
          format("value (%s) would overflow the sum (%s) or the sum of squares", value, sum));
    }
    count = n;
    sum = t;
    compensation = c;
    m2 = newM2;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  /**
   * Adds the values of {@code other} into this accumulator (Chan's merge). {@code other} is not
   * changed; an empty other is a no-op.
   *
   * @throws dev.cem.core.CemStateException if {@code other} is this accumulator
   * @throws CemArgumentException if the scales differ or the count overflows a long
   */
  public void merge(MomentsAccumulator other) {
    checkNotNull(other, "other");
    checkState(other != this, "cannot merge a moments accumulator into itself");
    checkArgument(
        Objects.equals(scale, other.scale),
        "cannot merge moments of scale %s into moments of scale %s",
        other.scale,
        scale);
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      copyFrom(other);
      return;
    }
    long n;
    try {
      n = Math.addExact(count, other.count);
    } catch (ArithmeticException e) {
      throw new CemArgumentException(
          format("count (%d) + (%d) overflows a long", count, other.count), e);
    }
    double meanA = (sum + compensation) / count;
    double meanB = (other.sum + other.compensation) / other.count;
    double delta = meanB - meanA;
    double newM2 = m2 + other.m2 + delta * delta * ((double) count / n) * other.count;
    double t = sum + other.sum;
    double c =
        compensation
            + other.compensation
            + (Math.abs(sum) >= Math.abs(other.sum) ? (sum - t) + other.sum : (other.sum - t) + sum);
    checkArgument(
        Double.isFinite(t) && Double.isFinite(newM2),
        "merged sum (%s) or sum of squares (%s) overflows",
        t,
        newM2);
    count = n;
    sum = t;
    compensation = c;
    m2 = newM2;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  private void copyFrom(MomentsAccumulator other) {
    count = other.count;
    sum = other.sum;
    compensation = other.compensation;
    m2 = other.m2;
    min = other.min;
    max = other.max;
  }

  /** The number of values added. */
  public long count() {
    return count;
  }

  /** True when no value was added. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** The mean, or NaN if empty. */
  public double mean() {
    return count == 0 ? Double.NaN : (sum + compensation) / count;
  }

  /** The compensated sum of the values, 0 if empty. */
  public double sum() {
    return sum + compensation;
  }

  /** The snapshot with a 95% t interval. */
  public MeanResult snapshot() {
    return snapshot(Estimate.DEFAULT_CONFIDENCE);
  }

  /**
   * An immutable snapshot: later additions do not change it. Empty gives {@link
   * MeanResult#empty}; one value gives an undefined (NaN) variance and interval.
   */
  public MeanResult snapshot(double confidence) {
    checkConfidence(confidence);
    if (count == 0) {
      return MeanResult.empty(confidence);
    }
    double mean = mean();
    double[] ci = MeanStatistics.interval(count, mean, m2, confidence);
    return new MeanResult(
        count,
        mean,
        MeanStatistics.sampleVariance(count, m2),
        min,
        max,
        Estimate.of(
            mean,
            MeanStatistics.standardError(count, m2),
            ci[0],
            ci[1],
            confidence,
            count,
            MeanResult.METHOD));
  }

  /** The versioned binary image; see {@code dev.cem.metrics.internal.MomentsFormat}. */
  public byte[] toByteArray() {
    return MomentsFormat.encode(
        new MomentsFormat.State(scale, count, sum, compensation, m2, min, max));
  }

  /**
   * Reads an image written by {@link #toByteArray()} of this or an earlier release.
   *
   * @throws dev.cem.core.CemFormatException if the bytes are not a valid cem moments image
   */
  public static MomentsAccumulator fromByteArray(byte[] image) {
    checkNotNull(image, "image");
    MomentsFormat.State s = MomentsFormat.decode(image);
    return ofState(s.scale(), s.count(), s.sum(), s.compensation(), s.m2(), s.min(), s.max());
  }

  MomentsFormat.State state() {
    return new MomentsFormat.State(scale, count, sum, compensation, m2, min, max);
  }

  @Override
  public String toString() {
    return format("MomentsAccumulator[count=%d, mean=%s, scale=%s]", count, mean(), scale);
  }
}
