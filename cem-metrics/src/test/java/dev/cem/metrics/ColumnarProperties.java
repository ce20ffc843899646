package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The columnar scorer equals the naive row-by-row reference through the object API. */
class ColumnarProperties {

  @Property(tries = 60)
  void score_anyBatch_equalsObjectPath(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3_000) int rows,
      @ForAll @IntRange(min = 1, max = 12) int segments,
      @ForAll @DoubleRange(min = 0, max = 0.3) double invalidRate,
      @ForAll boolean percentiles) {
    ColumnarTesting.Columns c = ColumnarTesting.random(seed, rows, segments, invalidRate);
    ColumnarResult result =
        ColumnarScorer.builder()
            .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
            .percentiles(percentiles)
            .build()
            .score(c.batch());
    ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
    assertThat(result.segments()).hasSize(segments);
    for (SegmentScores s : result.segments()) {
      ColumnarTesting.assertMatches(s, ref, percentiles);
    }
    long rejected = 0;
    for (int col = 0; col < ColumnarKernel.COLUMNS.length; col++) {
      assertThat(result.rejected(ColumnarKernel.COLUMNS[col])).isEqualTo(ref.rejectedByColumn[col]);
      rejected += ref.rejectedByColumn[col];
    }
    assertThat(result.rejectedRows()).isEqualTo(rejected);
    assertThat(result.acceptedRows()).isEqualTo(rows - rejected);
  }

  // Parallel ranges merge to the sequential counts; the batch is large enough for several tasks.
  @Property(tries = 8)
  void score_parallel_equalsSequential(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int parallelism) {
    ColumnarTesting.Columns c = ColumnarTesting.random(seed, 70_000, 4, 0.01);
    ColumnarScorer.Builder builder =
        ColumnarScorer.builder().invalidRows(InvalidRowPolicy.SKIP_AND_COUNT).percentiles(true);
    ColumnarResult sequential = builder.build().score(c.batch());
    ColumnarResult parallel = builder.parallelism(parallelism).build().score(c.batch());
    assertThat(parallel.rejectedByColumn()).isEqualTo(sequential.rejectedByColumn());
    for (int s = 0; s < 4; s++) {
      SegmentScores a = parallel.segment(s);
      SegmentScores b = sequential.segment(s);
      assertThat(a.nps()).isEqualTo(b.nps());
      assertThat(a.csatTopBox()).isEqualTo(b.csatTopBox());
      assertThat(a.csatMean()).isEqualTo(b.csatMean());
      assertThat(a.fcr()).isEqualTo(b.fcr());
      // Resolution moments come from exact integer sums: identical, not merely close.
      assertThat(a.resolution()).isEqualTo(b.resolution());
    }
  }
}
