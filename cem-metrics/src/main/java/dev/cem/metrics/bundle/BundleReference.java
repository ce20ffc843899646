package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.cem.metrics.Estimate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-metric statistics over a set of units (segments, customers, periods) that min-max and
 * z-score normalisation are relative to. Build it from the units' estimates with {@link
 * #from(Map)}, or from statistics computed elsewhere (for example in Spark) with {@link
 * #of(Collection)}; then score single units against it or {@link MetricBundle#compile(BundleReference)
 * compile} a bundle with it.
 *
 * <p>In uncertainty propagation the reference is held fixed: standard errors are conditional on
 * the observed units.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundleReference {
  private static final BundleReference EMPTY = new BundleReference(ImmutableMap.of());

  private final ImmutableMap<String, ComponentReference> byMetric;

  private BundleReference(ImmutableMap<String, ComponentReference> byMetric) {
    this.byMetric = byMetric;
  }

  /** A reference with no metrics: enough for bundles without min-max or z-score components. */
  public static BundleReference empty() {
    return EMPTY;
  }

  /**
   * Returns a reference of the given per-metric statistics.
   *
   * @throws dev.cem.core.CemArgumentException if a metric appears twice
   */
  public static BundleReference of(Collection<ComponentReference> references) {
    checkNotNull(references, "references");
    Map<String, ComponentReference> map = new LinkedHashMap<>();
    for (ComponentReference r : references) {
      checkNotNull(r, "reference");
      checkArgument(
          map.put(r.metricId(), r) == null, "metric '%s' appears twice in the reference",
          r.metricId());
    }
    return new BundleReference(ImmutableMap.copyOf(map));
  }

  /**
   * Computes the reference over units: unit id to (metric id to estimate). Every metric that has a
   * non-empty estimate in some unit gets statistics over the units where it is present.
   */
  public static BundleReference from(Map<String, ? extends Map<String, Estimate>> units) {
    checkNotNull(units, "units");
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends Map<String, Estimate>> unit : units.entrySet()) {
      checkNotNull(unit.getValue(), "values of unit");
      for (Map.Entry<String, Estimate> e : unit.getValue().entrySet()) {
        Estimate est = checkNotNull(e.getValue(), "estimate");
        if (!est.isEmpty()) {
          values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(est.value());
        }
      }
    }
    List<ComponentReference> refs = new ArrayList<>();
    for (Map.Entry<String, List<Double>> e : values.entrySet()) {
      double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      refs.add(ComponentReference.of(e.getKey(), v));
    }
    return of(refs);
  }

  /** Returns this reference with empty statistics (n = 0) for each listed metric it lacks. */
  BundleReference withEmpty(Collection<String> metricIds) {
    List<ComponentReference> refs = new ArrayList<>(byMetric.values());
    for (String id : metricIds) {
      if (!byMetric.containsKey(id)) {
        refs.add(ComponentReference.of(id));
      }
    }
    return of(refs);
  }

  /** The statistics for a metric, if any unit had it. */
  public Optional<ComponentReference> get(String metricId) {
    checkNotNull(metricId, "metricId");
    return Optional.ofNullable(byMetric.get(metricId));
  }

  /** All per-metric statistics, in order. */
  public Collection<ComponentReference> references() {
    return byMetric.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleReference && byMetric.equals(((BundleReference) o).byMetric);
  }

  @Override
  public int hashCode() {
    return byMetric.hashCode();
  }

  @Override
  public String toString() {
    return "BundleReference" + byMetric.values();
  }
}
