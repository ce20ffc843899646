package dev.cem.benchmarks;

import dev.cem.metrics.bundle.BundleScore;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ungrouped job (one group: NPS, CSAT top-2-box, SLA attainment, mean resolution and their
 * weighted bundle over all rows, see {@link JobResult}) against its baselines, in one JMH run.
 *
 * <p><b>Hypothesis.</b> Without groups the job is four compare-and-count streams and one sum over
 * 10 bytes a row, with no data-dependent memory access, so (b) runs close to (a), the read-only
 * limit over the same four columns, while (c) is bound by walking 40-byte records and (d) by
 * DuckDB's per-vector filter evaluation. cem's columnar scorer takes an ungrouped batch ({@code
 * ColumnarBatch.ungrouped}, no segment column), counts the byte columns four values to an int
 * in vectorised loops and the seconds in short vectorisable integer loops, but it also validates
 * every value and keeps the full CSAT distribution, missing counts, minimum, maximum and an exact
 * sum of squares, which (b) does not; the target is that it stays within 2x of (a) on one thread all the same.
 *
 * <p>One operation is one pass over all rows; {@code benchmarks/summarize.py} divides by {@code
 * rows} for ns/row and rows/s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar UngroupedBenchmark -rf json -rff
 * ungrouped.json}, or {@code benchmarks/run.sh short|full}. Smoke test: {@code java -jar
 * benchmarks/target/benchmarks.jar -f 0 -wi 0 -i 1 -r 100ms -p rows=10000 UngroupedBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class UngroupedBenchmark {

  /** (a) The limit: read the four columns the job needs once and sum them. */
  @Benchmark
  public int baselineLimit(States.Survey s) {
    return Limit.sumUngroupedColumns(s.data);
  }

  /** (b) The hand-written single-pass loop with counters in local variables. */
  @Benchmark
  public double baselineHandWritten(States.Survey s) {
    return HandWritten.ungrouped(s.data).checksum();
  }

  /** (c) Records in a list, {@code stream().collect} with the same custom collector. */
  @Benchmark
  public TypicalStreams.SegmentReport baselineStreams(States.Records r) {
    return TypicalStreams.ungrouped(r.responses);
  }

  /** (d) DuckDB's SQL aggregation without GROUP BY, table loaded outside the timing. */
  @Benchmark
  public double baselineDuckDb(States.DuckDb db) throws SQLException {
    return db.job.ungrouped().checksum();
  }

  /** cem's object API: one set of accumulators, snapshots, the bundle. */
  @Benchmark
  public BundleScore libraryObjects(States.Survey s, States.Library lib) {
    return LibraryObjects.ungrouped(s.data, lib.bundle);
  }

  /** cem's columnar scorer, one pass, on {@code threads} threads; then the bundle per segment. */
  @Benchmark
  public LibraryColumnar.Scored libraryColumnar(States.UngroupedBatch b, States.Columnar c) {
    return c.scorer.score(b.batch);
  }
}
