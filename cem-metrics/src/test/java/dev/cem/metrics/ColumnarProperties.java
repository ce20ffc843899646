package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;

import net.jqwik.api.Example;
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

  // Valid or nearly valid batches, large enough to cross chunk and flush boundaries, take the
  // packed fast path (chunks with an invalid value go row by row); any subset of columns.
  @Property(tries = 30)
  void score_largeBatches_anyColumns_equalsObjectPath(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 150_000) int rows,
      @ForAll @IntRange(min = 1, max = 40) int segments,
      @ForAll @IntRange(min = 0, max = 63) int columns,
      @ForAll boolean rareInvalid,
      @ForAll boolean rareMissing,
      @ForAll boolean largeSeconds,
      @ForAll boolean percentiles) {
    int kept = metricColumns(columns);
    // Chunks without missing or large seconds take the small-resolution loop, others the general.
    ColumnarTesting.Columns c =
        ColumnarTesting.random(
                seed,
                rows,
                segments,
                rareInvalid ? 1e-5 : 0,
                rareMissing ? 1e-5 : 0,
                largeSeconds ? ColumnarBatch.MAX_SECONDS : PackedCounting.SMALL_SECONDS)
            .keepOnly(kept);
    assertScoresLikeReference(c, c.batch(kept), percentiles);
  }

  /** At least one metric column: NPS if the bits name none. */
  private static int metricColumns(int columns) {
    return (columns & 31) == 0 ? columns | ColumnarTesting.Columns.NPS : columns;
  }

  /** Scores under SKIP_AND_COUNT; every segment and rejection count equals the reference's. */
  private static void assertScoresLikeReference(
      ColumnarTesting.Columns c, ColumnarBatch batch, boolean percentiles) {
    ColumnarResult result =
        ColumnarScorer.builder()
            .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
            .percentiles(percentiles)
            .build()
            .score(batch);
    ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
    for (SegmentScores s : result.segments()) {
      ColumnarTesting.assertMatches(s, ref, percentiles);
    }
    for (int col = 0; col < ColumnarKernel.COLUMNS.length; col++) {
      assertThat(result.rejected(ColumnarKernel.COLUMNS[col])).isEqualTo(ref.rejectedByColumn[col]);
    }
  }

  // Ungrouped batches (no segment column) take the word-at-a-time path; any rows, not only
  // multiples of 8, and any subset of columns.
  @Property(tries = 40)
  void score_ungrouped_anyColumns_equalsObjectPath(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30_000) int rows,
      @ForAll @IntRange(min = 0, max = 63) int columns,
      @ForAll boolean rareInvalid,
      @ForAll boolean noMissing,
      @ForAll boolean largeSeconds,
      @ForAll boolean percentiles) {
    int kept = metricColumns(columns);
    ColumnarTesting.Columns c =
        ColumnarTesting.random(
                seed,
                rows,
                1,
                rareInvalid ? 1e-4 : 0,
                noMissing ? 0 : 0.1,
                largeSeconds ? ColumnarBatch.MAX_SECONDS : UngroupedCounting.SMALL_SECONDS)
            .keepOnly(kept);
    // The generator's invalid segment ids have no column to live in here.
    java.util.Arrays.fill(c.segment, 0);
    assertScoresLikeReference(c, c.ungroupedBatch(kept), percentiles);
  }

  // SLA targets without resolutions count for nothing, but an invalid one still rejects its row,
  // on every path (found by the property above).
  @Example
  void score_targetsWithoutResolutions_areStillChecked() {
    int rows = 10_000;
    for (int segments : new int[] {1, 3}) {
      ColumnarTesting.Columns c = ColumnarTesting.random(segments, rows, segments, 0);
      c.target[4321] = ColumnarBatch.MAX_SECONDS + 1;
      int columns = ColumnarTesting.Columns.NPS | ColumnarTesting.Columns.TARGET;
      for (ColumnarBatch batch :
          segments == 1
              ? java.util.List.of(c.batch(columns), c.ungroupedBatch(columns))
              : java.util.List.of(c.batch(columns))) {
        ColumnarResult result =
            ColumnarScorer.builder().invalidRows(InvalidRowPolicy.SKIP_AND_COUNT).build().score(batch);
        assertThat(result.rejected("slaTargetSeconds")).isEqualTo(1);
        assertThat(result.acceptedRows()).isEqualTo(rows - 1);
      }
    }
  }

  // A grouped batch with one segment is counted like an ungrouped one, and its segment column
  // is still checked.
  @Example
  void score_oneSegmentColumn_equalsUngroupedAndChecksTheColumn() {
    ColumnarTesting.Columns c = ColumnarTesting.random(5, 10_003, 1, 0);
    ColumnarResult grouped = ColumnarScorer.defaults().score(c.batch());
    ColumnarResult ungrouped =
        ColumnarScorer.defaults().score(c.ungroupedBatch(ColumnarTesting.Columns.ALL));
    assertThat(grouped).isEqualTo(ungrouped);
    c.segment[9_999] = 1;
    assertThatThrownBy(() -> ColumnarScorer.defaults().score(c.batch()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("row 9999: segment (1) must be between 0 and 0");
  }

  // Byte values just outside each allowed range, ungrouped: caught by the word-at-a-time checks.
  @Example
  void score_ungrouped_valuesJustOutsideTheRange_areRejected() {
    byte[][] bad = {{11, -1, 127, -127}, {0, 6, -128 + 1, 127}, {0, 8, -1, 100}, {2, -1, 3, 127}};
    int[] columnBits = {
      ColumnarTesting.Columns.NPS,
      ColumnarTesting.Columns.CSAT,
      ColumnarTesting.Columns.CES,
      ColumnarTesting.Columns.FCR
    };
    for (int col = 0; col < bad.length; col++) {
      for (byte value : bad[col]) {
        ColumnarTesting.Columns c = ColumnarTesting.random(col, 100, 1, 0);
        byte[] column =
            switch (col) {
              case 0 -> c.nps;
              case 1 -> c.csat;
              case 2 -> c.ces;
              default -> c.fcr;
            };
        column[37] = value;
        ColumnarResult result =
            ColumnarScorer.builder()
                .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
                .build()
                .score(c.ungroupedBatch(columnBits[col]));
        assertThat(result.rejectedRows()).as("column %d, value %d", col, value).isEqualTo(1);
      }
    }
  }

  // A CSAT scale with negative points and more than eight of them, grouped and ungrouped.
  @Example
  void score_negativeScale_equalsNaiveCounts() {
    dev.cem.core.Scale scale = dev.cem.core.Scale.of("agree", -5, 5);
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    int rows = 9_001;
    byte[] csat = new byte[rows];
    int[] segment = new int[rows];
    long[][] expected = new long[2][11];
    for (int r = 0; r < rows; r++) {
      csat[r] = random.nextInt(20) == 0 ? ColumnarBatch.MISSING_BYTE : (byte) (random.nextInt(11) - 5);
      segment[r] = random.nextInt(2);
      if (csat[r] != ColumnarBatch.MISSING_BYTE) {
        expected[segment[r]][csat[r] + 5]++;
      }
    }
    ColumnarResult grouped =
        ColumnarScorer.defaults().score(ColumnarBatch.builder(segment, 2).csat(csat, scale, 3).build());
    ColumnarResult ungrouped =
        ColumnarScorer.defaults().score(ColumnarBatch.ungrouped(rows).csat(csat, scale, 3).build());
    for (int s = 0; s < 2; s++) {
      long n = 0;
      long top = 0;
      long sum = 0;
      for (int i = 0; i < 11; i++) {
        n += expected[s][i];
        top += i >= 8 ? expected[s][i] : 0;
        sum += expected[s][i] * (i - 5);
      }
      assertThat(grouped.segment(s).csatTopBox().successes()).isEqualTo(top);
      assertThat(grouped.segment(s).csatMean().count()).isEqualTo(n);
      assertThat(grouped.segment(s).csatMean().mean()).isEqualTo((double) sum / n);
    }
    long all = 0;
    long allTop = 0;
    for (int i = 0; i < 11; i++) {
      all += expected[0][i] + expected[1][i];
      allTop += i >= 8 ? expected[0][i] + expected[1][i] : 0;
    }
    assertThat(ungrouped.segment(0).csatMean().count()).isEqualTo(all);
    assertThat(ungrouped.segment(0).csatTopBox().successes()).isEqualTo(allTop);
  }

  // One invalid value in the middle of a valid chunk, in each column in turn: the chunk's packed
  // counts so far are taken back and the chunk is counted row by row.
  @Example
  void score_oneInvalidValueInEachColumn_skipsOnlyThatRowAndFailNamesIt() {
    int rows = 3 * PackedCounting.CHUNK;
    int bad = PackedCounting.CHUNK + 1234;
    for (int column = 0; column < ColumnarKernel.COLUMNS.length; column++) {
      ColumnarTesting.Columns c = ColumnarTesting.random(column, rows, 5, 0);
      switch (column) {
        case 0 -> c.segment[bad] = 5;
        case 1 -> c.nps[bad] = 11;
        case 2 -> c.csat[bad] = 6;
        case 3 -> c.ces[bad] = 0;
        case 4 -> c.fcr[bad] = 2;
        case 5 -> c.resolution[bad] = ColumnarBatch.MAX_SECONDS + 1;
        default -> c.target[bad] = -2;
      }
      ColumnarResult result =
          ColumnarScorer.builder()
              .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
              .build()
              .score(c.batch());
      ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
      for (SegmentScores s : result.segments()) {
        ColumnarTesting.assertMatches(s, ref, false);
      }
      assertThat(result.rejectedRows()).isEqualTo(1);
      assertThat(result.rejected(ColumnarKernel.COLUMNS[column])).isEqualTo(1);
      assertThatThrownBy(() -> ColumnarScorer.defaults().score(c.batch()))
          .isInstanceOf(CemArgumentException.class)
          .hasMessageStartingWith("row " + bad + ": " + ColumnarKernel.COLUMNS[column] + " (");
    }
  }

  // The rows passes test 0 <= segment < k as two signed comparisons that the JIT folds into one
  // unsigned one: ids just outside and far outside the range are each rejected on their own, with
  // few segments and with more than FEW_SEGMENTS (the pass that notes full segments; rows there
  // use only the first five ids, so that the reference stays small), with and without NPS (the
  // few-segment pass has a loop of its own for batches without it).
  @Example
  void score_segmentIdsOutsideTheRange_areRejectedInBothRowsPasses() {
    int rows = 3 * PackedCounting.CHUNK;
    for (int segments : new int[] {5, PackedCounting.FEW_SEGMENTS + 1}) {
      int[] outside = {-1, segments, Integer.MIN_VALUE, Integer.MAX_VALUE};
      for (int i = 0; i < outside.length; i++) {
        int all = ColumnarTesting.Columns.ALL;
        int columns = i % 2 == 0 ? all : all & ~ColumnarTesting.Columns.NPS;
        ColumnarTesting.Columns c = ColumnarTesting.random(40 + i, rows, 5, 0).keepOnly(columns);
        int bad = PackedCounting.CHUNK + 100 * i + 7;
        c.segment[bad] = outside[i];
        ColumnarBatch batch = c.batchOfSegments(segments, columns);
        ColumnarResult result =
            ColumnarScorer.builder()
                .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
                .build()
                .score(batch);
        ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
        long counted = 0;
        for (int s = 0; s < 5; s++) {
          ColumnarTesting.assertMatches(result.segment(s), ref, false);
          counted += result.segment(s).rows();
        }
        assertThat(counted).as("segment %d", outside[i]).isEqualTo(rows - 1);
        assertThat(result.rejected("segment")).isEqualTo(1);
        assertThatThrownBy(() -> ColumnarScorer.defaults().score(batch))
            .isInstanceOf(CemArgumentException.class)
            .hasMessageStartingWith("row " + bad + ": segment (" + outside[i] + ")");
      }
    }
  }

  // Minima and maxima are looked at only where a value can change them (grouped: between bounds
  // over all segments; ungrouped: a chunk test). Values that keep setting new extremes long after
  // the bounds were first computed, in one segment while the others stay put, must still land.
  @Example
  void score_extremesSetLate_matchReferenceMinAndMax() {
    int rows = 6 * PackedCounting.CHUNK;
    for (int segments : new int[] {1, 4}) {
      ColumnarTesting.Columns c =
          ColumnarTesting.random(11, rows, segments, 0, 0, PackedCounting.SMALL_SECONDS);
      int lowest = Integer.MAX_VALUE;
      int highest = Integer.MIN_VALUE;
      for (int r = 0; r < rows; r++) {
        c.segment[r] = r % segments;
        // Middle values first; in the second half segment 0 drifts to both ends.
        boolean drifting = c.segment[r] == 0 && r > rows / 2;
        boolean down = (r / segments) % 2 == 0;
        c.resolution[r] = drifting ? (down ? 5000 - r / 100 : 5000 + r) : 5000 + r % 7;
        if (c.segment[r] == 0) {
          lowest = Math.min(lowest, c.resolution[r]);
          highest = Math.max(highest, c.resolution[r]);
        }
      }
      ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
      java.util.List<ColumnarBatch> batches =
          segments == 1
              ? java.util.List.of(c.batch(), c.ungroupedBatch(ColumnarTesting.Columns.ALL))
              : java.util.List.of(c.batch());
      for (ColumnarBatch batch : batches) {
        ColumnarResult result = ColumnarScorer.defaults().score(batch);
        for (int s = 0; s < segments; s++) {
          ColumnarTesting.assertMatches(result.segment(s), ref, false);
        }
        assertThat(result.segment(0).resolution().mean().min()).isEqualTo(lowest).isLessThan(4800);
        assertThat(result.segment(0).resolution().mean().max())
            .isEqualTo(highest)
            .isGreaterThan(5000 + rows / 2);
      }
    }
  }

  // Grouped extremes are first kept per segment, then folded into the totals when the bounds over
  // all segments take over, or at the end of a batch that never gets that far. Extremes set only
  // in the first phase must survive either way.
  @Example
  void score_extremesOnlyInTheFirstRows_surviveTheSwitchToBounds() {
    int segments = 4;
    int firstPhase = PackedCounting.ROWS_PER_SEGMENT_BEFORE_BOUNDS * segments;
    for (int rows : new int[] {firstPhase / 2, firstPhase + 3 * PackedCounting.CHUNK}) {
      ColumnarTesting.Columns c =
          ColumnarTesting.random(5, rows, segments, 0, 0, PackedCounting.SMALL_SECONDS);
      for (int r = 0; r < rows; r++) {
        c.segment[r] = r % segments;
        c.resolution[r] = 5000 + r % 7;
      }
      c.resolution[1] = 10; // segment 1's minimum
      c.resolution[2] = 900_000; // segment 2's maximum
      ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
      ColumnarResult result = ColumnarScorer.defaults().score(c.batch());
      for (int s = 0; s < segments; s++) {
        ColumnarTesting.assertMatches(result.segment(s), ref, false);
      }
      assertThat(result.segment(1).resolution().mean().min()).isEqualTo(10);
      assertThat(result.segment(2).resolution().mean().max()).isEqualTo(900_000);
      assertThat(result.segment(0).resolution().mean().min()).isEqualTo(5000);
      assertThat(result.segment(3).resolution().mean().max()).isEqualTo(5006);
    }
  }

  // Ungrouped chunks take a shorter path when no value is missing, large or a new extreme; each
  // chunk here breaks exactly one of those conditions at its edge, or none.
  @Example
  void score_ungroupedChunkEdges_matchReference() {
    int chunk = UngroupedCounting.CHUNK;
    int rows = 8 * chunk;
    ColumnarTesting.Columns c = ColumnarTesting.random(5, rows, 1, 0, 0, 10_000);
    java.util.Arrays.fill(c.segment, 0);
    for (int r = 0; r < rows; r++) {
      c.resolution[r] = 1000 + r % 500; // chunk 0 sets minimum 1000 and maximum 1499
      c.target[r] = 1200;
    }
    c.resolution[chunk + 7] = 1000; // chunk 1: at the minimum and maximum, not beyond
    c.resolution[chunk + 9] = 1499;
    c.resolution[2 * chunk + 3] = 999; // chunk 2: a new minimum
    c.resolution[3 * chunk + 3] = UngroupedCounting.SMALL_SECONDS - 1; // chunk 3: new maximum
    c.resolution[4 * chunk + 5] = UngroupedCounting.SMALL_SECONDS; // chunk 4: large
    c.resolution[5 * chunk + 1] = ColumnarBatch.MISSING_INT; // chunk 5: missing resolution
    c.target[6 * chunk + 2] = ColumnarBatch.MISSING_INT; // chunk 6: missing target
    c.target[7 * chunk + 2] = ColumnarBatch.MAX_SECONDS; // chunk 7: largest target
    ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
    ColumnarResult result =
        ColumnarScorer.defaults().score(c.ungroupedBatch(ColumnarTesting.Columns.ALL));
    ColumnarTesting.assertMatches(result.segment(0), ref, false);
    assertThat(result.segment(0).resolution().mean().min()).isEqualTo(999);
    assertThat(result.segment(0).resolution().mean().max())
        .isEqualTo(UngroupedCounting.SMALL_SECONDS);
  }

  // The word-at-a-time byte tests (ungrouped) and the increment tables (grouped) accept exactly
  // the scale's values and the missing marker: every one of the 256 byte values, in each byte
  // column, on both paths, against the row-by-row reference.
  @Example
  void score_everyByteValueInEveryByteColumn_matchesReference() {
    int rows = 21; // not a multiple of 8: the last word is padded
    for (int column = 0; column < 4; column++) {
      for (int value = Byte.MIN_VALUE; value <= Byte.MAX_VALUE; value++) {
        for (int segments : new int[] {1, 2}) {
          ColumnarTesting.Columns c = ColumnarTesting.random(value, rows, segments, 0);
          byte[] target = column == 0 ? c.nps : column == 1 ? c.csat : column == 2 ? c.ces : c.fcr;
          target[13] = (byte) value;
          target[20] = (byte) value;
          ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
          ColumnarBatch batch =
              segments == 1 ? c.ungroupedBatch(ColumnarTesting.Columns.ALL) : c.batch();
          ColumnarResult result =
              ColumnarScorer.builder().invalidRows(InvalidRowPolicy.SKIP_AND_COUNT).build().score(batch);
          for (int s = 0; s < segments; s++) {
            ColumnarTesting.assertMatches(result.segment(s), ref, false);
          }
          assertThat(result.rejectedRows())
              .as("column %d, value %d", column, value)
              .isEqualTo(ref.rejectedByColumn[column + 1]);
        }
      }
    }
  }

  // Ungrouped byte columns are counted in 8-bit lanes, which one value repeated in every row
  // fills fastest: they must be added into the totals before they overflow. Each column here holds
  // its highest value (every threshold counts every row), its lowest, or only missing values.
  @Example
  void score_ungroupedSameValueInEveryRow_lanesFlushBeforeOverflow() {
    int rows = (ByteLanes.MAX_CHUNKS + 45) * UngroupedCounting.CHUNK + 3;
    byte missing = ColumnarBatch.MISSING_BYTE;
    byte[][] fills = {{10, 5, 7, 1}, {0, 1, 1, 0}, {missing, missing, missing, missing}};
    for (byte[] fill : fills) {
      ColumnarTesting.Columns c = ColumnarTesting.random(11, rows, 1, 0);
      java.util.Arrays.fill(c.nps, fill[0]);
      java.util.Arrays.fill(c.csat, fill[1]);
      java.util.Arrays.fill(c.ces, fill[2]);
      java.util.Arrays.fill(c.fcr, fill[3]);
      ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
      ColumnarResult result =
          ColumnarScorer.defaults().score(c.ungroupedBatch(ColumnarTesting.Columns.ALL));
      ColumnarTesting.assertMatches(result.segment(0), ref, false);
      long expectedPromoters = fill[0] == 10 ? rows : 0;
      assertThat(result.segment(0).nps().promoters()).isEqualTo(expectedPromoters);
    }
  }

  // One segment takes every row: its 16-bit packed fields must be flushed before they overflow.
  @Example
  void score_oneHotSegment_flushesBeforePackedCountersOverflow() {
    int rows = 4 * PackedCounting.FLUSH_ROWS + 123;
    for (double missingRate : new double[] {0, 0.1}) {
      ColumnarTesting.Columns c =
          ColumnarTesting.random(7, rows, 1, 0, missingRate, PackedCounting.SMALL_SECONDS);
      ColumnarResult result = ColumnarScorer.defaults().score(c.batch());
      ColumnarTesting.assertMatches(result.segment(0), ColumnarTesting.reference(c), false);
      assertThat(result.segment(0).rows()).isEqualTo(rows);
    }
  }

  // With many segments, a segment is flushed on its own once its packed row count is high.
  @Example
  void score_manySegmentsOneHot_equalsTheSameRowsWithFewSegments() {
    int rows = 3 * PackedCounting.FLUSH_ROWS;
    for (double missingRate : new double[] {0, 0.1}) {
      ColumnarTesting.Columns c =
          ColumnarTesting.random(3, rows, 10, 0, missingRate, ColumnarBatch.MAX_SECONDS);
      java.util.Arrays.fill(c.segment, 0, rows / 2, 0); // over half the rows in segment 0
      ColumnarResult few = ColumnarScorer.defaults().score(c.batch());
      ColumnarResult many =
          ColumnarScorer.defaults().score(c.batchOfSegments(PackedCounting.FEW_SEGMENTS + 1));
      assertThat(few.segment(0).rows()).isGreaterThan(PackedCounting.FLUSH_ROWS);
      for (int s = 0; s < 10; s++) {
        assertThat(many.segment(s)).isEqualTo(few.segment(s));
      }
      assertThat(many.segment(10).rows()).isZero();
    }
  }

  // More segments than rows: most are empty, none is lost.
  @Example
  void score_manySegments_countsEveryRow() {
    int segments = 70_000;
    int rows = 20_000;
    int[] segment = new int[rows];
    byte[] nps = new byte[rows];
    long[] expectedRows = new long[segments];
    long[] expectedPromoters = new long[segments];
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int r = 0; r < rows; r++) {
      segment[r] = random.nextInt(segments);
      nps[r] = (byte) random.nextInt(11);
      expectedRows[segment[r]]++;
      expectedPromoters[segment[r]] += nps[r] >= 9 ? 1 : 0;
    }
    ColumnarResult result =
        ColumnarScorer.defaults().score(ColumnarBatch.builder(segment, segments).nps(nps).build());
    for (int s = 0; s < segments; s++) {
      assertThat(result.segment(s).rows()).isEqualTo(expectedRows[s]);
      assertThat(result.segment(s).nps().promoters()).isEqualTo(expectedPromoters[s]);
    }
  }

  // Morsels go to whichever task asks next. With tasks that start after random delays, the counts
  // and, under FAIL, the first invalid row are those of the sequential pass.
  @Property(tries = 10)
  void score_parallelMorsels_anyStartDelays_equalSequential(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int parallelism,
      @ForAll @IntRange(min = 0, max = 3) int invalidRows)
      throws InterruptedException {
    int rows = 400_000;
    ColumnarTesting.Columns c = ColumnarTesting.random(seed, rows, 7, 0);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int i = 0; i < invalidRows; i++) {
      c.nps[random.nextInt(rows)] = 11;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(parallelism);
    java.util.concurrent.Executor late =
        task ->
            pool.execute(
                () -> {
                  java.util.concurrent.locks.LockSupport.parkNanos(
                      java.util.concurrent.ThreadLocalRandom.current().nextInt(3_000_000));
                  task.run();
                });
    try {
      for (InvalidRowPolicy policy : InvalidRowPolicy.values()) {
        ColumnarScorer sequential = ColumnarScorer.builder().invalidRows(policy).build();
        ColumnarScorer parallel =
            ColumnarScorer.builder()
                .invalidRows(policy)
                .parallelism(parallelism)
                .executor(late)
                .build();
        if (policy == InvalidRowPolicy.FAIL && invalidRows > 0) {
          String expected = "";
          try {
            sequential.score(c.batch());
          } catch (CemArgumentException e) {
            expected = e.getMessage();
          }
          assertThat(expected).startsWith("row ");
          assertThatThrownBy(() -> parallel.score(c.batch())).hasMessage(expected);
        } else {
          ColumnarResult a = parallel.score(c.batch());
          ColumnarResult b = sequential.score(c.batch());
          assertThat(a.rejectedByColumn()).isEqualTo(b.rejectedByColumn());
          assertThat(a.segments()).isEqualTo(b.segments());
        }
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
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
