package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.goalpostBundle;
import static dev.cem.metrics.bundle.BundleTesting.goalpostUnit;
import static dev.cem.metrics.bundle.BundleTesting.segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CompiledBundleTest {

  @Test
  void score_rawArray_equalsObjectApi() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.REWEIGHT);
    CompiledBundle compiled = bundle.compile();

    assertThat(compiled.metricIds()).containsExactly("csat", "availability");
    assertThat(compiled.indexOf("availability")).isEqualTo(1);
    assertThat(compiled.score(new double[] {75, 99}))
        .isEqualTo(bundle.score(goalpostUnit()).value());
    // availability missing: re-weighted over csat alone, (75 - 50) / (90 - 50)
    assertThat(compiled.score(new double[] {75, Double.NaN})).isEqualTo(100 * 25.0 / 40);
    assertThat(compiled.coverage(new double[] {75, Double.NaN})).isEqualTo(0.4);
    assertThat(compiled.score(new double[] {Double.NaN, Double.NaN})).isNaN();
    assertThat(compiled.status(73)).isEqualTo(Status.AMBER);
    assertThat(compiled.status(Double.NaN)).isEqualTo(Status.NO_DATA);
  }

  @Test
  void score_infiniteRaw_clamps() {
    CompiledBundle compiled = goalpostBundle(MissingPolicy.FAIL).compile();
    assertThat(compiled.score(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}))
        .isEqualTo(0.4 * 100 + 0.6 * 0);
  }

  @Test
  void score_wrongLengthOrOffset_fails() {
    CompiledBundle compiled = goalpostBundle(MissingPolicy.FAIL).compile();
    assertThatThrownBy(() -> compiled.score(new double[] {1}))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "raw values length (1) must equal the number of components (2): [csat, availability]");
    assertThatThrownBy(() -> compiled.score(new double[] {1, 2, 3}, 2))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("offset (2) must be between 0 and 1 for 3 values");
    assertThatThrownBy(() -> compiled.indexOf("nps"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("metric 'nps' is not a component of bundle 'service'; components: [csat, availability]");
  }

  @Test
  void compile_relativeWithoutReference_fails() {
    MetricBundle bundle =
        MetricBundle.builder("rel").component("nps", 1, Normalisation.zScore()).build();
    assertThatThrownBy(bundle::compile).isInstanceOf(CemStateException.class);
    assertThatThrownBy(() -> bundle.compile(BundleReference.empty()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "component 'nps' uses Z_SCORE normalisation, which is relative to the observed units,"
                + " but the reference has no statistics for it; references: []");
    assertThat(bundle.compile(BundleReference.from(segments())).score(new double[] {30}))
        .isEqualTo(50 + 10 * (30 - 20) / 10.0);
  }

  @Test
  void score_hotPath_allocatesNothing() {
    CompiledBundle compiled =
        MetricBundle.builder("alloc")
            .component("csat", 1, Normalisation.goalposts(50, 90))
            .component("mttr", 2, Normalisation.distanceToTarget(7200))
            .component("churn", 1, Normalisation.identity())
            .aggregation(Aggregation.GEOMETRIC)
            .missingPolicy(MissingPolicy.REWEIGHT)
            .thresholds(Thresholds.of(60, 75))
            .build()
            .compile();
    double[] raw = {70, 9000, Double.NaN};
    double sink = 0;
    for (int i = 0; i < 20_000; i++) {
      raw[0] = 50 + i % 40;
      sink += compiled.score(raw);
    }
    long before = BundleTesting.allocatedBytes();
    int green = 0;
    for (int i = 0; i < 200_000; i++) {
      raw[0] = 50 + i % 40;
      double score = compiled.score(raw);
      sink += score;
      green += compiled.status(score) == Status.GREEN ? 1 : 0;
    }
    long allocated = BundleTesting.allocatedBytes() - before;

    assertThat(sink).isPositive();
    assertThat(green).isPositive();
    // 200 000 calls; a single boxed double per call would be 3.2 MB
    assertThat(allocated).isLessThan(64 * 1024);
  }

  @Test
  void score_sharedAcrossThreads_sameResults() throws Exception {
    CompiledBundle compiled = goalpostBundle(MissingPolicy.TREAT_AS_ZERO).compile();
    double expected = compiled.score(new double[] {75, 99});
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  double[] raw = {75, 99};
                  boolean same = true;
                  for (int i = 0; i < 10_000; i++) {
                    same &= compiled.score(raw) == expected;
                  }
                  return same;
                }));
      }
      start.countDown();
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
