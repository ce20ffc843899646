package dev.cem.metrics.catalog;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableMap;
import dev.cem.core.CemArgumentException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of {@link MetricDefinition}s looked up by id. {@link StandardMetrics#catalog()} holds the
 * built-in metrics; a host adds its own with {@link #with(MetricDefinition...)}, which returns a new
 * catalog.
 *
 * <p>This class is immutable and thread-safe. Two catalogs are equal when they hold equal
 * definitions in the same order.
 */
public final class MetricCatalog {
  private final ImmutableMap<String, MetricDefinition> byId;

  private MetricCatalog(ImmutableMap<String, MetricDefinition> byId) {
    this.byId = byId;
  }

  /**
   * Returns a catalog of the given definitions, in order.
   *
   * @throws CemArgumentException if two definitions share an id
   */
  public static MetricCatalog of(MetricDefinition... definitions) {
    checkNotNull(definitions, "definitions");
    return of(List.of(definitions));
  }

  /**
   * Returns a catalog of the given definitions, in iteration order.
   *
   * @throws CemArgumentException if two definitions share an id
   */
  public static MetricCatalog of(Collection<MetricDefinition> definitions) {
    checkNotNull(definitions, "definitions");
    Map<String, MetricDefinition> map = new LinkedHashMap<>();
    for (MetricDefinition d : definitions) {
      checkNotNull(d, "definition");
      checkArgument(map.put(d.id(), d) == null, "metric id '%s' is defined twice", d.id());
    }
    return new MetricCatalog(ImmutableMap.copyOf(map));
  }

  /**
   * Returns this catalog extended with the given definitions. A definition equal to one already
   * present is accepted once; a different definition under an existing id is rejected.
   *
   * @throws CemArgumentException if an id is already defined differently
   */
  public MetricCatalog with(MetricDefinition... definitions) {
    checkNotNull(definitions, "definitions");
    return with(List.of(definitions));
  }

  /** Returns this catalog extended with the given definitions; see {@link #with(MetricDefinition...)}. */
  public MetricCatalog with(Collection<MetricDefinition> definitions) {
    checkNotNull(definitions, "definitions");
    Map<String, MetricDefinition> map = new LinkedHashMap<>(byId);
    for (MetricDefinition d : definitions) {
      checkNotNull(d, "definition");
      MetricDefinition old = map.putIfAbsent(d.id(), d);
      checkArgument(
          old == null || old.equals(d),
          "metric id '%s' is already defined (as %s); choose another id",
          d.id(),
          old);
    }
    return new MetricCatalog(ImmutableMap.copyOf(map));
  }

  /**
   * Returns the definition with the given id.
   *
   * @throws CemArgumentException naming the id and listing the known ids if there is none
   */
  public MetricDefinition get(String id) {
    checkNotNull(id, "id");
    MetricDefinition d = byId.get(id);
    if (d == null) {
      throw new CemArgumentException(
          format("unknown metric id '%s'; known ids: %s", abbreviate(id), byId.keySet()));
    }
    return d;
  }

  /** Returns the definition with the given id, or an empty optional. */
  public Optional<MetricDefinition> find(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /** True when a definition with this id exists. */
  public boolean contains(String id) {
    checkNotNull(id, "id");
    return byId.containsKey(id);
  }

  /** The ids, in order. */
  public Set<String> ids() {
    return byId.keySet();
  }

  /** The definitions, in order. */
  public Collection<MetricDefinition> definitions() {
    return byId.values();
  }

  /** The number of definitions. */
  public int size() {
    return byId.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricCatalog
        && List.copyOf(byId.values()).equals(List.copyOf(((MetricCatalog) o).byId.values()));
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  @Override
  public String toString() {
    return "MetricCatalog" + byId.keySet();
  }
}
