package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric in a bundle: its weight, normalisation and optional cap, thresholds and target.
 *
 * <p><b>Weights</b> are relative: the bundle divides them by their sum, so {@code 1, 1, 2} and
 * {@code 0.25, 0.25, 0.5} mean the same. A weight of 0 keeps a component for reporting without
 * letting it count.
 *
 * <p><b>The cap</b> is an upper limit on the <em>normalised</em> value (0..100 scale), applied
 * after normalisation and clamping: with a cap of 80, a component never contributes more than 80
 * points however good its raw value. Use it to stop one excellent metric from hiding weak ones.
 *
 * <p><b>Thresholds and target</b> are in the metric's raw units and follow its direction; they
 * rate the component in a {@link ComponentScore} and do not change the bundle score.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param metricId the metric's id in the bundle's catalog; not null
 * @param weight the relative weight, a finite number &gt;= 0
 * @param normalisation how the raw value becomes 0..100; not null
 * @param cap the optional upper limit on the normalised value, in (0, 100]
 * @param thresholds optional RED/AMBER/GREEN cut points for the raw value
 * @param target optional target for the raw value, finite
 */
public record BundleComponent(
    String metricId,
    double weight,
    Normalisation normalisation,
    OptionalDouble cap,
    Optional<Thresholds> thresholds,
    OptionalDouble target) {

  public BundleComponent {
    checkId(metricId, "metric id");
    checkNotNull(normalisation, "normalisation");
    checkNotNull(cap, "cap");
    checkNotNull(thresholds, "thresholds");
    checkNotNull(target, "target");
    checkArgument(
        weight >= 0 && Double.isFinite(weight),
        "weight for metric '%s' (%s) must be a finite number >= 0",
        metricId,
        weight);
    if (cap.isPresent()) {
      double c = cap.getAsDouble();
      checkArgument(
          c > 0 && c <= 100,
          "cap for metric '%s' (%s) must be in (0, 100]: it limits the normalised value",
          metricId,
          c);
    }
    if (target.isPresent()) {
      checkArgument(
          Double.isFinite(target.getAsDouble()),
          "target for metric '%s' (%s) must be a finite number",
          metricId,
          target.getAsDouble());
    }
  }

  /** Returns a component without cap, thresholds or target. */
  public static BundleComponent of(String metricId, double weight, Normalisation normalisation) {
    return new BundleComponent(
        metricId, weight, normalisation, OptionalDouble.empty(), Optional.empty(),
        OptionalDouble.empty());
  }

  /** Returns this component with another weight. */
  public BundleComponent withWeight(double newWeight) {
    return new BundleComponent(metricId, newWeight, normalisation, cap, thresholds, target);
  }

  /** Returns this component with another normalisation. */
  public BundleComponent withNormalisation(Normalisation newNormalisation) {
    return new BundleComponent(metricId, weight, newNormalisation, cap, thresholds, target);
  }

  /** Returns this component with a cap on the normalised value, in (0, 100]. */
  public BundleComponent withCap(double newCap) {
    return new BundleComponent(
        metricId, weight, normalisation, OptionalDouble.of(newCap), thresholds, target);
  }

  /** Returns this component with RED/AMBER/GREEN cut points for the raw value. */
  public BundleComponent withThresholds(Thresholds newThresholds) {
    checkNotNull(newThresholds, "newThresholds");
    return new BundleComponent(
        metricId, weight, normalisation, cap, Optional.of(newThresholds), target);
  }

  /** Returns this component with a target for the raw value. */
  public BundleComponent withTarget(double newTarget) {
    return new BundleComponent(
        metricId, weight, normalisation, cap, thresholds, OptionalDouble.of(newTarget));
  }

  /** The cap, or 100 when there is none. */
  double capOr100() {
    return cap.orElse(100);
  }
}
