package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkConfidence;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import dev.cem.core.CemStateException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A bundle's composite score for one unit: value 0..100, status, coverage, the components'
 * normalised values and contributions, and the uncertainty of the score.
 *
 * <h3>Uncertainty</h3>
 *
 * The standard error comes from the delta method: {@code se(S)^2 = sum_i (dS/dx_i)^2 se(x_i)^2},
 * where {@code dS/dx_i} is the derivative of the aggregate with respect to the component's raw
 * value through its normalisation (0 where the normalised value is clamped or capped), and
 * {@code se(x_i)} is the standard error of the component's {@link dev.cem.metrics.Estimate}. The
 * components are assumed independent, and min-max and z-score references are held fixed. The
 * standard error is NaN when a component that moves the score has an undefined standard error.
 * For a geometric score of 0 the standard error is 0: the score cannot move while a component
 * stays at 0. For {@link Aggregation#MINIMUM} only the minimum component (the first on ties)
 * carries uncertainty. The interval is {@code value +- z se} with {@code z} the normal quantile,
 * clipped to [0, 100].
 *
 * <h3>Empty scores</h3>
 *
 * When no component with weight &gt; 0 has a value, the score is empty ({@link #isEmpty()}): value,
 * standard error and bounds are NaN and the status is {@link Status#NO_DATA}. Empty is never 0.
 *
 * <h3>Components</h3>
 *
 * A score from {@link MetricBundle} keeps its per-component results in primitive arrays and
 * builds the {@link ComponentScore} records the first time {@link #components()} is read, once,
 * safely for concurrent readers. Equality, hash code and {@code toString} do not depend on whether
 * they were built.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param value the score on 0..100, or NaN when empty
 * @param standardError the delta-method standard error, or NaN when undefined
 * @param lower the lower confidence bound, or NaN
 * @param upper the upper confidence bound, or NaN
 * @param confidence the confidence level of the interval
 * @param status the status under the bundle's thresholds
 * @param coverage the share of the bundle's total weight whose components had a value, 0..1
 * @param components per-component detail, in the bundle's order; not null
 * @param profile the priority profile applied, if any
 */
public record BundleScore(
    double value,
    double standardError,
    double lower,
    double upper,
    double confidence,
    Status status,
    double coverage,
    List<ComponentScore> components,
    Optional<String> profile) {

  /** The confidence level of {@link #lower()} and {@link #upper()} unless changed. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /** The normal quantile for {@link #DEFAULT_CONFIDENCE}, computed once. */
  private static final double DEFAULT_Z = quantile(DEFAULT_CONFIDENCE);

  /**
   * Validates and copies {@code components} into an immutable list; a list from the compiled
   * bundle ({@link ComponentScores}, immutable and built lazily) is kept as it is.
   */
  public BundleScore {
    checkConfidence(confidence);
    checkNotNull(status, "status");
    checkNotNull(profile, "profile");
    components =
        components instanceof ComponentScores ? components : ImmutableList.copyOf(components);
  }

  static BundleScore of(
      double value,
      double standardError,
      double confidence,
      Status status,
      double coverage,
      List<ComponentScore> components,
      Optional<String> profile) {
    double z = confidence == DEFAULT_CONFIDENCE ? DEFAULT_Z : quantile(confidence);
    double lo = Math.max(0, value - z * standardError);
    double hi = Math.min(100, value + z * standardError);
    return new BundleScore(
        value, standardError, lo, hi, confidence, status, coverage, components, profile);
  }

  private static double quantile(double confidence) {
    return NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + confidence) / 2);
  }

  /** Returns this score with its interval recomputed at another confidence level. */
  public BundleScore withConfidence(double newConfidence) {
    checkConfidence(newConfidence);
    return of(value, standardError, newConfidence, status, coverage, components, profile);
  }

  /** True when no component had a value. */
  public boolean isEmpty() {
    return Double.isNaN(value);
  }

  /** The value, or an empty optional when the score is empty. */
  public OptionalDouble valueIfPresent() {
    return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The component for a metric.
   *
   * @throws dev.cem.core.CemArgumentException if the metric is not a component
   */
  public ComponentScore component(String metricId) {
    checkNotNull(metricId, "metricId");
    for (ComponentScore c : components) {
      if (c.metricId().equals(metricId)) {
        return c;
      }
    }
    throw new dev.cem.core.CemArgumentException(
        format(
            "metric '%s' is not a component of this score; components: %s",
            metricId,
            components.stream().map(ComponentScore::metricId).toList()));
  }

  /**
   * The value.
   *
   * @throws CemStateException if the score is empty
   */
  public double requireValue() {
    if (isEmpty()) {
      throw new CemStateException("bundle score is empty: no component had a value");
    }
    return value;
  }
}
