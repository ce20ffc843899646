package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.core.Scale;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast paths ({@link PackedCounting}, {@link UngroupedCounting}) against the row-by-row loop
 * {@link ColumnarKernel#run}, counter by counter, and the promise that valid data never leaves
 * the fast path. A fast path hands a chunk with an invalid value to the row-by-row loop, which
 * gives the same counts; so a fast path that wrongly gave up on valid data (a table entry off by
 * one, a bound tested the wrong way) would still score correctly, only slowly, and only {@link
 * ColumnarKernel#rowByRowChunks} shows it. A {@code *Test} rather than a {@code *Properties}
 * class, with few tries, so that the mutation-testing profile runs it.
 */
class FastPathTest {

  @Property(tries = 40)
  void count_validBatch_staysOnTheFastPathAndEqualsTheRowByRowLoop(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3 * PackedCounting.CHUNK + 17) int rows,
      @ForAll @IntRange(min = 1, max = 40) int segments,
      @ForAll @IntRange(min = 1, max = ColumnarTesting.Columns.TARGET - 1) int metricColumns,
      @ForAll boolean targets,
      @ForAll boolean largeSeconds,
      @ForAll boolean noneMissing) {
    int columns = metricColumns | (targets ? ColumnarTesting.Columns.TARGET : 0);
    // Without missing values, later chunks are often "plain" (no new extreme), which the
    // ungrouped path counts in loops of their own.
    ColumnarTesting.Columns c =
        ColumnarTesting.random(
            seed,
            rows,
            segments,
            0,
            noneMissing ? 0 : 0.1,
            largeSeconds ? ColumnarBatch.MAX_SECONDS : PackedCounting.SMALL_SECONDS - 1);
    ColumnarBatch b = c.batch(columns);
    ColumnarKernel fast = fast(b);
    assertThat(fast.rowByRowChunks).isZero();
    assertSameCounts(fast, rowByRow(b));
  }

  // CSAT and CES on scales anywhere in a byte (negative ones take the ungrouped path's word-wise
  // counting instead of its lanes), with chunk ends that cut the last word of eight bytes.
  @Property(tries = 25)
  void count_anyByteScale_staysOnTheFastPathAndEqualsTheRowByRowLoop(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 2 * PackedCounting.CHUNK + 13) int rows,
      @ForAll @IntRange(min = 1, max = 3) int segments,
      @ForAll @IntRange(min = -127, max = 120) int csatMin,
      @ForAll @IntRange(min = 1, max = 12) int csatExtra,
      @ForAll @IntRange(min = -127, max = 120) int cesMin,
      @ForAll @IntRange(min = 1, max = 6) int cesExtra) {
    Scale csatScale = Scale.of("csat-like", csatMin, Math.min(127, csatMin + csatExtra));
    Scale cesScale = Scale.of("ces-like", cesMin, Math.min(127, cesMin + cesExtra));
    SplittableRandom random = new SplittableRandom(seed);
    int[] segment = new int[rows];
    byte[] csat = new byte[rows];
    byte[] ces = new byte[rows];
    for (int r = 0; r < rows; r++) {
      segment[r] = random.nextInt(segments);
      csat[r] = answer(random, csatScale);
      ces[r] = answer(random, cesScale);
    }
    ColumnarBatch.Builder builder =
        segments == 1 ? ColumnarBatch.ungrouped(rows) : ColumnarBatch.builder(segment, segments);
    ColumnarBatch b = builder.csat(csat, csatScale, 1).ces(ces, cesScale).build();
    ColumnarKernel fast = fast(b);
    assertThat(fast.rowByRowChunks).isZero();
    assertSameCounts(fast, rowByRow(b));
  }

  /** A point of the scale, or missing one time in ten. */
  private static byte answer(SplittableRandom random, Scale scale) {
    return random.nextInt(10) == 0
        ? ColumnarBatch.MISSING_BYTE
        : (byte) (scale.min() + random.nextInt(scale.points()));
  }

  // Ungrouped chunks after the first, with no missing value and no new extreme, take loops of their
  // own ("plain" chunks), with and without targets: first with both extremes in the first chunk,
  // then with a new maximum in the third chunk and a new minimum in the fourth, which must not
  // pass for plain.
  @Example
  void count_plainUngroupedChunks_equalTheRowByRowLoop() {
    int chunk = UngroupedCounting.CHUNK;
    int rows = 4 * chunk + 5;
    for (boolean lateExtremes : new boolean[] {false, true}) {
      SplittableRandom random = new SplittableRandom(17);
      int[] seconds = new int[rows];
      int[] targets = new int[rows];
      for (int r = 0; r < rows; r++) {
        seconds[r] = 1_000 + random.nextInt(100_000);
        targets[r] = 3600 * (1 + random.nextInt(24));
      }
      seconds[lateExtremes ? 3 * chunk + 9 : 0] = 0;
      seconds[lateExtremes ? 2 * chunk + 9 : 1] = UngroupedCounting.SMALL_SECONDS - 1;
      for (boolean withTargets : new boolean[] {false, true}) {
        ColumnarBatch.Builder builder = ColumnarBatch.ungrouped(rows).resolutionSeconds(seconds);
        ColumnarBatch b = withTargets ? builder.slaTargetSeconds(targets).build() : builder.build();
        ColumnarKernel fast = fast(b);
        assertThat(fast.rowByRowChunks).isZero();
        assertSameCounts(fast, rowByRow(b));
        assertThat(fast.resMin[0]).isZero();
        assertThat(fast.resMax[0]).isEqualTo(UngroupedCounting.SMALL_SECONDS - 1);
      }
    }
  }

  // Every allowed value of every byte column, missing included, and the extremes of the seconds
  // columns, with and without each seconds column: none may send a chunk to the row-by-row loop,
  // grouped or not.
  @Example
  void count_everyAllowedValue_staysOnTheFastPath() {
    int rows = 2 * PackedCounting.CHUNK;
    for (int segments : new int[] {1, 3}) {
      ColumnarTesting.Columns c = ColumnarTesting.random(9, rows, segments, 0);
      byte missing = ColumnarBatch.MISSING_BYTE;
      for (int r = 0; r < rows; r++) {
        c.nps[r] = r % 12 == 11 ? missing : (byte) (r % 12);
        c.csat[r] = r % 6 == 5 ? missing : (byte) (1 + r % 6);
        c.ces[r] = r % 8 == 7 ? missing : (byte) (1 + r % 8);
        c.fcr[r] = r % 3 == 2 ? missing : (byte) (r % 3);
        int[] seconds = {0, 1, ColumnarBatch.MAX_SECONDS, ColumnarBatch.MISSING_INT};
        c.resolution[r] = seconds[r % 4];
        c.target[r] = seconds[(r / 4) % 4];
      }
      int all = ColumnarTesting.Columns.ALL;
      for (int columns :
          new int[] {
            all, all & ~ColumnarTesting.Columns.TARGET, all & ~ColumnarTesting.Columns.RESOLUTION
          }) {
        ColumnarBatch b = c.batch(columns);
        ColumnarKernel fast = fast(b);
        assertThat(fast.rowByRowChunks).as("%d segments, columns %d", segments, columns).isZero();
        assertSameCounts(fast, rowByRow(b));
      }
    }
  }

  // An invalid row sends its own chunk, and only that, to the row-by-row loop: grouped chunks
  // are PackedCounting.CHUNK rows, ungrouped UngroupedCounting.CHUNK.
  @Example
  void count_invalidRows_sendOnlyTheirChunksToTheRowByRowLoop() {
    for (int segments : new int[] {1, 4}) {
      int chunk = segments == 1 ? UngroupedCounting.CHUNK : PackedCounting.CHUNK;
      int rows = 5 * chunk;
      ColumnarTesting.Columns c = ColumnarTesting.random(21, rows, segments, 0);
      c.nps[chunk + 5] = 11;
      c.csat[chunk + 9] = 0; // the same chunk
      c.resolution[3 * chunk] = -2;
      ColumnarBatch b = c.batch();
      ColumnarKernel fast = fast(b);
      assertThat(fast.rowByRowChunks).as("%d segments", segments).isEqualTo(2);
      assertSameCounts(fast, rowByRow(b));
    }
  }

  // A seconds value above the maximum is rejected whichever of the two seconds columns the batch
  // has (the fast path checks each combination in a loop of its own).
  @Example
  void count_secondsAboveTheMaximum_areRejectedWithEitherSecondsColumnAlone() {
    int all = ColumnarTesting.Columns.ALL;
    for (int segments : new int[] {1, 4}) {
      int rows = 3 * PackedCounting.CHUNK;
      ColumnarTesting.Columns c = ColumnarTesting.random(33, rows, segments, 0);
      c.resolution[100] = ColumnarBatch.MAX_SECONDS + 1;
      c.target[PackedCounting.CHUNK + 100] = ColumnarBatch.MAX_SECONDS + 1;
      c.resolution[2 * PackedCounting.CHUNK + 100] = Integer.MAX_VALUE;
      int withoutTargets = all & ~ColumnarTesting.Columns.TARGET;
      int withoutResolutions = all & ~ColumnarTesting.Columns.RESOLUTION;
      for (int columns : new int[] {withoutTargets, withoutResolutions}) {
        ColumnarBatch b = c.batch(columns);
        ColumnarKernel fast = fast(b);
        long expected = columns == withoutTargets ? 2 : 1;
        assertThat(Arrays.stream(fast.rejected).sum())
            .as("%d segments, columns %d", segments, columns)
            .isEqualTo(expected);
        assertSameCounts(fast, rowByRow(b));
      }
    }
  }

  // One segment takes nearly every row, with the same answers in every row, so that its 16-bit
  // packed fields (rows, promoters, a CSAT point, SLA met) would pass 2^16 several times over
  // unless flushed: with few segments (checked every FLUSH_ROWS rows; FEW_SEGMENTS is the most)
  // and with more (noted as they fill). Three rows in four take the largest resolution of the
  // no-carry path (2^23 - 1 s), so that the segment's sum of squares passes 2^64 and its flushes
  // must carry into the high word.
  @Example
  void count_oneHotSegment_flushesBeforeThePackedFieldsOverflow() {
    int rows = 12 * PackedCounting.FLUSH_ROWS + 123;
    int few = PackedCounting.FEW_SEGMENTS;
    for (int segments : new int[] {2, few, few + 1}) {
      ColumnarTesting.Columns c = ColumnarTesting.random(5, rows, 2, 0);
      for (int r = 0; r < rows; r++) {
        c.segment[r] = r % 50 == 0 ? 1 : 0;
        c.nps[r] = 10;
        c.csat[r] = 5;
        c.ces[r] = 1;
        c.fcr[r] = 1;
        c.resolution[r] = r % 4 == 0 ? 60 : PackedCounting.SMALL_SECONDS - 1;
        c.target[r] = 3600;
      }
      ColumnarBatch b = c.batchOfSegments(segments);
      ColumnarKernel fast = fast(b);
      assertThat(fast.rowByRowChunks).as("%d segments", segments).isZero();
      assertThat(fast.segmentRows[0]).isGreaterThan(5 * 65_536);
      assertThat(fast.slaMet[0]).isGreaterThan(65_536);
      assertThat(fast.resSqHi[0]).isPositive();
      assertSameCounts(fast, rowByRow(b));
    }
  }

  private static ColumnarKernel fast(ColumnarBatch b) {
    ColumnarKernel k = new ColumnarKernel(b, false, 3);
    k.count(b, 0, b.rows(), false);
    return k;
  }

  private static ColumnarKernel rowByRow(ColumnarBatch b) {
    ColumnarKernel k = new ColumnarKernel(b, false, 3);
    k.run(b, 0, b.rows(), false);
    return k;
  }

  private static void assertSameCounts(ColumnarKernel fast, ColumnarKernel slow) {
    assertThat(fast.segmentRows).as("rows").isEqualTo(slow.segmentRows);
    assertThat(fast.nps).as("nps").isEqualTo(slow.nps);
    assertThat(fast.csat).as("csat").isEqualTo(slow.csat);
    assertThat(fast.ces).as("ces").isEqualTo(slow.ces);
    assertThat(fast.fcr).as("fcr").isEqualTo(slow.fcr);
    assertThat(fast.resCount).as("resolution count").isEqualTo(slow.resCount);
    assertThat(fast.resSum).as("resolution sum").isEqualTo(slow.resSum);
    assertThat(fast.resSqLo).as("squares, low").isEqualTo(slow.resSqLo);
    assertThat(fast.resSqHi).as("squares, high").isEqualTo(slow.resSqHi);
    // Extremes of segments with resolutions (without any, the fast path may keep a missing -1 as
    // the maximum where the row-by-row loop keeps MIN_VALUE; neither is ever read).
    for (int s = 0; s < slow.resCount.length; s++) {
      if (slow.resCount[s] > 0) {
        assertThat(fast.resMin[s]).as("minimum of segment %d", s).isEqualTo(slow.resMin[s]);
        assertThat(fast.resMax[s]).as("maximum of segment %d", s).isEqualTo(slow.resMax[s]);
      }
    }
    assertThat(fast.slaTrials).as("SLA trials").isEqualTo(slow.slaTrials);
    assertThat(fast.slaMet).as("SLA met").isEqualTo(slow.slaMet);
    assertThat(fast.rejected).as("rejected").isEqualTo(slow.rejected);
  }
}
