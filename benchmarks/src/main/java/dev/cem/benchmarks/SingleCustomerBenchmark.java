package dev.cem.benchmarks;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.CompiledBundle;
import dev.cem.metrics.bundle.MetricBundle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one customer's bundle (the job's four-metric bundle, {@link LibraryObjects#bundle()}):
 * through a {@link CompiledBundle} from primitive values, and through the object API from a map
 * of {@link Estimate}s. Each call scores the next of {@value #CUSTOMERS} customers with different
 * values, so the JIT cannot fold the result.
 *
 * <p><b>Hypothesis.</b> The compiled form is four multiply-adds, four clamps and a division over
 * precomputed arrays: a few nanoseconds and no allocation (escape analysis is not needed; nothing
 * is allocated), inside the target of at most 10 ns/op and 0 B/op. The object API looks
 * four metrics up in a map and builds a {@link BundleScore} with its component scores and
 * propagated standard error; the target is at most 50 ns/op. If it misses, {@code -prof gc}
 * shows whether per-call compilation or result objects are the cost.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SingleCustomerBenchmark -prof gc}
 * (B/op is {@code gc.alloc.rate.norm}). Smoke test: {@code java -jar
 * benchmarks/target/benchmarks.jar -f 0 -wi 0 -i 1 -r 100ms SingleCustomerBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SingleCustomerBenchmark {

  static final int CUSTOMERS = 1024;

  private MetricBundle bundle;
  private CompiledBundle compiled;
  private int width;
  private double[] raw;
  private List<Map<String, Estimate>> estimates;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    bundle = LibraryObjects.bundle();
    compiled = bundle.compile();
    width = compiled.size();
    estimates = customers(CUSTOMERS, SurveyData.SEED);
    raw = new double[CUSTOMERS * width];
    for (int c = 0; c < CUSTOMERS; c++) {
      System.arraycopy(bundle.rawValues(estimates.get(c)), 0, raw, c * width, width);
    }
  }

  /**
   * The baseline for {@link #compiledBundle}: the same harness and the same read of the next
   * customer's values, summed instead of scored. What is left of the compiled bundle's time is
   * the scoring.
   */
  @Benchmark
  public double readRow() {
    int c = next++ & (CUSTOMERS - 1);
    int at = c * width;
    double sum = 0;
    for (int i = 0; i < width; i++) {
      sum += raw[at + i];
    }
    return sum;
  }

  /** One customer through the compiled bundle: primitive values in, score out. */
  @Benchmark
  public double compiledBundle() {
    int c = next++ & (CUSTOMERS - 1);
    return compiled.score(raw, c * width);
  }

  /** One customer through the object API: estimates in, {@link BundleScore} out. */
  @Benchmark
  public BundleScore objectApiBundle() {
    int c = next++ & (CUSTOMERS - 1);
    return bundle.score(estimates.get(c));
  }

  /** Seeded per-customer metrics, each an estimate from a few hundred answers. */
  static List<Map<String, Estimate>> customers(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Estimate>[] out = newMaps(count);
    for (int c = 0; c < count; c++) {
      long n = 50 + random.nextInt(500);
      Map<String, Estimate> m = new HashMap<>();
      m.put("nps", estimate(-60 + 120 * random.nextDouble(), 4, n));
      m.put("csat", estimate(40 + 60 * random.nextDouble(), 2, n));
      m.put("sla-attainment", estimate(50 + 50 * random.nextDouble(), 2, n));
      m.put("resolution-time", estimate(600 + 100_000 * random.nextDouble(), 300, n));
      out[c] = m;
    }
    return List.of(out);
  }

  private static Estimate estimate(double value, double standardError, long n) {
    return Estimate.of(value, standardError, value - 1.96 * standardError, value + 1.96 * standardError,
        Estimate.DEFAULT_CONFIDENCE, n, "benchmark");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Estimate>[] newMaps(int count) {
    return (Map<String, Estimate>[]) new Map<?, ?>[count];
  }
}
