package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkConfidence;
import static dev.cem.core.internal.Checks.checkInRange;

import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scores a {@link ColumnarBatch} in one pass: every metric of every segment, with the same {@link
 * Estimate}s as the accumulators (the results are built by the same factories from the counts).
 *
 * <p>The pass allocates nothing per row: counters are flat primitive arrays indexed by segment.
 * With {@code parallelism > 1} the calling thread and {@code parallelism - 1} tasks on the
 * executor (default: the common fork-join pool) count morsels of rows (at least {@value
 * #MIN_ROWS_PER_TASK} each, about eight per task) handed out in row order to whichever asks
 * next, so a task that starts late or shares its core with other work takes fewer. Counts are
 * exact integers, so the result does not depend on scheduling.
 * Percentiles of the resolution times need a per-segment HdrHistogram and a call per row, so they
 * are off unless {@link Builder#percentiles(boolean)} turns them on (each segment with values
 * then holds a histogram per parallel task, see {@link DurationAccumulator} for its size); without
 * them the percentile components of {@link DurationResult} are NaN.
 *
 * <p>Invalid values follow the {@link InvalidRowPolicy}: FAIL throws naming the row, column, value
 * and allowed range; SKIP_AND_COUNT skips the row and counts it by column. Nothing is dropped
 * silently; missing values (the sentinels of {@link ColumnarBatch}) are not invalid, they are
 * simply not counted for that metric.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnarScorer {
  /** A parallel pass has at most rows / this many tasks, and morsels of at least this many rows. */
  public static final int MIN_ROWS_PER_TASK = 1 << 14;

  private final InvalidRowPolicy policy;
  private final boolean percentiles;
  private final int significantDigits;
  private final int parallelism;
  private final Executor executor;
  private final double confidence;
  private final NpsInterval npsInterval;
  private final ProportionInterval proportionInterval;

  private ColumnarScorer(Builder b) {
    this.policy = b.policy;
    this.percentiles = b.percentiles;
    this.significantDigits = b.significantDigits;
    this.parallelism = b.parallelism;
    this.executor = b.executor;
    this.confidence = b.confidence;
    this.npsInterval = b.npsInterval;
    this.proportionInterval = b.proportionInterval;
  }

  /** A scorer with the defaults: FAIL, no percentiles, sequential, 95%, default methods. */
  public static ColumnarScorer defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scores the batch.
   *
   * @throws CemArgumentException under {@link InvalidRowPolicy#FAIL}, for the first invalid row
   */
  public ColumnarResult score(ColumnarBatch batch) {
    checkNotNull(batch, "batch");
    boolean fail = policy == InvalidRowPolicy.FAIL;
    int rows = batch.rows;
    int tasks = Math.max(1, Math.min(parallelism, rows / MIN_ROWS_PER_TASK));
    ColumnarKernel total;
    if (tasks == 1) {
      total = countRange(batch, 0, rows, fail);
    } else {
      total = countParallel(batch, tasks, fail);
    }
    if (total.failRow >= 0) {
      throw invalidRow(batch, total);
    }
    return result(batch, total);
  }

  /**
   * Counts on the calling thread and on {@code tasks - 1} executor tasks, each taking morsels of
   * rows until none is left (see {@link Morsels}). A task that the executor has not started by the
   * time the calling thread runs out of morsels has nothing left to count, and is not waited for.
   * The counts are exact integers, so the order of merging does not matter; under FAIL, the
   * kernel with the first invalid row is the result.
   */
  private ColumnarKernel countParallel(ColumnarBatch batch, int tasks, boolean fail) {
    Morsels morsels = new Morsels(batch.rows, tasks, MIN_ROWS_PER_TASK);
    List<AtomicBoolean> started = new ArrayList<>(tasks - 1);
    List<CompletableFuture<ColumnarKernel>> futures = new ArrayList<>(tasks - 1);
    for (int t = 1; t < tasks; t++) {
      AtomicBoolean claimed = new AtomicBoolean();
      started.add(claimed);
      futures.add(
          CompletableFuture.supplyAsync(
              () -> claimed.compareAndSet(false, true) ? countMorsels(batch, morsels, fail) : null,
              executor));
    }
    ColumnarKernel total = countMorsels(batch, morsels, fail);
    for (int t = 0; t < futures.size(); t++) {
      if (started.get(t).compareAndSet(false, true)) {
        continue; // never started; it will find itself claimed and return at once
      }
      ColumnarKernel kernel = join(futures.get(t));
      if (kernel.failRow >= 0 && (total.failRow < 0 || kernel.failRow < total.failRow)) {
        total = kernel;
      } else if (total.failRow < 0) {
        total.merge(kernel);
      }
    }
    return total;
  }

  private ColumnarKernel countMorsels(ColumnarBatch batch, Morsels morsels, boolean fail) {
    ColumnarKernel kernel = new ColumnarKernel(batch, percentiles, significantDigits);
    kernel.count(batch, morsels, fail);
    return kernel;
  }

  private ColumnarKernel countRange(ColumnarBatch batch, int from, int to, boolean fail) {
    ColumnarKernel kernel = new ColumnarKernel(batch, percentiles, significantDigits);
    kernel.count(batch, from, to, fail);
    return kernel;
  }

  private static ColumnarKernel join(CompletableFuture<ColumnarKernel> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  private ColumnarResult result(ColumnarBatch batch, ColumnarKernel kernel) {
    List<SegmentScores> segments = new ArrayList<>(batch.segmentCount);
    for (int s = 0; s < batch.segmentCount; s++) {
      segments.add(
          new SegmentScores(
              s,
              kernel.segmentRows[s],
              kernel.nps(s, npsInterval, confidence),
              kernel.topBox(s, batch.csatThreshold, proportionInterval, confidence),
              kernel.csatMean(s, batch.csatScale, confidence),
              kernel.cesMean(s, batch.cesScale, confidence),
              kernel.fcr(s, proportionInterval, confidence),
              kernel.resolution(s, confidence, proportionInterval)));
    }
    Map<String, Long> rejected = new LinkedHashMap<>();
    long rejectedRows = 0;
    for (int c = 0; c < ColumnarKernel.COLUMNS.length; c++) {
      rejected.put(ColumnarKernel.COLUMNS[c], kernel.rejected[c]);
      rejectedRows += kernel.rejected[c];
    }
    return new ColumnarResult(
        batch.rows, batch.rows - rejectedRows, rejectedRows, rejected, segments);
  }

  private static CemArgumentException invalidRow(ColumnarBatch batch, ColumnarKernel kernel) {
    String allowed;
    switch (kernel.failColumn) {
      case ColumnarKernel.SEGMENT:
        allowed = Checks.format("between 0 and %d", batch.segmentCount - 1);
        break;
      case ColumnarKernel.NPS:
        allowed = "between 0 and 10, or -128 (missing)";
        break;
      case ColumnarKernel.CSAT:
        allowed = scaleRange(batch.csatScale);
        break;
      case ColumnarKernel.CES:
        allowed = scaleRange(batch.cesScale);
        break;
      case ColumnarKernel.FCR:
        allowed = "0 or 1, or -128 (missing)";
        break;
      default:
        allowed = Checks.format("between 0 and %d, or -1 (missing)", ColumnarBatch.MAX_SECONDS);
    }
    return new CemArgumentException(
        Checks.format(
            "row %d: %s (%d) must be %s",
            kernel.failRow,
            ColumnarKernel.COLUMNS[kernel.failColumn],
            kernel.failValue,
            allowed));
  }

  private static String scaleRange(dev.cem.core.Scale scale) {
    return Checks.format(
        "between %d and %d (scale %s), or -128 (missing)", scale.min(), scale.max(), scale.name());
  }

  /** Settings of a {@link ColumnarScorer}; each has a default. */
  public static final class Builder {
    private InvalidRowPolicy policy = InvalidRowPolicy.FAIL;
    private boolean percentiles;
    private int significantDigits = DurationAccumulator.DEFAULT_SIGNIFICANT_DIGITS;
    private int parallelism = 1;
    private Executor executor = ForkJoinPool.commonPool();
    private double confidence = Estimate.DEFAULT_CONFIDENCE;
    private NpsInterval npsInterval = NpsInterval.ADJUSTED_WALD;
    private ProportionInterval proportionInterval = ProportionInterval.WILSON;

    private Builder() {}

    /** What to do with invalid rows; default FAIL. */
    public Builder invalidRows(InvalidRowPolicy policy) {
      this.policy = checkNotNull(policy, "policy");
      return this;
    }

    /** Whether to compute resolution percentiles (p50, p90, p99); default false. */
    public Builder percentiles(boolean percentiles) {
      this.percentiles = percentiles;
      return this;
    }

    /** Histogram precision for percentiles, 1 to 5 significant digits; default 3. */
    public Builder significantDigits(int digits) {
      this.significantDigits = (int) checkInRange(digits, 1, 5, "significantDigits");
      return this;
    }

    /**
     * The number of threads counting in parallel, >= 1; default 1 (the calling thread only). The
     * calling thread counts too, so {@code parallelism - 1} executor threads are enough.
     */
    public Builder parallelism(int parallelism) {
      checkArgument(parallelism >= 1, "parallelism (%d) must be >= 1", parallelism);
      this.parallelism = parallelism;
      return this;
    }

    /** The executor of the ranges after the first; default the common fork-join pool. Not null. */
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "executor");
      return this;
    }

    /** The confidence level of every interval; default 0.95. */
    public Builder confidence(double confidence) {
      this.confidence = checkConfidence(confidence);
      return this;
    }

    /** The NPS interval method; default adjusted Wald. */
    public Builder npsInterval(NpsInterval method) {
      this.npsInterval = checkNotNull(method, "method");
      return this;
    }

    /** The interval method of proportions (top box, FCR, SLA); default Wilson. */
    public Builder proportionInterval(ProportionInterval method) {
      this.proportionInterval = checkNotNull(method, "method");
      return this;
    }

    public ColumnarScorer build() {
      return new ColumnarScorer(this);
    }
  }
}
