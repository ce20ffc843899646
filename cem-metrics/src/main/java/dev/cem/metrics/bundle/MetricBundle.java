package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkState;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.CemStateException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.bundle.internal.BundleJson;
import dev.cem.metrics.catalog.Direction;
import dev.cem.metrics.catalog.MetricCatalog;
import dev.cem.metrics.catalog.MetricDefinition;
import dev.cem.metrics.catalog.StandardMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A composite index over several metrics: "no single KPI shows the experience". SLA attainment,
 * availability, CSAT, NPS and other key customer indicators are normalised to 0..100 (100 best),
 * weighted and aggregated into one {@link BundleScore}, with weights that can differ per customer
 * ({@link PriorityProfile}).
 *
 * <p>The methods follow the OECD/JRC <i>Handbook on Constructing Composite Indicators</i> (2008):
 * see {@link Normalisation} for normalisation, {@link Aggregation} for aggregation and {@link
 * MissingPolicy} for missing data.
 *
 * <h3>Scoring</h3>
 *
 * <ul>
 *   <li>{@link #scoreAll(Map)} scores a set of units (segments, customers) together; min-max and
 *       z-score normalisation are relative to these units.
 *   <li>{@link #score(Map, BundleReference)} scores one unit against a reference computed elsewhere;
 *       {@link #score(Map)} does so for bundles without relative normalisations.
 *   <li>{@link #compile(BundleReference)} returns a {@link CompiledBundle} for hot loops: primitive
 *       values in, score out, no allocation, the same result.
 * </ul>
 *
 * <h3>Files</h3>
 *
 * Bundles load from and save to JSON or YAML ({@link #fromJson(String)}, {@link #read(Path)},
 * {@link #toJson()}, {@link #toYaml()}) with {@code schemaVersion: 1}. A bundle file may define
 * its own metrics under {@code metrics}; see the package documentation for the format.
 *
 * <p>This class is immutable and thread-safe. Two bundles are equal when all their settings and
 * their components' metric definitions are equal.
 */
public final class MetricBundle {
  /** The bundle file format version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private final String name;
  private final String description;
  private final ImmutableList<BundleComponent> components;
  private final ImmutableMap<String, MetricDefinition> metrics;
  private final Aggregation aggregation;
  private final MissingPolicy missingPolicy;
  private final Optional<Thresholds> thresholds;
  private final ImmutableMap<String, PriorityProfile> profiles;
  private final Optional<String> appliedProfile;
  // The compiled form without a reference, built on first use. CompiledBundle is immutable, so
  // a race only builds it twice; this cache is not part of equals or hashCode.
  private volatile @Nullable CompiledBundle compiledWithoutReference;

  private MetricBundle(
      String name,
      String description,
      List<BundleComponent> components,
      Map<String, MetricDefinition> metrics,
      Aggregation aggregation,
      MissingPolicy missingPolicy,
      Optional<Thresholds> thresholds,
      Map<String, PriorityProfile> profiles,
      Optional<String> appliedProfile) {
    this.name = name;
    this.description = description;
    this.components = ImmutableList.copyOf(components);
    this.metrics = ImmutableMap.copyOf(metrics);
    this.aggregation = aggregation;
    this.missingPolicy = missingPolicy;
    this.thresholds = thresholds;
    this.profiles = ImmutableMap.copyOf(profiles);
    this.appliedProfile = appliedProfile;
  }

  /** Returns a builder for a bundle with the given name, resolving metrics in {@link StandardMetrics#catalog()}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Returns a builder holding this bundle's settings, for a modified copy. Its catalog holds the
   * components' metric definitions plus the standard metrics with other ids.
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.description = description;
    List<MetricDefinition> known = new ArrayList<>(metrics.values());
    StandardMetrics.catalog().definitions().stream()
        .filter(d -> !metrics.containsKey(d.id()))
        .forEach(known::add);
    b.catalog = MetricCatalog.of(known);
    b.components.addAll(components);
    b.aggregation = aggregation;
    b.missingPolicy = missingPolicy;
    b.thresholds = thresholds.orElse(null);
    b.profiles.addAll(profiles.values());
    return b;
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  public String name() {
    return name;
  }

  /** The description, empty when none was given. */
  public String description() {
    return description;
  }

  /** The components, in order. */
  public List<BundleComponent> components() {
    return components;
  }

  /**
   * The component for a metric.
   *
   * @throws CemArgumentException if the metric is not a component
   */
  public BundleComponent component(String metricId) {
    checkNotNull(metricId, "metricId");
    for (BundleComponent c : components) {
      if (c.metricId().equals(metricId)) {
        return c;
      }
    }
    throw notAComponent(metricId);
  }

  /**
   * The definition of a component's metric.
   *
   * @throws CemArgumentException if the metric is not a component
   */
  public MetricDefinition metric(String metricId) {
    checkNotNull(metricId, "metricId");
    MetricDefinition d = metrics.get(metricId);
    if (d == null) {
      throw notAComponent(metricId);
    }
    return d;
  }

  /** The definitions of the components' metrics, in component order. */
  public List<MetricDefinition> metrics() {
    return List.copyOf(metrics.values());
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  public MissingPolicy missingPolicy() {
    return missingPolicy;
  }

  /** The cut points for the score's status, if any. */
  public Optional<Thresholds> thresholds() {
    return thresholds;
  }

  /** The priority profiles by name, in order. */
  public Map<String, PriorityProfile> profiles() {
    return profiles;
  }

  /** The name of the profile whose weights this bundle carries, if one was applied. */
  public Optional<String> appliedProfile() {
    return appliedProfile;
  }

  /** True when some component uses min-max or z-score, so scoring needs a {@link BundleReference}. */
  public boolean isRelative() {
    return components.stream().anyMatch(c -> c.normalisation().isRelative());
  }

  // ---------------------------------------------------------------------------------------------
  // Profiles

  /**
   * Returns this bundle with the weights of one of its profiles applied.
   *
   * @throws CemArgumentException if there is no such profile
   * @throws CemStateException if a profile was already applied
   */
  public MetricBundle withProfile(String profileName) {
    checkNotNull(profileName, "profileName");
    PriorityProfile p = profiles.get(profileName);
    if (p == null) {
      throw new CemArgumentException(
          format(
              "bundle '%s' has no profile '%s'; profiles: %s",
              name, profileName, profiles.keySet()));
    }
    return withProfile(p);
  }

  /**
   * Returns this bundle with the weights of the given profile applied (it need not be one of the
   * bundle's profiles).
   *
   * @throws CemArgumentException if the profile names a metric that is not a component, or leaves
   *     every weight at 0
   * @throws CemStateException if a profile was already applied
   */
  public MetricBundle withProfile(PriorityProfile profile) {
    checkNotNull(profile, "profile");
    checkState(
        appliedProfile.isEmpty(),
        "bundle '%s' already has profile '%s' applied; apply profiles to the base bundle",
        name,
        appliedProfile.orElse(""));
    checkProfile(profile);
    List<BundleComponent> profiled = new ArrayList<>(components.size());
    for (BundleComponent c : components) {
      profiled.add(c.withWeight(profile.apply(c.metricId(), c.weight())));
    }
    return new MetricBundle(
        name, description, profiled, metrics, aggregation, missingPolicy, thresholds, profiles,
        Optional.of(profile.name()));
  }

  private void checkProfile(PriorityProfile profile) {
    boolean anyPositive = false;
    for (String id : profile.weights().keySet()) {
      checkArgument(
          metrics.containsKey(id),
          "bundle '%s' profile '%s': metric '%s' is not a component; components: %s",
          name,
          profile.name(),
          id,
          metrics.keySet());
    }
    for (BundleComponent c : components) {
      anyPositive |= profile.apply(c.metricId(), c.weight()) > 0;
    }
    checkArgument(
        anyPositive,
        "bundle '%s' profile '%s' (%s %s) leaves every component weight at 0; at least one must be > 0",
        name,
        profile.name(),
        profile.mode(),
        profile.weights());
  }

  // ---------------------------------------------------------------------------------------------
  // Scoring

  /**
   * Compiles this bundle for a bundle without min-max or z-score components.
   *
   * @throws CemStateException if a component's normalisation needs a reference
   */
  public CompiledBundle compile() {
    checkNoReferenceNeeded();
    return new CompiledBundle(this, BundleReference.empty());
  }

  /**
   * Compiles this bundle with min-max and z-score references frozen from {@code reference}.
   *
   * @throws CemArgumentException if the reference lacks a metric that a relative component needs
   */
  public CompiledBundle compile(BundleReference reference) {
    checkNotNull(reference, "reference");
    return new CompiledBundle(this, reference);
  }

  /**
   * Scores one unit of a bundle without min-max or z-score components.
   *
   * @param values metric id to estimate; absent or empty estimates are missing, extra metrics are
   *     ignored; not null
   * @throws CemStateException if a component's normalisation needs a reference
   * @throws CemArgumentException if a value lies outside its metric's natural range, or a component
   *     is missing under {@link MissingPolicy#FAIL}
   */
  public BundleScore score(Map<String, Estimate> values) {
    CompiledBundle compiled = compiledWithoutReference;
    if (compiled == null) {
      compiled = compile();
      compiledWithoutReference = compiled;
    }
    return compiled.explain(values);
  }

  /**
   * Scores one unit against a reference for min-max and z-score components; see {@link
   * #score(Map)}.
   */
  public BundleScore score(Map<String, Estimate> values, BundleReference reference) {
    return compile(reference).explain(values);
  }

  /**
   * Scores a set of units together: unit id to (metric id to estimate). Min-max and z-score
   * references are computed over these units ({@link BundleReference#from(Map)}).
   *
   * @return unit id to score, in the units' iteration order
   */
  public Map<String, BundleScore> scoreAll(Map<String, ? extends Map<String, Estimate>> units) {
    checkNotNull(units, "units");
    CompiledBundle compiled = compile(reference(units));
    Map<String, BundleScore> out = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends Map<String, Estimate>> e : units.entrySet()) {
      out.put(e.getKey(), compiled.explain(e.getValue()));
    }
    return out;
  }

  /**
   * Computes the min-max and z-score reference over a set of units for this bundle: {@link
   * BundleReference#from(Map)}, plus empty statistics for components that no unit has (those
   * components are missing in every unit, and a degenerate reference maps to 50).
   */
  public BundleReference reference(Map<String, ? extends Map<String, Estimate>> units) {
    return BundleReference.from(units)
        .withEmpty(components.stream().map(BundleComponent::metricId).toList());
  }

  /**
   * The raw values of a unit in component order, NaN where missing, as {@link CompiledBundle}
   * expects them.
   *
   * @throws CemArgumentException if a value lies outside its metric's natural range
   */
  public double[] rawValues(Map<String, Estimate> values) {
    checkNotNull(values, "values");
    double[] raw = new double[components.size()];
    for (int i = 0; i < raw.length; i++) {
      String id = components.get(i).metricId();
      Estimate e = values.get(id);
      if (e == null || e.isEmpty()) {
        raw[i] = Double.NaN;
        continue;
      }
      MetricDefinition m = metrics.get(id);
      if (!m.contains(e.value())) {
        throw outOfRange(id, e.value(), m);
      }
      raw[i] = e.value();
    }
    return raw;
  }

  /** The error for a raw value outside its metric's natural range. */
  static CemArgumentException outOfRange(String metricId, double value, MetricDefinition m) {
    return new CemArgumentException(
        format(
            "value for metric '%s' (%s) must be between %s and %s",
            metricId, value, m.lower(), m.upper()));
  }

  private void checkNoReferenceNeeded() {
    for (BundleComponent c : components) {
      if (c.normalisation().isRelative()) {
        throw new CemStateException(
            format(
                "bundle '%s': component '%s' uses %s normalisation, which is relative to the"
                    + " observed units; use scoreAll(...), score(values, reference) or"
                    + " compile(reference)",
                name, c.metricId(), c.normalisation().kind()));
      }
    }
  }

  private CemArgumentException notAComponent(String metricId) {
    return new CemArgumentException(
        format(
            "metric '%s' is not a component of bundle '%s'; components: %s",
            metricId, name, metrics.keySet()));
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  /** Reads a bundle from JSON, resolving metrics in {@link StandardMetrics#catalog()}. */
  public static MetricBundle fromJson(String json) {
    return fromJson(json, StandardMetrics.catalog());
  }

  /**
   * Reads a bundle from JSON, resolving metrics in the given catalog extended with the file's own
   * {@code metrics}.
   *
   * @throws dev.cem.core.CemFormatException naming the field, the value and what is allowed
   */
  public static MetricBundle fromJson(String json, MetricCatalog catalog) {
    checkNotNull(json, "json");
    checkNotNull(catalog, "catalog");
    return BundleJson.read(json, false, catalog, "JSON");
  }

  /** Reads a bundle from YAML, resolving metrics in {@link StandardMetrics#catalog()}. */
  public static MetricBundle fromYaml(String yaml) {
    return fromYaml(yaml, StandardMetrics.catalog());
  }

  /** Reads a bundle from YAML; see {@link #fromJson(String, MetricCatalog)}. */
  public static MetricBundle fromYaml(String yaml, MetricCatalog catalog) {
    checkNotNull(yaml, "yaml");
    checkNotNull(catalog, "catalog");
    return BundleJson.read(yaml, true, catalog, "YAML");
  }

  /** Reads a bundle file: YAML when the name ends in .yaml or .yml, JSON otherwise. */
  public static MetricBundle read(Path file) {
    return read(file, StandardMetrics.catalog());
  }

  /**
   * Reads a bundle file with the given catalog; see {@link #read(Path)}.
   *
   * @throws dev.cem.core.CemFormatException naming the file, the field, the value and what is
   *     allowed, or if the file is not UTF-8 text (a leading byte-order mark is ignored)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static MetricBundle read(Path file, MetricCatalog catalog) {
    checkNotNull(file, "file");
    checkNotNull(catalog, "catalog");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CemFormatException(
          format("%s: not UTF-8 text (%s); bundle files must be UTF-8", file, e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundle file " + file, e);
    }
    return BundleJson.read(text, isYaml(file), catalog, file.toString());
  }

  /** Writes this bundle to a file: YAML when the name ends in .yaml or .yml, JSON otherwise. */
  public void write(Path file) {
    checkNotNull(file, "file");
    try {
      Files.writeString(file, isYaml(file) ? toYaml() : toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write bundle file " + file, e);
    }
  }

  /**
   * This bundle as pretty-printed JSON with {@code schemaVersion} 1. Metrics not in {@link
   * StandardMetrics#catalog()} are written under {@code metrics}. A profiled bundle is written with
   * its effective weights.
   */
  public String toJson() {
    return BundleJson.write(this, false);
  }

  /** This bundle as YAML; see {@link #toJson()}. */
  public String toYaml() {
    return BundleJson.write(this, true);
  }

  private static boolean isYaml(Path file) {
    Path fileName = file.getFileName();
    String n = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  // ---------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MetricBundle)) {
      return false;
    }
    MetricBundle b = (MetricBundle) o;
    return name.equals(b.name)
        && description.equals(b.description)
        && components.equals(b.components)
        && List.copyOf(metrics.values()).equals(List.copyOf(b.metrics.values()))
        && aggregation == b.aggregation
        && missingPolicy == b.missingPolicy
        && thresholds.equals(b.thresholds)
        && List.copyOf(profiles.values()).equals(List.copyOf(b.profiles.values()))
        && appliedProfile.equals(b.appliedProfile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, components, aggregation, missingPolicy, thresholds, appliedProfile);
  }

  @Override
  public String toString() {
    return format(
        "MetricBundle[%s, %s, %s, components=%s%s]",
        name,
        aggregation,
        missingPolicy,
        components.stream().map(c -> c.metricId() + "=" + c.weight()).toList(),
        appliedProfile.map(p -> ", profile=" + p).orElse(""));
  }

  /**
   * Collects a bundle's settings; {@link #build()} validates them all. Defaults: {@link
   * Aggregation#ARITHMETIC}, {@link MissingPolicy#FAIL}, no thresholds, no profiles, metrics
   * resolved in {@link StandardMetrics#catalog()}. Each setting may be set once; a second call
   * fails with {@link CemStateException}.
   *
   * <p>This class is not thread safe.
   */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private @Nullable MetricCatalog catalog;
    private final List<BundleComponent> components = new ArrayList<>();
    private @Nullable Aggregation aggregation;
    private @Nullable MissingPolicy missingPolicy;
    private @Nullable Thresholds thresholds;
    private final List<PriorityProfile> profiles = new ArrayList<>();

    private Builder(String name) {
      this.name = checkId(name, "bundle name");
    }

    /** A free-text description. */
    public Builder description(String text) {
      checkNotNull(text, "text");
      checkState(description == null, "description already set to '%s'", description);
      description = text;
      return this;
    }

    /** The catalog metric ids are resolved in; default {@link StandardMetrics#catalog()}. */
    public Builder catalog(MetricCatalog metricCatalog) {
      checkNotNull(metricCatalog, "metricCatalog");
      checkState(catalog == null, "catalog already set to %s", catalog);
      catalog = metricCatalog;
      return this;
    }

    /** Adds a component without cap, thresholds or target. */
    public Builder component(String metricId, double weight, Normalisation normalisation) {
      return component(BundleComponent.of(metricId, weight, normalisation));
    }

    /** Adds a component. */
    public Builder component(BundleComponent component) {
      components.add(checkNotNull(component, "component"));
      return this;
    }

    /** Replaces the components (used to derive a modified bundle). */
    public Builder replaceComponents(List<BundleComponent> newComponents) {
      checkNotNull(newComponents, "newComponents");
      components.clear();
      newComponents.forEach(this::component);
      return this;
    }

    public Builder aggregation(Aggregation value) {
      checkNotNull(value, "value");
      checkState(aggregation == null, "aggregation already set to %s", aggregation);
      aggregation = value;
      return this;
    }

    public Builder missingPolicy(MissingPolicy value) {
      checkNotNull(value, "value");
      checkState(missingPolicy == null, "missing policy already set to %s", missingPolicy);
      missingPolicy = value;
      return this;
    }

    /** Cut points for the score's status, on 0..100. */
    public Builder thresholds(Thresholds value) {
      checkNotNull(value, "value");
      checkState(thresholds == null, "thresholds already set to %s", thresholds);
      thresholds = value;
      return this;
    }

    /** Adds a priority profile. */
    public Builder profile(PriorityProfile profile) {
      profiles.add(checkNotNull(profile, "profile"));
      return this;
    }

    /**
     * Validates the settings and returns the bundle.
     *
     * @throws CemArgumentException naming the component, field and value if: there are no
     *     components; a metric id is unknown or appears twice; every weight is 0; a normalisation
     *     does not fit its metric; thresholds are out of order; a profile is invalid
     */
    public MetricBundle build() {
      MetricCatalog cat = catalog == null ? StandardMetrics.catalog() : catalog;
      checkArgument(
          !components.isEmpty(), "bundle '%s' has no components; add at least one", name);
      Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
      Map<String, Integer> firstIndex = new HashMap<>();
      boolean anyPositive = false;
      for (int i = 0; i < components.size(); i++) {
        BundleComponent c = components.get(i);
        String where = format("bundle '%s' components[%d]", name, i);
        MetricDefinition m;
        try {
          m = cat.get(c.metricId());
        } catch (CemArgumentException e) {
          throw new CemArgumentException(where + ": " + e.getMessage(), e);
        }
        Integer previous = firstIndex.putIfAbsent(c.metricId(), i);
        checkArgument(
            previous == null,
            "bundle '%s': duplicate component for metric '%s' (components[%d] and components[%d])",
            name,
            c.metricId(),
            previous,
            i);
        metrics.put(c.metricId(), m);
        anyPositive |= c.weight() > 0;
        checkFits(c, m, where);
      }
      checkArgument(
          anyPositive,
          "bundle '%s': all component weights are 0 (%s); at least one must be > 0",
          name,
          components.stream().map(BundleComponent::metricId).toList());
      if (thresholds != null) {
        checkBundleThresholds(thresholds);
      }
      Map<String, PriorityProfile> byName = new LinkedHashMap<>();
      for (PriorityProfile p : profiles) {
        checkArgument(
            byName.put(p.name(), p) == null,
            "bundle '%s': profile '%s' is defined twice",
            name,
            p.name());
      }
      MetricBundle bundle =
          new MetricBundle(
              name,
              description == null ? "" : description,
              components,
              metrics,
              aggregation == null ? Aggregation.ARITHMETIC : aggregation,
              missingPolicy == null ? MissingPolicy.FAIL : missingPolicy,
              Optional.ofNullable(thresholds),
              byName,
              Optional.empty());
      for (PriorityProfile p : byName.values()) {
        bundle.checkProfile(p);
      }
      return bundle;
    }

    private void checkBundleThresholds(Thresholds t) {
      String what = format("bundle '%s'", name);
      checkArgument(
          t.amber() >= 0 && t.amber() <= 100 && t.green() >= 0 && t.green() <= 100,
          "%s thresholds (amber %s, green %s) must be between 0 and 100",
          what,
          t.amber(),
          t.green());
      t.checkOrder(Direction.HIGHER_IS_BETTER, what);
    }

    private static void checkFits(BundleComponent c, MetricDefinition m, String where) {
      if (c.normalisation().kind() == NormalisationKind.IDENTITY) {
        checkArgument(
            m.lower() >= 0 && m.upper() <= 100,
            "%s (metric '%s'): IDENTITY normalisation needs a metric on 0..100, but '%s' ranges"
                + " %s..%s; use GOALPOSTS, DISTANCE_TO_TARGET, MIN_MAX or Z_SCORE",
            where,
            m.id(),
            m.id(),
            m.lower(),
            m.upper());
      }
      if (c.thresholds().isPresent()) {
        c.thresholds().get().checkOrder(m.direction(), format("%s (metric '%s')", where, m.id()));
      }
    }
  }
}
