package dev.cem.benchmarks;

import dev.cem.metrics.ColumnarBatch;
import dev.cem.metrics.bundle.MetricBundle;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH states the benchmarks share. Each is built once per trial (per fork and parameter
 * combination), outside the timing; a benchmark method that does not use a state does not pay
 * for it nor multiply its parameters.
 */
public final class States {

  private States() {}

  /**
   * The survey columns. {@code rows} is a parameter: {@code -p rows=10000} gives a smoke run in
   * seconds, the sizes are 1,000,000 and 10,000,000.
   */
  @State(Scope.Benchmark)
  public static class Survey {
    @Param({"1000000", "10000000"})
    public int rows;

    public SurveyData data;

    @Setup(Level.Trial)
    public void setUp() {
      data = SurveyData.generate(rows, SurveyData.SEED);
    }
  }

  /** The same rows as records in a list, for baseline (c). */
  @State(Scope.Benchmark)
  public static class Records {
    public List<TypicalStreams.SurveyResponse> responses;

    @Setup(Level.Trial)
    public void setUp(Survey survey) {
      responses = TypicalStreams.records(survey.data);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      responses = null;
    }
  }

  /**
   * The same rows loaded into an in-memory DuckDB, for baseline (d). {@code duckdbThreads} is
   * {@code 1} ({@code SET threads = 1}) or {@code default} (DuckDB's default, one per core).
   */
  @State(Scope.Benchmark)
  public static class DuckDb {
    @Param({"1", "default"})
    public String duckdbThreads;

    public DuckDbJob job;

    @Setup(Level.Trial)
    public void setUp(Survey survey) throws SQLException {
      int threads = "default".equals(duckdbThreads) ? 0 : Integer.parseInt(duckdbThreads);
      job = DuckDbJob.load(survey.data, threads);
      // Printed into the JMH log, so the thread count of "default" is on record.
      System.out.println("DuckDB threads = " + job.threads());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      if (job != null) {
        job.close();
        job = null;
      }
    }
  }

  /** The job's bundle in cem's terms, built once. */
  @State(Scope.Benchmark)
  public static class Library {
    public MetricBundle bundle;

    @Setup(Level.Trial)
    public void setUp() {
      bundle = LibraryObjects.bundle();
    }
  }

  /**
   * cem's columnar scorer with {@code threads} = {@code 1} (the calling thread), {@code 2}, or
   * {@code all} (one per available processor); above 1, the calling thread and a pool of one
   * thread fewer count the ranges.
   */
  @State(Scope.Benchmark)
  public static class Columnar {
    @Param({"1", "2", "all"})
    public String threads;

    public LibraryColumnar scorer;

    @Setup(Level.Trial)
    public void setUp() {
      int n = "all".equals(threads) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
      scorer = new LibraryColumnar(n, LibraryObjects.bundle());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      if (scorer != null) {
        scorer.close();
        scorer = null;
      }
    }
  }

  /** The survey columns as the columnar scorer's batch, grouped by segment. */
  @State(Scope.Benchmark)
  public static class GroupedBatch {
    public ColumnarBatch batch;

    @Setup(Level.Trial)
    public void setUp(Survey survey) {
      batch = LibraryColumnar.groupedBatch(survey.data);
    }
  }

  /** The survey columns as the columnar scorer's batch, one segment (a column of zeros). */
  @State(Scope.Benchmark)
  public static class UngroupedBatch {
    public ColumnarBatch batch;

    @Setup(Level.Trial)
    public void setUp(Survey survey) {
      batch = LibraryColumnar.ungroupedBatch(survey.data);
    }
  }
}
