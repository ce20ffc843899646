package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The delta-method standard error against a Monte Carlo oracle: draw each component's raw value
 * from a normal distribution with its estimate's standard error, score each draw with the compiled
 * form, and compare the standard deviation of the scores. Seeded, so deterministic.
 */
class DeltaMethodTest {
  private static final long SEED = 20_081_208L;

  @Test
  void standardError_geometricSmallErrors_matchesMonteCarlo() {
    MetricBundle bundle =
        MetricBundle.builder("geo")
            .component("csat", 1, Normalisation.goalposts(40, 95))
            .component("fcr", 2, Normalisation.identity())
            .component("mttr", 1, Normalisation.distanceToTarget(3600))
            .aggregation(Aggregation.GEOMETRIC)
            .build();
    double[] x = {70, 60, 5400};
    double[] se = {1.5, 2, 120};

    BundleScore s =
        bundle.score(
            Map.of(
                "csat", estimate(x[0], se[0]),
                "fcr", estimate(x[1], se[1]),
                "mttr", estimate(x[2], se[2])));

    assertThat(s.standardError()).isCloseTo(monteCarloSd(bundle.compile(), x, se), within(0.03 * s.standardError()));
  }

  @Test
  void standardError_arithmeticInsideGoalposts_matchesMonteCarlo() {
    MetricBundle bundle = BundleTesting.goalpostBundle(MissingPolicy.FAIL);
    double[] x = {75, 98};
    double[] se = {2, 0.3};

    BundleScore s =
        bundle.score(Map.of("csat", estimate(x[0], se[0]), "availability", estimate(x[1], se[1])));

    assertThat(s.standardError()).isCloseTo(monteCarloSd(bundle.compile(), x, se), within(0.03 * s.standardError()));
  }

  private static double monteCarloSd(CompiledBundle compiled, double[] x, double[] se) {
    SplittableRandom random = new SplittableRandom(SEED);
    int n = 40_000;
    double[] raw = new double[x.length];
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < x.length; j++) {
        raw[j] = x[j] + se[j] * random.nextGaussian();
      }
      double v = compiled.score(raw);
      sum += v;
      sumSq += v * v;
    }
    double mean = sum / n;
    return Math.sqrt((sumSq - n * mean * mean) / (n - 1));
  }

  @Test
  void componentReference_skipsNaN_rejectsInfinity() {
    ComponentReference r = ComponentReference.of("csat", 60, Double.NaN, 80);

    // two values: mean 70, s = sqrt((100 + 100) / (2 - 1))
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.mean()).isEqualTo(70.0);
    assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(200), within(1e-12));
    assertThat(r.hasRange()).isTrue();
    assertThat(ComponentReference.of("csat").n()).isZero();
    assertThat(ComponentReference.of("csat", 5).hasSpread()).isFalse();
    assertThatThrownBy(() -> ComponentReference.of("csat", 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("value for metric 'csat' (Infinity) must be finite");
  }
}
