package dev.cem.metrics;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of the columnar scorer: the same counts as {@link ColumnarKernel#run}, with far
 * fewer memory writes and branches per row.
 *
 * <p>Design. Counting rows by segment is bound by the read-modify-write of a segment's counters,
 * one store per counter per row, not by arithmetic. So:
 *
 * <ul>
 *   <li><b>Packed counters.</b> Counts that change together live as 16-bit fields of one {@code
 *       long} per segment: rows and the three NPS categories in one word; the CSAT (and CES)
 *       distribution four points to a word; FCR successes and trials in one; SLA met and the sum
 *       of resolution seconds (48 bits) in one. A row adds one precomputed increment per byte
 *       column, looked up by its value, so there is no branch on the data. The fields are added
 *       into the kernel's {@code long} totals (flushed) before any can overflow: a segment's
 *       once its row count reaches {@value #FLUSH_ROWS}, and all at the end. Minimum and maximum
 *       are not counts: they live outside the hot resolution counters (sum and SLA met in one
 *       word, the sum of squares in an array of its own). The first rows of each segment compare
 *       with its own extremes; after that a row looks at them only if its value lies outside
 *       bounds over all segments, which is rare (see {@link #countSmallResolutions}).
 *   <li><b>One pass per column, over chunks of {@value #CHUNK} rows.</b> Each metric is its own
 *       tight loop over the chunk (absent columns cost nothing; later passes read the segment ids
 *       from cache). Separate passes measured faster than one fused loop.
 *   <li><b>Validation folded into the passes.</b> The seconds columns are checked first for the
 *       whole chunk in one vectorisable pass, which also tells whether the chunk has missing or
 *       large (2^23 s or more) values. An invalid byte value has increment 0 (every allowed value,
 *       missing included, has a non-zero one) and the segment range is one OR of sign bits; each
 *       is a single branch valid data never takes. A pass that meets an invalid value stops, the
 *       chunk's counts so far are subtracted again, and the chunk goes through the row-by-row
 *       path of {@link ColumnarKernel#run}, which applies the {@link InvalidRowPolicy} exactly as
 *       before.
 *   <li><b>Resolution without missing or large values</b> (the usual chunk) needs no per-row
 *       checks: every row is a count and an SLA trial, and squares below 2^46 cannot overflow a
 *       {@code long} between flushes, so the 128-bit carry is not needed either. Other chunks take
 *       a general loop that counts missing values and carries the sum of squares into 128 bits.
 * </ul>
 */
final class PackedCounting {
  /** Rows counted together. */
  static final int CHUNK = 4096;

  /**
   * A segment's fields are flushed once its row count reaches this (2^15). With few segments the
   * counts are checked every this many rows (whole chunks), so none can reach 2^16 in between;
   * with more than {@link #FEW_SEGMENTS} that check costs too much, and the rows pass notes each
   * segment that reaches it, to be flushed at the end of the chunk.
   */
  static final int FLUSH_ROWS = 8 * CHUNK;

  /** The most segments whose counts are checked every {@link #FLUSH_ROWS} rows. */
  static final int FEW_SEGMENTS = 1 << 14;

  /**
   * Small resolutions are compared with their own segment's extremes until there have been this
   * many per segment; after that with bounds over all segments, which by then are tight.
   */
  static final int ROWS_PER_SEGMENT_BEFORE_BOUNDS = 256;

  /** Resolution seconds below this have squares below 2^46: no carry between flushes. */
  static final int SMALL_SECONDS = 1 << 23;

  private static final int FIELD_BITS = 16;
  private static final long FIELD_MASK = 0xFFFF;
  private static final int ROWS_SHIFT = 48;
  private static final long ONE_ROW = 1L << ROWS_SHIFT;
  private static final int SUM_SHIFT = 16;
  private static final int MISSING = ColumnarBatch.MISSING_BYTE & 0xFF;

  /** Offset of each 0..10 score in a segment's (promoters, passives, detractors) triple. */
  private static final int[] NPS_SLOT = {2, 2, 2, 2, 2, 2, 2, 1, 1, 0, 0};

  private final ColumnarKernel totals;
  private final int k;
  private final int csatPoints;
  private final int cesPoints;
  private final int csatWords;
  private final int cesWords;

  // Increments by (value & 0xFF); 0 marks an invalid value.
  private final long[] npsIncrement = new long[256];
  private final int[] csatWord = new int[256];
  private final long[] csatIncrement = new long[256];
  private final int[] cesWord = new int[256];
  private final long[] cesIncrement = new long[256];
  private final long[] fcrIncrement = new long[256];

  // Packed per-segment counters since the segment's last flush.
  private final long[] rowsNps;
  private final long[] csat;
  private final long[] ces;
  private final long[] fcr;
  /** Per segment: SLA met (low field) and the sum of resolutions (above {@link #SUM_SHIFT}). */
  private final long[] resolution;

  /**
   * Per segment: the sum of squares of small resolutions. An array of its own rather than next to
   * {@link #resolution}: two scattered adds into two arrays measured faster than into adjacent
   * words of one (1.9 against 2.3 ns/row for the resolution pass at 10M rows).
   */
  private final long[] squares;
  /** Missing resolutions (low field) and rows that are no SLA trial (next field). */
  private final long[] resolutionMissing;

  /**
   * Per segment, while small resolutions are compared with their own segment's extremes (see
   * {@link #countSmallResolutions}): the maximum in the high and the minimum in the low 32 bits,
   * so that one load serves both comparisons.
   */
  private final long[] minMax;

  /** Small-resolution rows still to be compared with their own segment's extremes. */
  private long rowsBeforeBounds;

  /**
   * No value at or above this can lower any segment's minimum, and none at or below {@link
   * #maxFloor} raise a maximum; see {@link #countSmallResolutions}.
   */
  private int minCeiling = Integer.MAX_VALUE;

  private int maxFloor = Integer.MIN_VALUE;
  private int lookedSinceBounds;

  /** Chunks' rows counted through the packed counters since their counts were last checked. */
  private int sinceCheck;

  /** Segments whose row count reached {@link #FLUSH_ROWS} in the current chunk. */
  private final int[] full = new int[CHUNK];

  private int fullCount;

  PackedCounting(ColumnarKernel totals, ColumnarBatch b) {
    this.totals = totals;
    this.k = b.segmentCount;
    this.csatPoints = b.csatScale.points();
    this.cesPoints = b.cesScale.points();
    // One more field per scale for missing values, so that only invalid values have increment 0.
    this.csatWords = (csatPoints + 1 + 3) / 4;
    this.cesWords = (cesPoints + 1 + 3) / 4;
    npsIncrement[MISSING] = ONE_ROW;
    for (int v = 0; v <= 10; v++) {
      npsIncrement[v] = ONE_ROW | 1L << (FIELD_BITS * NPS_SLOT[v]);
    }
    scaleTables(b.csatScale.min(), csatPoints, k, csatWord, csatIncrement);
    scaleTables(b.cesScale.min(), cesPoints, k, cesWord, cesIncrement);
    // Fields: successes, trials, missing.
    fcrIncrement[0] = 1L << FIELD_BITS;
    fcrIncrement[1] = 1L << FIELD_BITS | 1;
    fcrIncrement[MISSING] = 1L << (2 * FIELD_BITS);
    rowsNps = new long[k];
    csat = new long[b.csat == null ? 0 : k * csatWords];
    ces = new long[b.ces == null ? 0 : k * cesWords];
    fcr = new long[b.fcr == null ? 0 : k];
    boolean hasResolution = b.resolutionSeconds != null;
    resolution = new long[hasResolution ? k : 0];
    squares = new long[hasResolution ? k : 0];
    resolutionMissing = new long[hasResolution ? k : 0];
    minMax = new long[hasResolution ? k : 0];
    Arrays.fill(minMax, minAndMax(Integer.MAX_VALUE, Integer.MIN_VALUE));
    rowsBeforeBounds = (long) ROWS_PER_SEGMENT_BEFORE_BOUNDS * k;
  }

  private static long minAndMax(int min, int max) {
    return (long) max << 32 | (min & 0xFFFF_FFFFL);
  }

  /**
   * Point i of a scale is field i: bits 16 (i % 4) of word i / 4, which for segment s is at (i /
   * 4) k + s (words by field, then segment, so that a row's index is a table entry plus its
   * segment, without a multiplication); missing is field {@code points}.
   */
  private static void scaleTables(int min, int points, int k, int[] word, long[] increment) {
    for (int i = 0; i <= points; i++) {
      int v = i == points ? MISSING : (min + i) & 0xFF;
      word[v] = (i / 4) * k;
      increment[v] = 1L << (FIELD_BITS * (i % 4));
    }
  }

  /** Counts rows [from, to) into the totals, as {@link ColumnarKernel#run} would. */
  void run(ColumnarBatch b, int from, int to, boolean fail) {
    count(b, from, to, fail);
    finish();
  }

  /**
   * Counts rows [from, to), leaving fields in the packed counters until {@link #finish()}; may be
   * called for several ranges in turn (the morsels of one parallel task). Stops at a failed row.
   */
  void count(ColumnarBatch b, int from, int to, boolean fail) {
    for (int start = from; start < to; start += CHUNK) {
      int end = Math.min(to, start + CHUNK);
      if (countChunk(b, start, end)) {
        for (int i = 0; i < fullCount; i++) {
          flush(full[i]);
        }
        // A field, so that the check comes every FLUSH_ROWS rows across ranges too.
        sinceCheck += CHUNK;
        if (sinceCheck == FLUSH_ROWS && k <= FEW_SEGMENTS) {
          for (int s = 0; s < k; s++) {
            if (rowsNps[s] >>> ROWS_SHIFT >= FLUSH_ROWS) {
              flush(s);
            }
          }
          sinceCheck = 0;
        }
      } else {
        totals.rowByRowChunks++;
        totals.run(b, start, end, fail);
        if (totals.failRow >= 0) {
          return;
        }
      }
    }
  }

  /** Adds every packed field, and the extremes, into the totals. */
  void finish() {
    for (int s = 0; s < k; s++) {
      flush(s);
    }
    if (rowsBeforeBounds > 0) {
      foldMinMax();
    }
  }

  // The byte-column passes, in the order they run.
  private static final int ROWS_PASS = 0;
  private static final int CSAT_PASS = 1;
  private static final int CES_PASS = 2;
  private static final int FCR_PASS = 3;

  /**
   * Counts a chunk pass by pass. If a pass meets an invalid value, subtracts what the chunk added
   * and returns false.
   */
  private boolean countChunk(ColumnarBatch b, int from, int to) {
    int seconds = scanSeconds(b, from, to);
    if (seconds == SECONDS_INVALID) {
      return false;
    }
    int[] segment = b.segment;
    int failed;
    int stop;
    if ((stop = countRows(b, from, to)) < to) {
      failed = ROWS_PASS;
    } else if (b.csat != null
        && (stop = countScale(segment, b.csat, csat, csatWord, csatIncrement, from, to))
            < to) {
      failed = CSAT_PASS;
    } else if (b.ces != null
        && (stop = countScale(segment, b.ces, ces, cesWord, cesIncrement, from, to))
            < to) {
      failed = CES_PASS;
    } else if (b.fcr != null && (stop = countFcr(segment, b.fcr, from, to)) < to) {
      failed = FCR_PASS;
    } else {
      failed = -1;
    }
    if (failed >= 0) {
      // Passes before the failed one counted the whole chunk, the failed one up to stop.
      for (int pass = ROWS_PASS; pass <= failed; pass++) {
        undo(pass, b, from, pass == failed ? stop : to);
      }
      return false;
    }
    if (seconds == SECONDS_SMALL) {
      countSmallResolutions(b, from, to);
    } else if (seconds == SECONDS_ANY) {
      countResolutions(b, from, to);
    }
    if (seconds != SECONDS_ABSENT && totals.histograms.length > 0) {
      int[] values = b.resolutionSeconds;
      for (int r = from; r < to; r++) {
        if (values[r] != ColumnarBatch.MISSING_INT) {
          totals.histogram(segment[r]).recordValue(values[r] * 1000L);
        }
      }
    }
    return true;
  }

  private static final int SECONDS_ABSENT = 0;
  private static final int SECONDS_INVALID = 1;
  private static final int SECONDS_SMALL = 2;
  private static final int SECONDS_ANY = 3;

  /**
   * Checks the seconds columns of a chunk: invalid if any value is below -1 or above the maximum;
   * absent without resolutions; small if none is missing and every resolution is below {@link
   * #SMALL_SECONDS}.
   */
  private static int scanSeconds(ColumnarBatch b, int from, int to) {
    int limit = ColumnarBatch.MAX_SECONDS;
    int[] seconds = b.resolutionSeconds;
    int[] targets = b.slaTargetSeconds;
    int range = 0;
    int bits = 0;
    if (seconds == null) {
      // Targets without resolutions count for nothing, but are still checked, as row by row.
      if (targets != null) {
        for (int r = from; r < to; r++) {
          int t = targets[r];
          range |= (t + 1) | (limit - t);
        }
      }
      return range < 0 ? SECONDS_INVALID : SECONDS_ABSENT;
    }
    if (targets == null) {
      for (int r = from; r < to; r++) {
        int v = seconds[r];
        range |= (v + 1) | (limit - v);
        bits |= v;
      }
    } else {
      for (int r = from; r < to; r++) {
        int v = seconds[r];
        int t = targets[r];
        range |= (v + 1) | (limit - v) | (t + 1) | (limit - t);
        bits |= v | (t & Integer.MIN_VALUE); // of a target, only missing matters here
      }
    }
    if (range < 0) {
      return SECONDS_INVALID;
    }
    // A missing value (-1) sets the sign bit; any value >= 2^23 sets a bit at or above 23.
    return (bits & -SMALL_SECONDS) == 0 ? SECONDS_SMALL : SECONDS_ANY;
  }

  /**
   * Rows and NPS; stops at an out-of-range segment or an invalid NPS value. With many segments,
   * also notes those whose row count reached {@link #FLUSH_ROWS}.
   */
  private int countRows(ColumnarBatch b, int from, int to) {
    fullCount = 0;
    if (k > FEW_SEGMENTS) {
      return countRowsNotingFull(b, from, to);
    }
    int[] segment = b.segment;
    long[] rowsNps = this.rowsNps;
    // 0 <= s < k, tested against the counters' length (k) as two signed comparisons: the JIT
    // folds them into one unsigned comparison, the same as its range check of rowsNps[s], which
    // it then drops. Integer.compareUnsigned is not folded so on JDK 17 (its x + MIN_VALUE
    // stays, and so does the range check): 10M rows took 40 ms with it, 36 to 38 without.
    int segments = rowsNps.length;
    if (b.nps == null) {
      for (int r = from; r < to; r++) {
        int s = segment[r];
        if (s < 0 || s >= segments) {
          return r;
        }
        rowsNps[s] += ONE_ROW;
      }
      return to;
    }
    byte[] nps = b.nps;
    long[] increment = npsIncrement;
    for (int r = from; r < to; r++) {
      int s = segment[r];
      long add = increment[nps[r] & 0xFF];
      if (s < 0 || s >= segments || add == 0) {
        return r;
      }
      rowsNps[s] += add;
    }
    return to;
  }

  private int countRowsNotingFull(ColumnarBatch b, int from, int to) {
    int[] segment = b.segment;
    long[] rowsNps = this.rowsNps;
    int[] full = this.full;
    int segments = rowsNps.length;
    int noted = 0;
    for (int r = from; r < to; r++) {
      int s = segment[r];
      long add = b.nps == null ? ONE_ROW : npsIncrement[b.nps[r] & 0xFF];
      if (s < 0 || s >= segments || add == 0) {
        return r;
      }
      long w = rowsNps[s] + add;
      rowsNps[s] = w;
      if (w >>> ROWS_SHIFT >= FLUSH_ROWS) {
        full[noted++] = s; // may repeat a segment; flushing again adds nothing
      }
    }
    fullCount = noted;
    return to;
  }

  /** Subtracts rows [from, to) of one byte-column pass (a no-op for an absent column). */
  private void undo(int pass, ColumnarBatch b, int from, int to) {
    int[] segment = b.segment;
    for (int r = from; r < to; r++) {
      int s = segment[r];
      switch (pass) {
        case ROWS_PASS -> rowsNps[s] -= b.nps == null ? ONE_ROW : npsIncrement[b.nps[r] & 0xFF];
        case CSAT_PASS -> undoScale(b.csat, csat, csatWord, csatIncrement, s, r);
        case CES_PASS -> undoScale(b.ces, ces, cesWord, cesIncrement, s, r);
        default -> fcr[s] -= b.fcr == null ? 0 : fcrIncrement[b.fcr[r] & 0xFF];
      }
    }
  }

  private static void undoScale(
      byte @Nullable [] column, long[] packed, int[] word, long[] increment, int s, int r) {
    if (column != null) {
      int v = column[r] & 0xFF;
      packed[word[v] + s] -= increment[v];
    }
  }

  private static int countScale(
      int[] segment,
      byte[] column,
      long[] packed,
      int[] word,
      long[] increment,
      int from,
      int to) {
    for (int r = from; r < to; r++) {
      int v = column[r] & 0xFF;
      long add = increment[v];
      if (add == 0) {
        return r;
      }
      packed[word[v] + segment[r]] += add;
    }
    return to;
  }

  private int countFcr(int[] segment, byte[] column, int from, int to) {
    long[] fcr = this.fcr;
    long[] increment = fcrIncrement;
    for (int r = from; r < to; r++) {
      long add = increment[column[r] & 0xFF];
      if (add == 0) {
        return r;
      }
      fcr[segment[r]] += add;
    }
    return to;
  }

  /**
   * Resolutions of a chunk with no missing value and every value below {@link #SMALL_SECONDS}:
   * every row is counted (and is an SLA trial if there are targets); squares need no carry.
   *
   * <p>Minimum and maximum, in two phases. A segment's extremes change ever more rarely as its
   * rows accumulate: after m rows, a row sets a new one with probability about 2/m. So the first
   * {@link #ROWS_PER_SEGMENT_BEFORE_BOUNDS} rows per segment compare with their own segment's
   * extremes, both in one word of {@link #minMax}. After that a row's value can lower its
   * segment's minimum only if it lies below {@link #minCeiling}, the largest of the segments'
   * minima, and raise its maximum only if above {@link #maxFloor} (minima only fall and maxima
   * only rise, so bounds from earlier stay safe). By then nearly every value lies between the two,
   * and the row costs two comparisons in registers instead of a load. Bounds from the start
   * would be loose for long (the largest of many minima), and a row that must look is a branch
   * mispredicted: scoring 100,000 rows in 1,000 segments took 0.92 ms that way against 0.68 ms.
   */
  private void countSmallResolutions(ColumnarBatch b, int from, int to) {
    if (rowsBeforeBounds > 0) {
      countSmallResolutionsEachSegment(b, from, to);
      rowsBeforeBounds -= to - from;
      if (rowsBeforeBounds <= 0) {
        foldMinMax();
        updateBounds();
      }
      return;
    }
    int[] segment = b.segment;
    int[] seconds = b.resolutionSeconds;
    int[] targets = b.slaTargetSeconds;
    long[] res = resolution;
    long[] sq = squares;
    int[] min = totals.resMin;
    int[] max = totals.resMax;
    int ceiling = minCeiling;
    int floor = maxFloor;
    int looked = 0;
    int segments = res.length;
    for (int r = from; r < to; r++) {
      int s = segment[r];
      // The rows pass has checked every segment; testing again, against the counters' length,
      // takes the place of the JIT's own range check of res[s] (see countRows).
      if (s < 0 || s >= segments) {
        throw new IllegalStateException("segment " + s + " was not checked");
      }
      int v = seconds[r];
      // met = 1 when v <= t, from the sign of t - v (no overflow: both are in 0..MAX_SECONDS).
      long met = targets == null ? 0 : ((targets[r] - v) >>> 31) ^ 1;
      res[s] += (long) v << SUM_SHIFT | met;
      sq[s] += (long) v * v;
      if (v < ceiling || v > floor) {
        looked++;
        if (v < min[s]) {
          min[s] = v;
        }
        if (v > max[s]) {
          max[s] = v;
        }
      }
    }
    lookedSinceBounds += looked;
    if (lookedSinceBounds >= k) {
      updateBounds();
    }
  }

  /**
   * The first phase of {@link #countSmallResolutions}: extremes per segment, in {@link #minMax}.
   * Counts as the second phase's loop does; a loop of its own (not one loop with a mode test)
   * so that the JIT compiles each phase's loop with nothing else in it.
   */
  private void countSmallResolutionsEachSegment(ColumnarBatch b, int from, int to) {
    int[] segment = b.segment;
    int[] seconds = b.resolutionSeconds;
    int[] targets = b.slaTargetSeconds;
    long[] res = resolution;
    long[] sq = squares;
    long[] minMax = this.minMax;
    int segments = res.length;
    for (int r = from; r < to; r++) {
      int s = segment[r];
      if (s < 0 || s >= segments) {
        throw new IllegalStateException("segment " + s + " was not checked");
      }
      int v = seconds[r];
      long met = targets == null ? 0 : ((targets[r] - v) >>> 31) ^ 1;
      res[s] += (long) v << SUM_SHIFT | met;
      sq[s] += (long) v * v;
      long m = minMax[s];
      int lo = (int) m;
      int hi = (int) (m >> 32);
      if (v < lo || v > hi) {
        minMax[s] = minAndMax(Math.min(lo, v), Math.max(hi, v));
      }
    }
  }

  /** Adds the extremes of {@link #minMax} into the totals' minima and maxima. */
  private void foldMinMax() {
    int[] min = totals.resMin;
    int[] max = totals.resMax;
    for (int s = 0; s < minMax.length; s++) {
      long m = minMax[s];
      min[s] = Math.min(min[s], (int) m);
      max[s] = Math.max(max[s], (int) (m >> 32));
    }
  }

  /**
   * Recomputes {@link #minCeiling} and {@link #maxFloor}; O(segments), so done only after at
   * least as many rows had to look at their segment's minimum and maximum.
   */
  private void updateBounds() {
    int ceiling = Integer.MIN_VALUE;
    int floor = Integer.MAX_VALUE;
    for (int s = 0; s < k; s++) {
      ceiling = Math.max(ceiling, totals.resMin[s]);
      floor = Math.min(floor, totals.resMax[s]);
    }
    minCeiling = ceiling;
    maxFloor = floor;
    lookedSinceBounds = 0;
  }

  /**
   * Resolutions of a chunk that may hold missing values (-1, in either column) and values up to
   * MAX_SECONDS: counts the missing ones, and adds squares into the totals' 128-bit sum.
   */
  private void countResolutions(ColumnarBatch b, int from, int to) {
    int[] segment = b.segment;
    int[] seconds = b.resolutionSeconds;
    int[] targets = b.slaTargetSeconds;
    long[] res = resolution;
    long[] missingCounts = resolutionMissing;
    long[] sqLo = totals.resSqLo;
    long[] sqHi = totals.resSqHi;
    int[] min = totals.resMin;
    int[] max = totals.resMax;
    for (int r = from; r < to; r++) {
      int s = segment[r];
      int v = seconds[r];
      int t = targets == null ? ColumnarBatch.MISSING_INT : targets[r];
      int missing = v >> 31; // -1 if v is missing, else 0
      long trial = (1 + missing) & (1 + (t >> 31));
      long met = trial & (((t - v) >>> 31) ^ 1);
      long x = v & ~missing;
      res[s] += x << SUM_SHIFT | met;
      missingCounts[s] += -missing | (1 - trial) << FIELD_BITS;
      long square = x * x;
      long lo = sqLo[s] + square;
      if (Long.compareUnsigned(lo, square) < 0) {
        sqHi[s]++;
      }
      sqLo[s] = lo;
      // Missing becomes Integer.MAX_VALUE for the minimum, and -1 stays below any maximum.
      int forMin = v & Integer.MAX_VALUE;
      if (forMin < min[s]) {
        min[s] = forMin;
      }
      if (v > max[s]) {
        max[s] = v;
      }
    }
  }

  /** Adds the packed fields of segment s into the totals and clears them. */
  private void flush(int s) {
    long w = rowsNps[s];
    if (w == 0) {
      return; // no row of this segment since its last flush, so every word is 0
    }
    rowsNps[s] = 0;
    ColumnarKernel t = totals;
    long rows = w >>> ROWS_SHIFT;
    t.segmentRows[s] += rows;
    if (t.nps.length > 0) {
      t.nps[3 * s] += w & FIELD_MASK;
      t.nps[3 * s + 1] += (w >>> FIELD_BITS) & FIELD_MASK;
      t.nps[3 * s + 2] += (w >>> (2 * FIELD_BITS)) & FIELD_MASK;
    }
    unpack(csat, csatWords, csatPoints, k, t.csat, s);
    unpack(ces, cesWords, cesPoints, k, t.ces, s);
    if (fcr.length > 0) {
      long f = fcr[s];
      fcr[s] = 0;
      t.fcr[2 * s] += f & FIELD_MASK;
      t.fcr[2 * s + 1] += (f >>> FIELD_BITS) & FIELD_MASK;
    }
    if (resolution.length > 0) {
      flushResolution(t, s, rows);
    }
  }

  /** Counts are the segment's rows less the missing ones. */
  private void flushResolution(ColumnarKernel t, int s, long rows) {
    long packed = resolution[s];
    long missing = resolutionMissing[s];
    t.resCount[s] += rows - (missing & FIELD_MASK);
    if (t.slaTrials.length > 0) {
      t.slaTrials[s] += rows - ((missing >>> FIELD_BITS) & FIELD_MASK);
      t.slaMet[s] += packed & FIELD_MASK;
    }
    t.resSum[s] += packed >>> SUM_SHIFT;
    long squares = this.squares[s];
    long lo = t.resSqLo[s] + squares;
    if (Long.compareUnsigned(lo, squares) < 0) {
      t.resSqHi[s]++;
    }
    t.resSqLo[s] = lo;
    resolution[s] = 0;
    this.squares[s] = 0;
    resolutionMissing[s] = 0;
  }

  /** Adds the points' fields of segment s (not the missing field) into the totals, clears them. */
  private static void unpack(long[] packed, int words, int points, int k, long[] into, int s) {
    if (packed.length == 0) {
      return;
    }
    for (int i = 0; i < points; i++) {
      long w = packed[(i / 4) * k + s];
      into[points * s + i] += (w >>> (FIELD_BITS * (i % 4))) & FIELD_MASK;
    }
    for (int j = 0; j < words; j++) {
      packed[j * k + s] = 0;
    }
  }
}
