package dev.cem.benchmarks;

import dev.cem.metrics.ColumnarBatch;
import dev.cem.metrics.ColumnarResult;
import dev.cem.metrics.ColumnarScorer;
import dev.cem.metrics.SegmentScores;
import dev.cem.metrics.bundle.CompiledBundle;
import dev.cem.metrics.bundle.MetricBundle;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark job through cem's columnar scorer: the survey columns as a {@link
 * ColumnarBatch}, one {@link ColumnarScorer#score} pass (sequential, or on {@code threads}
 * threads: the calling thread and a pool of {@code threads - 1}), then the job's bundle per
 * segment through a {@link CompiledBundle}. The scorer also computes standard errors and
 * intervals for every metric, which the baselines do not.
 *
 * <p>Not thread safe as a whole: one instance per benchmark; {@link #close()} stops the pool.
 */
public final class LibraryColumnar implements AutoCloseable {

  /** A scored pass: the scorer's result and the bundle score of each segment. */
  public record Scored(ColumnarResult result, double[] bundle) {}

  private final ColumnarScorer scorer;
  private final CompiledBundle bundle;
  private final ExecutorService pool;

  /**
   * @param threads 1 for the calling thread only, more for that many threads counting: the
   *     calling thread and a pool of {@code threads - 1} (not the common pool, which has one
   *     thread fewer than the machine has cores)
   * @param bundle the job's bundle
   */
  public LibraryColumnar(int threads, MetricBundle bundle) {
    if (!(threads >= 1)) {
      throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
    }
    ColumnarScorer.Builder b = ColumnarScorer.builder().parallelism(threads);
    if (threads > 1) {
      pool = Executors.newFixedThreadPool(threads - 1, r -> {
        Thread t = new Thread(r, "cem-columnar");
        t.setDaemon(true);
        return t;
      });
      b.executor(pool);
    } else {
      pool = null;
    }
    this.scorer = b.build();
    this.bundle = bundle.compile();
  }

  /** The grouped job's input: the survey columns, grouped by segment. */
  public static ColumnarBatch groupedBatch(SurveyData d) {
    return batch(d, d.segment, SurveyData.SEGMENTS);
  }

  /** The ungrouped job's input: the survey columns as one ungrouped batch (no segment column). */
  public static ColumnarBatch ungroupedBatch(SurveyData d) {
    return columns(d, ColumnarBatch.ungrouped(d.rows));
  }

  private static ColumnarBatch batch(SurveyData d, int[] segment, int segments) {
    return columns(d, ColumnarBatch.builder(segment, segments));
  }

  private static ColumnarBatch columns(SurveyData d, ColumnarBatch.Builder builder) {
    return builder
        .nps(d.nps)
        .csat(d.csat)
        .resolutionSeconds(d.resolutionSeconds)
        .slaTargetSeconds(d.slaTargetSeconds)
        .build();
  }

  /** One pass over the batch, then the bundle per segment. */
  public Scored score(ColumnarBatch batch) {
    ColumnarResult result = scorer.score(batch);
    List<SegmentScores> segments = result.segments();
    double[] out = new double[segments.size()];
    double[] raw = new double[4];
    for (int s = 0; s < out.length; s++) {
      SegmentScores x = segments.get(s);
      // An empty estimate's value is NaN, which the compiled bundle treats as missing.
      raw[0] = x.nps().estimate().value();
      raw[1] = x.csatTopBox().estimate().value();
      raw[2] = x.resolution().slaAttainment().estimate().value();
      raw[3] = x.resolution().meanEstimate().value();
      out[s] = bundle.score(raw);
    }
    return new Scored(result, out);
  }

  /** The scorer's counts as a {@link JobResult}, for comparison with the baselines. */
  public static JobResult counts(ColumnarResult result) {
    List<SegmentScores> segments = result.segments();
    JobResult r = new JobResult(segments.size());
    for (int g = 0; g < segments.size(); g++) {
      SegmentScores x = segments.get(g);
      r.set(g, x.rows(), x.nps().promoters(), x.nps().detractors(), x.csatTopBox().successes(),
          x.resolution().slaAttainment().successes(), Math.round(x.resolution().mean().mean() * x.resolution().count()));
    }
    return r;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
