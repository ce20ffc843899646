package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.catalog.MetricDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The compiled form equals the object API exactly, and both match a naive reference
 * implementation written from the formulas in {@link Normalisation} and {@link Aggregation}.
 */
class CompiledBundleProperties {
  private static final String[] IDS = {"csat", "mttr", "churn", "nps", "ces"};

  @Property(tries = 300)
  void compiled_equalsObjectApiAndReference(
      @ForAll Aggregation aggregation,
      @ForAll MissingPolicy policy,
      @ForAll("weights") List<Double> weights,
      @ForAll @DoubleRange(min = 1, max = 100) double cap,
      @ForAll @IntRange(min = 1, max = 6) int unitCount,
      @ForAll("fractions") List<Double> fractions) {
    MetricBundle bundle = bundle(aggregation, policy, weights, cap);
    Map<String, Map<String, Estimate>> units = units(unitCount, fractions, policy);
    CompiledBundle compiled = bundle.compile(bundle.reference(units));
    Map<String, BundleScore> scores = bundle.scoreAll(units);

    double[][] columns = new double[IDS.length][unitCount];
    double[] rowMajor = new double[IDS.length * unitCount];
    int u = 0;
    for (Map.Entry<String, Map<String, Estimate>> unit : units.entrySet()) {
      double[] raw = bundle.rawValues(unit.getValue());
      BundleScore object = scores.get(unit.getKey());
      double fast = compiled.score(raw);

      assertThat(Double.compare(fast, object.value())).as("compiled %s vs object %s", fast, object.value()).isZero();
      assertThat(fast).isCloseTo(reference(bundle, units, raw), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(compiled.coverage(raw)).isEqualTo(object.coverage());
      assertThat(compiled.status(fast)).isEqualTo(object.status());
      if (!object.isEmpty()) {
        assertThat(fast).isBetween(0.0, 100.0);
        double sum = object.components().stream().mapToDouble(ComponentScore::contribution).sum();
        assertThat(sum).isCloseTo(fast, org.assertj.core.data.Offset.offset(1e-9));
      }
      for (int i = 0; i < IDS.length; i++) {
        columns[i][u] = raw[i];
        rowMajor[u * IDS.length + i] = raw[i];
      }
      assertThat(Double.compare(compiled.score(rowMajor, u * IDS.length), fast)).isZero();
      u++;
    }
    double[] out = new double[unitCount];
    compiled.scoreColumns(columns, out);
    u = 0;
    for (BundleScore s : scores.values()) {
      assertThat(Double.compare(out[u++], s.value())).isZero();
    }
  }

  @Property(tries = 100)
  void compiled_failPolicyWithMissing_throwsLikeObjectApi(
      @ForAll Aggregation aggregation,
      @ForAll("weights") List<Double> weights,
      @ForAll @IntRange(min = 0, max = 4) int missing) {
    MetricBundle bundle = bundle(aggregation, MissingPolicy.FAIL, weights, 100);
    Map<String, Estimate> values = new LinkedHashMap<>();
    for (int i = 0; i < IDS.length; i++) {
      if (i != missing) {
        values.put(IDS[i], point(bundle.metric(IDS[i]).lower() + 1));
      }
    }
    BundleReference reference = bundle.reference(Map.of("a", values));
    double[] raw = bundle.rawValues(values);

    if (bundle.component(IDS[missing]).weight() == 0) {
      // a component without weight never counts, so it cannot be missing
      assertThat(bundle.compile(reference).score(raw))
          .isEqualTo(bundle.score(values, reference).value());
    } else {
      assertThatThrownBy(() -> bundle.compile(reference).score(raw))
          .isInstanceOf(CemArgumentException.class)
          .hasMessageContaining("component '" + IDS[missing] + "' has no value");
      assertThatThrownBy(() -> bundle.score(values, reference))
          .isInstanceOf(CemArgumentException.class)
          .hasMessageContaining("component '" + IDS[missing] + "' has no value");
    }
  }

  @Provide
  Arbitrary<List<Double>> weights() {
    Arbitrary<Double> w =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
            net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(0.01, 10)));
    return w.list().ofSize(IDS.length).filter(l -> l.stream().anyMatch(x -> x > 0));
  }

  @Provide
  Arbitrary<List<Double>> fractions() {
    Arbitrary<Double> f =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, 1.0, 0.5)),
            net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0, 1)));
    return f.list().ofSize(IDS.length * 6);
  }

  static MetricBundle bundle(
      Aggregation aggregation, MissingPolicy policy, List<Double> weights, double cap) {
    return MetricBundle.builder("property")
        .aggregation(aggregation)
        .missingPolicy(policy)
        .component(
            BundleComponent.of("csat", weights.get(0), Normalisation.goalposts(50, 90)).withCap(cap))
        .component("mttr", weights.get(1), Normalisation.distanceToTarget(7200))
        .component("churn", weights.get(2), Normalisation.identity())
        .component("nps", weights.get(3), Normalisation.minMax())
        .component("ces", weights.get(4), Normalisation.zScore())
        .build();
  }

  /** Units whose raw values are the fractions mapped onto each metric's range; NaN is missing. */
  static Map<String, Map<String, Estimate>> units(
      int count, List<Double> fractions, MissingPolicy policy) {
    Map<String, Map<String, Estimate>> units = new LinkedHashMap<>();
    for (int u = 0; u < count; u++) {
      Map<String, Estimate> values = new LinkedHashMap<>();
      for (int i = 0; i < IDS.length; i++) {
        double f = fractions.get(u * IDS.length + i);
        if (Double.isNaN(f)) {
          if (policy == MissingPolicy.FAIL) {
            f = 0.5;
          } else {
            continue;
          }
        }
        values.put(IDS[i], point(onRange(IDS[i], f)));
      }
      units.put("unit-" + u, values);
    }
    return units;
  }

  private static double onRange(String id, double f) {
    switch (id) {
      case "mttr":
        return 50_000 * f;
      case "nps":
        return -100 + 200 * f;
      case "ces":
        return 1 + 6 * f;
      default:
        return 100 * f;
    }
  }

  // --- The naive reference ---------------------------------------------------------------------

  /** The score written directly from the documented formulas. */
  static double reference(
      MetricBundle bundle, Map<String, Map<String, Estimate>> units, double[] raw) {
    List<BundleComponent> cs = bundle.components();
    double[] y = new double[cs.size()];
    double[] w = new double[cs.size()];
    boolean anyPresent = false;
    for (int i = 0; i < cs.size(); i++) {
      BundleComponent c = cs.get(i);
      if (c.weight() == 0) {
        continue;
      }
      if (Double.isNaN(raw[i])) {
        if (bundle.missingPolicy() == MissingPolicy.TREAT_AS_ZERO) {
          y[i] = 0;
          w[i] = c.weight();
        }
        continue;
      }
      anyPresent = true;
      w[i] = c.weight();
      y[i] = naiveNormalise(c, bundle.metric(c.metricId()), units, raw[i]);
    }
    if (!anyPresent) {
      return Double.NaN;
    }
    double total = 0;
    for (double x : w) {
      total += x;
    }
    double s;
    switch (bundle.aggregation()) {
      case ARITHMETIC:
        s = 0;
        for (int i = 0; i < y.length; i++) {
          s += w[i] / total * y[i];
        }
        return s;
      case GEOMETRIC:
        s = 1;
        for (int i = 0; i < y.length; i++) {
          s *= Math.pow(y[i], w[i] / total);
        }
        return s;
      default:
        s = Double.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
          if (w[i] > 0) {
            s = Math.min(s, y[i]);
          }
        }
        return s;
    }
  }

  private static double naiveNormalise(
      BundleComponent c, MetricDefinition m, Map<String, Map<String, Estimate>> units, double x) {
    boolean higher = m.higherIsBetter();
    Normalisation n = c.normalisation();
    double y;
    switch (n.kind()) {
      case GOALPOSTS:
        y = higher
            ? 100 * (x - n.lower()) / (n.upper() - n.lower())
            : 100 * (n.upper() - x) / (n.upper() - n.lower());
        break;
      case DISTANCE_TO_TARGET:
        y = higher ? 100 * x / n.target() : x <= 0 ? 100 : 100 * n.target() / x;
        break;
      case IDENTITY:
        y = higher ? x : 100 - x;
        break;
      case MIN_MAX:
        {
          double[] v = observed(units, m.id());
          double min = Double.POSITIVE_INFINITY;
          double max = Double.NEGATIVE_INFINITY;
          for (double a : v) {
            min = Math.min(min, a);
            max = Math.max(max, a);
          }
          y = max == min ? 50 : higher ? 100 * (x - min) / (max - min) : 100 * (max - x) / (max - min);
          break;
        }
      default:
        {
          double[] v = observed(units, m.id());
          double sum = 0;
          for (double a : v) {
            sum += a;
          }
          double mean = sum / v.length;
          double ss = 0;
          for (double a : v) {
            ss += (a - mean) * (a - mean);
          }
          boolean allEqual = java.util.Arrays.stream(v).allMatch(a -> a == v[0]);
          double sd = v.length < 2 || allEqual ? 0 : Math.sqrt(ss / (v.length - 1));
          double z = sd == 0 ? 0 : (x - mean) / sd;
          y = 50 + 10 * (higher ? z : -z);
        }
    }
    return Math.min(Math.max(y, 0), c.cap().orElse(100));
  }

  private static double[] observed(Map<String, Map<String, Estimate>> units, String id) {
    return units.values().stream()
        .map(u -> u.get(id))
        .filter(e -> e != null && !e.isEmpty())
        .mapToDouble(Estimate::value)
        .toArray();
  }
}
