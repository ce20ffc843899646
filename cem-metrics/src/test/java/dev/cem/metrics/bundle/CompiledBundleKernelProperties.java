package dev.cem.metrics.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.catalog.MetricDefinition;
import dev.cem.metrics.catalog.StandardMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The specialised kernels {@link CompiledBundle#score(double[])} picks at compile time give the
 * same double, bit for bit ({@link Double#compare} is 0, NaN included), as the generic reference
 * loop {@link CompiledBundle#scoreReference}, and fail with the same message where it fails.
 * Bundles are random (aggregation, missing-value policy, 1 to 6 components, every normalisation
 * kind, degenerate min-max and z-score references, weights of 0, caps); rows are random too,
 * with NaN (missing), infinities, values outside the metric's range and values on the goalposts
 * and references.
 */
class CompiledBundleKernelProperties {
  /** Metrics of every range and direction; percent metrics also allow IDENTITY. */
  private static final String[] METRICS = {
    "csat", "nps", "ces", "mttr", "churn", "availability", "resolution-time", "fcr"
  };

  @Property(tries = 1000)
  void kernel_equalsReference(
      @ForAll("bundles") MetricBundleCase c, @ForAll("rows") List<double[]> rows) {
    CompiledBundle compiled = c.compiled();
    Statistics.collect(compiled.kernelName());
    Statistics.coverage(
        coverage -> {
          for (String kernel : List.of("arithmetic-linear", "arithmetic", "geometric", "minimum")) {
            coverage.check(kernel).percentage(p -> p > 5);
          }
        });
    int k = compiled.size();
    for (double[] source : rows) {
      double[] raw = new double[k];
      System.arraycopy(source, 0, raw, 0, k);
      String what = c.bundle() + " on " + Arrays.toString(raw);
      double expected;
      try {
        expected = compiled.scoreReference(raw, 0);
      } catch (CemArgumentException e) {
        assertThatThrownBy(() -> compiled.score(raw))
            .as(what)
            .isInstanceOf(CemArgumentException.class)
            .hasMessage(e.getMessage());
        continue;
      }
      double fast = compiled.score(raw);
      assertThat(Double.compare(fast, expected))
          .as("%s: kernel %s, reference %s", what, fast, expected)
          .isZero();
      // the same row inside a longer array, at an offset
      double[] padded = new double[k + 3];
      System.arraycopy(raw, 0, padded, 2, k);
      assertThat(Double.compare(compiled.score(padded, 2), expected)).as(what).isZero();
    }
  }

  /**
   * The object API's one-pass path for the arithmetic-linear kernel gives the same {@link
   * BundleScore} (equals compares every double with {@link Double#compare}, components included)
   * and the same text as the generic path, and fails with the same message.
   */
  @Property(tries = 1000)
  void explain_specialisedEqualsGeneric(
      @ForAll("bundles") MetricBundleCase c, @ForAll("rows") List<double[]> rows) {
    CompiledBundle compiled = c.compiled();
    Statistics.collect(compiled.kernelName());
    for (double[] row : rows) {
      Map<String, Estimate> unit = unit(c.bundle(), row);
      BundleScore expected;
      try {
        expected = compiled.explain(unit, false);
      } catch (CemArgumentException e) {
        assertThatThrownBy(() -> compiled.explain(unit, true))
            .as("%s on %s", c.bundle(), unit)
            .isInstanceOf(CemArgumentException.class)
            .hasMessage(e.getMessage());
        continue;
      }
      BundleScore fast = compiled.explain(unit, true);
      assertThat(fast).as("%s on %s", c.bundle(), unit).isEqualTo(expected);
      assertThat(fast.toString()).isEqualTo(expected.toString());
    }
  }

  /**
   * A unit from a row: NaN is absent or an empty estimate, other values are clamped into the
   * metric's range (infinities to its ends, or to 10^6 for open-ended metrics), with a standard
   * error of 0, NaN or a fraction of the value.
   */
  private static Map<String, Estimate> unit(MetricBundle bundle, double[] row) {
    Map<String, Estimate> unit = new LinkedHashMap<>();
    List<BundleComponent> components = bundle.components();
    for (int i = 0; i < components.size(); i++) {
      String id = components.get(i).metricId();
      double x = row[i];
      if (Double.isNaN(x)) {
        if (i % 2 == 0) {
          unit.put(id, Estimate.empty("test", BundleScore.DEFAULT_CONFIDENCE));
        }
        continue;
      }
      MetricDefinition m = bundle.metric(id);
      x = Math.max(m.lower(), Math.min(Math.min(m.upper(), 1e6), x));
      double se = i % 3 == 0 ? 0 : i % 3 == 1 ? Double.NaN : Math.abs(x) / 10 + 0.5;
      unit.put(id, Estimate.of(x, se, x - 2 * se, x + 2 * se, 0.95, 100, "test"));
    }
    return unit;
  }

  /** A random bundle compiled against a random reference. */
  record MetricBundleCase(MetricBundle bundle, CompiledBundle compiled) {}

  @Provide
  Arbitrary<MetricBundleCase> bundles() {
    Arbitrary<Aggregation> aggregation = Arbitraries.of(Aggregation.class);
    Arbitrary<MissingPolicy> policy = Arbitraries.of(MissingPolicy.class);
    Arbitrary<List<String>> ids =
        Arbitraries.of(METRICS).list().uniqueElements().ofMinSize(1).ofMaxSize(6);
    Arbitrary<Boolean> linearOnly = Arbitraries.of(true, false);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(aggregation, policy, ids, linearOnly, seed)
        .as(CompiledBundleKernelProperties::bundle)
        .filter(c -> c != null);
  }

  /** Builds the case; null when every weight drew 0 (the builder rejects that). */
  private static MetricBundleCase bundle(
      Aggregation aggregation,
      MissingPolicy policy,
      List<String> ids,
      boolean linearOnly,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MetricBundle.Builder b =
        MetricBundle.builder("random").aggregation(aggregation).missingPolicy(policy);
    List<ComponentReference> references = new ArrayList<>();
    boolean anyPositive = false;
    for (String id : ids) {
      MetricDefinition metric = StandardMetrics.catalog().get(id);
      double lower = metric.lower();
      // open-ended metrics (seconds) draw their goalposts and references below a day and more
      double upper = Double.isFinite(metric.upper()) ? metric.upper() : 100_000;
      // weights of 0, arbitrary weights, and quarters, whose sums are often powers of two
      double weight =
          random.nextInt(5) == 0
              ? 0
              : random.nextBoolean()
                  ? 0.01 + 10 * random.nextDouble()
                  : 0.25 * (1 << random.nextInt(3));
      anyPositive |= weight > 0;
      Normalisation n;
      int kind = random.nextInt(linearOnly ? 3 : 5);
      boolean percent = lower == 0 && upper == 100;
      switch (kind) {
        case 0:
          n = percent ? Normalisation.identity() : goalposts(random, lower, upper);
          break;
        case 1:
          n = goalposts(random, lower, upper);
          break;
        case 2:
          n = Normalisation.zScore();
          references.add(reference(random, id, lower, upper));
          break;
        case 3:
          n = Normalisation.minMax();
          references.add(reference(random, id, lower, upper));
          break;
        default:
          n = Normalisation.distanceToTarget(0.5 + random.nextDouble() * Math.max(1, upper));
      }
      BundleComponent component = BundleComponent.of(id, weight, n);
      if (random.nextInt(4) == 0) {
        component = component.withCap(1 + 99 * random.nextDouble());
      }
      b.component(component);
    }
    if (!anyPositive) {
      return null;
    }
    MetricBundle bundle = b.build();
    return new MetricBundleCase(bundle, bundle.compile(BundleReference.of(references)));
  }

  private static Normalisation goalposts(SplittableRandom random, double lower, double upper) {
    double a = lower + (upper - lower) * random.nextDouble();
    double c = lower + (upper - lower) * random.nextDouble();
    return a == c
        ? Normalisation.goalposts(lower, upper)
        : Normalisation.goalposts(Math.min(a, c), Math.max(a, c));
  }

  /** One to four observed values; often all equal or a single one, so the reference is degenerate. */
  private static ComponentReference reference(
      SplittableRandom random, String id, double lower, double upper) {
    int n = 1 + random.nextInt(4);
    double[] values = new double[n];
    boolean same = random.nextInt(4) == 0;
    double first = lower + (upper - lower) * random.nextDouble();
    for (int i = 0; i < n; i++) {
      values[i] = same ? first : lower + (upper - lower) * random.nextDouble();
    }
    return ComponentReference.of(id, values);
  }

  @Provide
  Arbitrary<List<double[]>> rows() {
    Arbitrary<Double> value =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(Double.NaN)),
            Tuple.of(1, Arbitraries.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)),
            Tuple.of(2, Arbitraries.of(0.0, -0.0, 1.0, 7.0, 50.0, 90.0, 100.0, -100.0, 3600.0)),
            Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6)),
            Tuple.of(10, Arbitraries.doubles().between(-100, 100)),
            Tuple.of(4, Arbitraries.doubles().between(0, 100_000)));
    Arbitrary<double[]> row =
        value.list().ofSize(6).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    // rows with nothing missing, the kernels' own path, are as common as rows with a gap
    Arbitrary<double[]> full =
        value.filter(x -> !Double.isNaN(x)).list().ofSize(6)
            .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    return Arbitraries.oneOf(row, full).list().ofMinSize(1).ofMaxSize(8);
  }
}
