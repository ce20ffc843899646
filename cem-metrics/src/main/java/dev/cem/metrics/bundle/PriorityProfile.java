package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Per-customer or per-segment weight overrides: "prioritise the metrics that matter most to them".
 * A customer that cares about availability gets {@code MULTIPLY {availability: 3}}, tripling that
 * weight; the bundle renormalises all weights by their new sum.
 *
 * <p>Validation when the bundle is built: every listed metric must be a component of the bundle,
 * and after the profile is applied at least one weight must be &gt; 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param name the profile's identifier, e.g. a customer or segment id; not null
 * @param mode replace or multiply; not null
 * @param weights metric id to weight (REPLACE) or factor (MULTIPLY), each finite and &gt;= 0, in
 *     order; not null
 */
public record PriorityProfile(String name, ProfileMode mode, Map<String, Double> weights) {

  public PriorityProfile {
    checkId(name, "profile name");
    checkNotNull(mode, "mode");
    checkNotNull(weights, "weights");
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      checkId(e.getKey(), "metric id in profile '" + name + "'");
      double w = checkNotNull(e.getValue(), "weight");
      checkArgument(
          w >= 0 && Double.isFinite(w),
          "profile '%s': %s for metric '%s' (%s) must be a finite number >= 0",
          name,
          mode == ProfileMode.MULTIPLY ? "factor" : "weight",
          e.getKey(),
          w);
    }
    weights = ImmutableMap.copyOf(weights);
  }

  /** Returns a profile. */
  public static PriorityProfile of(String name, ProfileMode mode, Map<String, Double> weights) {
    return new PriorityProfile(name, mode, weights);
  }

  /** Returns a profile that multiplies the listed weights by the given factors. */
  public static PriorityProfile multiply(String name, Map<String, Double> factors) {
    return new PriorityProfile(name, ProfileMode.MULTIPLY, factors);
  }

  /** Returns a profile that replaces the listed weights. */
  public static PriorityProfile replace(String name, Map<String, Double> weights) {
    return new PriorityProfile(name, ProfileMode.REPLACE, weights);
  }

  /** The weight a component gets under this profile, given its base weight. */
  public double apply(String metricId, double baseWeight) {
    checkNotNull(metricId, "metricId");
    Double w = weights.get(metricId);
    if (w == null) {
      return baseWeight;
    }
    return mode == ProfileMode.REPLACE ? w : baseWeight * w;
  }
}
