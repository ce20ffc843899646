package dev.cem.examples;

import dev.cem.metrics.ColumnarBatch;
import dev.cem.metrics.ColumnarResult;
import dev.cem.metrics.ColumnarScorer;
import dev.cem.metrics.InvalidRowPolicy;
import dev.cem.metrics.SegmentScores;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The columnar fast path: interactions held as primitive arrays (a dense segment id per row, NPS
 * and CSAT answers as bytes, resolution times and SLA targets in seconds) scored per segment in
 * one pass by a {@link ColumnarScorer}, on all cores. {@link ColumnarBatch#MISSING_BYTE} marks an
 * answer the customer did not give; an invalid value (an NPS of 11) skips its row under {@link
 * InvalidRowPolicy#SKIP_AND_COUNT} and is counted, never dropped silently. The estimates are the
 * accumulators' own, built from the same counts. (A batch this small runs as one task: a parallel
 * task gets at least {@link ColumnarScorer#MIN_ROWS_PER_TASK} rows.)
 */
public final class ScoreColumns {
  private ScoreColumns() {}

  /** Segment names, indexed by segment id. */
  public static final List<String> SEGMENTS = List.of("web", "phone");

  private static final byte NA = ColumnarBatch.MISSING_BYTE;

  /** Segment id of each row. */
  public static final int[] SEGMENT = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
  /** 0..10 answers; row 7 holds an invalid 11. */
  public static final byte[] NPS = {10, 9, 7, 4, 10, 8, 3, 11, 9, 6};
  /** 1..5 answers; row 2 has no answer. */
  public static final byte[] CSAT = {5, 4, NA, 2, 5, 4, 1, 5, 5, 3};
  /** Resolution times in seconds. */
  public static final int[] RESOLUTION = {1800, 3600, 5400, 9000, 600, 7200, 14400, 300, 3000, 1200};
  /** SLA targets in seconds: four hours on the web, two hours by phone. */
  public static final int[] SLA_TARGET = {14400, 14400, 14400, 14400, 14400, 7200, 7200, 7200, 7200, 7200};

  public static void main(String[] args) {
    run(System.out);
  }

  /** Scores the columns, printing a table to {@code out}, and returns the result. */
  public static ColumnarResult run(PrintStream out) {
    ColumnarBatch batch = ColumnarBatch.builder(SEGMENT, SEGMENTS.size())
        .nps(NPS)
        .csat(CSAT) // 1..5, top-2-box
        .resolutionSeconds(RESOLUTION)
        .slaTargetSeconds(SLA_TARGET)
        .build();
    ColumnarScorer scorer = ColumnarScorer.builder()
        .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
        .parallelism(Runtime.getRuntime().availableProcessors())
        .build();
    ColumnarResult result = scorer.score(batch);
    out.printf(Locale.ROOT, "%-6s %5s %7s %7s %10s %6s%n", "", "rows", "NPS", "CSAT%", "mean res s", "SLA%");
    for (SegmentScores s : result.segments()) {
      out.printf(Locale.ROOT, "%-6s %5d %7.1f %7.1f %10.0f %6.1f%n", SEGMENTS.get(s.segment()), s.rows(),
          s.nps().estimate().value(), s.csatTopBox().estimate().value(),
          s.resolution().mean().estimate().value(), s.resolution().slaAttainment().estimate().value());
    }
    out.printf(Locale.ROOT, "rows %d, accepted %d, rejected %d %s%n",
        result.rows(), result.acceptedRows(), result.rejectedRows(), result.rejectedByColumn());
    return result;
  }
}
