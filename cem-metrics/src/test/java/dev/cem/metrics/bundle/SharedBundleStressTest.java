package dev.cem.metrics.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.metrics.Estimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrency stress (docs/quality.md): {@value #THREADS} threads, started together by a latch
 * (STYLE 12), score {@value #ROWS_PER_THREAD} rows each with one shared {@link CompiledBundle},
 * and one shared {@link MetricBundle}; every thread's results
 * must equal the sequential results bit for bit. The shared objects are immutable, so any
 * difference would be a data race.
 */
class SharedBundleStressTest {
  static final int THREADS = 8;
  static final int ROWS_PER_THREAD = 100_000;
  private static final int OBJECT_SCORES_PER_THREAD = 2_000;
  private static final String[] IDS = {"csat", "mttr", "churn", "nps", "ces"};

  private static final MetricBundle BUNDLE =
      CompiledBundleProperties.bundle(
          Aggregation.GEOMETRIC, MissingPolicy.REWEIGHT, List.of(3.0, 1.0, 2.0, 1.0, 0.5), 100);
  private static final Map<String, Map<String, Estimate>> UNITS =
      CompiledBundleProperties.units(
          6, fractions(new SplittableRandom(1), IDS.length * 6), MissingPolicy.REWEIGHT);
  private static final CompiledBundle COMPILED = BUNDLE.compile(BUNDLE.reference(UNITS));

  private static List<Double> fractions(SplittableRandom random, int n) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(random.nextInt(20) == 0 ? Double.NaN : random.nextDouble());
    }
    return out;
  }

  /** Row-major raw values for one thread, from its own seed. */
  private static double[] rows(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] raw = new double[ROWS_PER_THREAD * IDS.length];
    for (int r = 0; r < ROWS_PER_THREAD; r++) {
      raw[r * IDS.length] = random.nextDouble(0, 100);
      raw[r * IDS.length + 1] = random.nextDouble(0, 50_000);
      raw[r * IDS.length + 2] = random.nextInt(50) == 0 ? Double.NaN : random.nextDouble(0, 100);
      raw[r * IDS.length + 3] = random.nextDouble(-100, 100);
      raw[r * IDS.length + 4] = random.nextDouble(1, 7);
    }
    return raw;
  }

  private static double[] scoreAll(double[] raw) {
    double[] out = new double[ROWS_PER_THREAD];
    for (int r = 0; r < ROWS_PER_THREAD; r++) {
      out[r] = COMPILED.score(raw, r * IDS.length);
    }
    return out;
  }

  static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return task.call();
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void compiledBundle_sharedByEightThreads_equalsSequential() throws Exception {
    List<double[]> inputs = new ArrayList<>();
    List<Callable<double[]>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      double[] raw = rows(100 + t);
      inputs.add(raw);
      tasks.add(() -> scoreAll(raw));
    }
    List<double[]> parallel = runTogether(tasks);
    for (int t = 0; t < THREADS; t++) {
      double[] sequential = scoreAll(inputs.get(t));
      assertThat(Arrays.equals(parallel.get(t), sequential)).as("thread %d", t).isTrue();
      assertThat(Arrays.stream(sequential).filter(Double::isFinite).count())
          .as("scores computed")
          .isGreaterThan(ROWS_PER_THREAD / 2);
    }
  }

  @Test
  void metricBundle_objectApiSharedByEightThreads_equalsSequential() throws Exception {
    List<Callable<List<BundleScore>>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(SharedBundleStressTest::objectScores);
    }
    List<BundleScore> sequential = objectScores();
    for (List<BundleScore> result : runTogether(tasks)) {
      assertThat(result).isEqualTo(sequential);
    }
  }

  private static List<BundleScore> objectScores() {
    List<BundleScore> out = new ArrayList<>();
    BundleReference reference = BUNDLE.reference(UNITS);
    for (int i = 0; i < OBJECT_SCORES_PER_THREAD; i++) {
      for (Map<String, Estimate> unit : UNITS.values()) {
        out.add(BUNDLE.score(unit, reference));
      }
    }
    return out;
  }
}
