package dev.cem.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of the columnar scorer for a batch with one segment: the same counts as {@link
 * ColumnarKernel#run}, kept in local variables instead of per-segment arrays.
 *
 * <p>Design. Without grouping there is no scattered read-modify-write, so the job is bound by
 * reading the columns and by arithmetic per value. Byte columns on scales without negative points
 * (NPS, FCR and the usual CSAT and CES scales) are counted by {@link ByteLanes}, four values to an
 * {@code int} in loops that C2 vectorises; scales with negative points are read eight values at a
 * time as one {@code long} and counted with SIMD-within-a-register arithmetic [1]: a byte equals
 * {@code p} exactly when the byte of {@code x ^ p * 0x0101..01} is zero, and {@link #zeroBytes}
 * marks zero bytes in bit 7 without carries between bytes, so {@link Long#bitCount} counts them.
 * Every column of a chunk is checked before any of its counts is kept (a chunk whose values are
 * not all allowed or missing is counted row by row by {@link ColumnarKernel#run}, under the
 * {@link InvalidRowPolicy}). The seconds columns are counted with 32-bit integer arithmetic in
 * short loops the JIT can vectorise (sums split in 16-bit halves so that they cannot overflow in
 * a chunk; squares of values below 2^20 from three products of 10-bit pieces), and the sum of
 * squares of a chunk with a larger value in 64 bits with a 128-bit carry. Minimum and maximum
 * are looked at value by value only in a chunk that holds a new one, which one vectorised test
 * tells.
 *
 * <ol>
 *   <li>H. S. Warren, Hacker's Delight, 2nd ed. (2012), section 6-1, "Find first 0-byte".
 * </ol>
 */
final class UngroupedCounting {
  /**
   * Rows counted together: a multiple of 8, at most 4096 so that int sums cannot overflow, and
   * small enough that a chunk's seconds columns stay in the L1 cache across its passes (1024
   * measured fastest: 512, 2048 and 4096 took 7%, 7% and 15% longer).
   */
  static final int CHUNK = 1024;

  /** Chunks whose resolutions are all below this (2^20) sum their squares in int arithmetic. */
  static final int SMALL_SECONDS = 1 << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH = 0x8080808080808080L;
  private static final long MISSING_BYTES = (ColumnarBatch.MISSING_BYTE & 0xFF) * ONES;

  private final ColumnarKernel totals;
  private final int csatMin;
  private final int csatPoints;
  private final int cesMin;
  private final int cesPoints;

  // Byte columns counted in lanes (null if absent, or for scales with negative points, which
  // are counted per chunk into csat and ces below); set for the range that run counts.
  private @Nullable ByteLanes npsLanes;
  private @Nullable ByteLanes csatLanes;
  private @Nullable ByteLanes cesLanes;
  private @Nullable ByteLanes fcrLanes;
  /** Rows of the chunks added into the lanes. */
  private long laneRows;

  // Counts of the current chunk, added to the totals only if the whole chunk is valid.
  private final long[] csat;
  private final long[] ces;
  private long resMissing;
  private long resSum;
  private long resSquaresLo;
  private long resSquaresHi;
  private int resMin;
  private int resMax;
  private long slaNoTrial;
  private long slaNotMet;

  UngroupedCounting(ColumnarKernel totals, ColumnarBatch b) {
    this.totals = totals;
    this.csatMin = b.csatScale.min();
    this.csatPoints = b.csatScale.points();
    this.cesMin = b.cesScale.min();
    this.cesPoints = b.cesScale.points();
    this.csat = new long[csatPoints];
    this.ces = new long[cesPoints];
  }

  /** Bit 7 of each byte of the result is set exactly when that byte of {@code x} is zero. */
  static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x) & HIGH;
  }

  /** Counts rows [from, to) into segment 0 of the totals, as {@link ColumnarKernel#run} would. */
  void run(ColumnarBatch b, int from, int to, boolean fail) {
    npsLanes = b.nps == null ? null : new ByteLanes(b.nps, from, to, 0, 10, 7, 9);
    csatLanes = scaleLanes(b.csat, csatMin, csatPoints, from, to);
    cesLanes = scaleLanes(b.ces, cesMin, cesPoints, from, to);
    fcrLanes = b.fcr == null ? null : new ByteLanes(b.fcr, from, to, 0, 1, 1);
    for (int start = from; start < to; start += CHUNK) {
      int end = Math.min(to, start + CHUNK);
      if (countChunk(b, start, end)) {
        commit(b, start, end);
      } else {
        totals.rowByRowChunks++;
        totals.run(b, start, end, fail);
        if (totals.failRow >= 0) {
          break;
        }
      }
    }
    commitLanes();
  }

  /** Lanes for a scale column, with a threshold at every point above the lowest. */
  private static @Nullable ByteLanes scaleLanes(
      byte @Nullable [] column, int min, int points, int from, int to) {
    if (column == null || !ByteLanes.fits(min)) {
      return null;
    }
    int[] thresholds = new int[points - 1];
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = min + 1 + i;
    }
    return new ByteLanes(column, from, to, min, min + points - 1, thresholds);
  }

  /** Counts one chunk into the chunk counters; false if it holds an invalid value. */
  private boolean countChunk(ColumnarBatch b, int from, int to) {
    if (b.segment != null && !allZero(b.segment, from, to)) {
      return false;
    }
    int n = to - from;
    boolean bytesValid;
    if (npsLanes != null && csatLanes != null) {
      // The usual pair, checked in one loop.
      npsLanes.load(from, to);
      csatLanes.load(from, to);
      bytesValid = ByteLanes.bothValid(npsLanes, csatLanes);
    } else {
      bytesValid = loadedValid(npsLanes, from, to) && loadedValid(csatLanes, from, to);
    }
    if (!bytesValid || !loadedValid(cesLanes, from, to) || !loadedValid(fcrLanes, from, to)) {
      return false;
    }
    if (b.csat != null
        && csatLanes == null
        && countScale(b.csat, csatMin, csatPoints, csat, from, to) != n) {
      return false;
    }
    if (b.ces != null
        && cesLanes == null
        && countScale(b.ces, cesMin, cesPoints, ces, from, to) != n) {
      return false;
    }
    if (b.resolutionSeconds == null) {
      // Targets without resolutions count for nothing, but are still checked, as row by row.
      return b.slaTargetSeconds == null || inRange(b.slaTargetSeconds, from, to);
    }
    return countSeconds(b, from, to);
  }

  private static boolean loadedValid(@Nullable ByteLanes lanes, int from, int to) {
    if (lanes == null) {
      return true;
    }
    lanes.load(from, to);
    return lanes.valid();
  }

  private static boolean allZero(int[] segment, int from, int to) {
    int any = 0;
    for (int r = from; r < to; r++) {
      any |= segment[r];
    }
    return any == 0;
  }

  /**
   * The eight bytes at {@code at}, or, near the end of the chunk, the bytes left padded with
   * missing values (which the caller takes off the missing count).
   */
  private static long word(byte[] column, int at, int to) {
    if (at + 8 <= to) {
      return (long) LONGS.get(column, at);
    }
    long x = MISSING_BYTES;
    for (int i = 0; i < to - at; i++) {
      x = (x & ~(0xFFL << (8 * i))) | (column[at + i] & 0xFFL) << (8 * i);
    }
    return x;
  }

  /** Missing values added by {@link #word} to fill the last word of a chunk. */
  private static int padding(int from, int to) {
    return (8 - (to - from) % 8) % 8;
  }

  /**
   * Counts each point of a scale and the missing values into {@code counts} (points) and returns
   * how many values were counted: fewer than the rows if some value is invalid.
   */
  private static long countScale(
      byte[] column, int min, int points, long[] counts, int from, int to) {
    long counted = -padding(from, to);
    for (int i = 0; i < points; i++) {
      long pattern = ((min + i) & 0xFF) * ONES;
      long c = 0;
      for (int at = from; at < to; at += 8) {
        c += Long.bitCount(zeroBytes(word(column, at, to) ^ pattern));
      }
      counts[i] = c;
      counted += c;
    }
    for (int at = from; at < to; at += 8) {
      counted += Long.bitCount(zeroBytes(word(column, at, to) ^ MISSING_BYTES));
    }
    return counted;
  }

  /**
   * Resolution seconds and SLA targets, -1 for missing, in short loops shaped for C2's vectoriser
   * (JDK 17), each its own method with reductions of one kind. The vectoriser is particular: it
   * does not vectorise {@code Math.min} or {@code Math.max} reductions, nor loops that mix OR
   * and sum reductions or some orders of the same OR terms (measured 4 to 15 times slower), and
   * one mixed loop crashed C2 of JDK 17.0.15. So minimum, maximum and range are sign bits ORed
   * together, and the minimum and maximum are looked at value by value only in a chunk that can
   * change them.
   */
  private boolean countSeconds(ColumnarBatch b, int from, int to) {
    int[] seconds = b.resolutionSeconds;
    int[] targets = b.slaTargetSeconds;
    int knownMin = totals.resMin[0];
    int knownMax = totals.resMax[0];
    if (knownMax != Integer.MIN_VALUE
        && (targets == null
            ? isPlain(seconds, from, to, knownMin, knownMax)
            : isPlainWithTargets(seconds, targets, from, to, knownMin, knownMax))) {
      // The usual chunk, with fewer reductions (each costs about 0.1 ns a value on JDK 17).
      resMissing = 0;
      resMin = knownMin;
      resMax = knownMax;
      if (targets == null) {
        resSum = sumOfSmall(seconds, from, to);
        slaNoTrial = to - from;
        slaNotMet = 0;
      } else {
        sumAndNotMet(seconds, targets, from, to);
        slaNoTrial = 0;
      }
      squaresOfSmall(seconds, from, to);
      return true;
    }
    if (!inRange(seconds, from, to) || (targets != null && !inRange(targets, from, to))) {
      return false;
    }
    countMissingAndSum(seconds, from, to);
    int chunkMin = totals.resMin[0];
    int chunkMax = totals.resMax[0];
    boolean small = true;
    // While no maximum is known, (max - v) could overflow: look at every value.
    if (chunkMax == Integer.MIN_VALUE || newExtremeOrLarge(seconds, from, to, chunkMin, chunkMax)) {
      for (int r = from; r < to; r++) {
        int v = seconds[r];
        chunkMin = Math.min(chunkMin, v & Integer.MAX_VALUE); // missing (-1) becomes MAX_VALUE
        chunkMax = Math.max(chunkMax, v);
        small &= v < SMALL_SECONDS;
      }
    }
    resMin = chunkMin;
    resMax = chunkMax;
    slaNoTrial = to - from;
    slaNotMet = 0;
    if (targets != null) {
      countSla(seconds, targets, from, to);
    }
    if (small) {
      squaresOfSmall(seconds, from, to);
    } else {
      squaresOfAny(seconds, from, to);
    }
    return true;
  }

  /**
   * True if every resolution lies in [0, {@link #SMALL_SECONDS}) and in [min, max], the totals'
   * minimum and maximum so far: no value is missing, large, or a new extreme. Each test is a
   * negative difference (none overflows for max in [0, MAX_SECONDS]), ORed into one sign.
   */
  private static boolean isPlain(int[] seconds, int from, int to, int min, int max) {
    int signs = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      signs |= v | (SMALL_SECONDS - 1 - v) | (v - min) | (max - v);
    }
    return signs >= 0;
  }

  /**
   * {@link #isPlain}, and every target lies in [0, MAX_SECONDS]: none is missing. One loop over
   * both columns measured 0.1 ns a row faster than one loop each.
   */
  private static boolean isPlainWithTargets(
      int[] seconds, int[] targets, int from, int to, int min, int max) {
    int signs = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      int t = targets[r];
      signs |=
          v | (SMALL_SECONDS - 1 - v) | (v - min) | (max - v) | t | (ColumnarBatch.MAX_SECONDS - t);
    }
    return signs >= 0;
  }

  /**
   * The sum of a chunk of values in [0, 2^20), in an int: at most {@value #CHUNK} (at most 2048)
   * rows cannot overflow it. The mask, a no-op here, makes C2 vectorise the loop (a plain sum of
   * the array measured twice as slow).
   */
  private static long sumOfSmall(int[] seconds, int from, int to) {
    int sum = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      sum += v & ~(v >> 31);
    }
    return sum;
  }

  /**
   * {@link #sumOfSmall}, and the rows whose resolution exceeds the target, for chunks with neither
   * missing: two sums in one loop (10M rows 0.3 to 0.9 ms faster than in two loops, in six
   * back-to-back pairs; two sums mix well in one loop, unlike a sum and an OR).
   */
  private void sumAndNotMet(int[] seconds, int[] targets, int from, int to) {
    int sum = 0;
    int notMet = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      sum += v & ~(v >> 31);
      notMet += (targets[r] - v) >>> 31;
    }
    resSum = sum;
    slaNotMet = notMet;
  }

  private void countMissingAndSum(int[] seconds, int from, int to) {
    int missing = 0;
    int sumLow = 0;
    int sumHigh = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      int x = v & ~(v >> 31); // 0 for missing
      missing += v >>> 31;
      sumLow += x & 0xFFFF; // 16-bit halves: a chunk's sums cannot overflow
      sumHigh += x >>> 16;
    }
    resMissing = missing;
    resSum = ((long) sumHigh << 16) + sumLow;
  }

  /**
   * True if a value of [-1, MAX_SECONDS] lies at or above {@link #SMALL_SECONDS}, or below {@code
   * min} (missing counts as MAX_VALUE), or above {@code max}; each is a negative difference, and
   * none can overflow for {@code min} in [0, MAX_VALUE] and {@code max} in [-1, MAX_SECONDS].
   */
  private static boolean newExtremeOrLarge(int[] seconds, int from, int to, int min, int max) {
    int signs = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      signs |= (SMALL_SECONDS - 1 - v) | ((v & Integer.MAX_VALUE) - min) | (max - v);
    }
    return signs < 0;
  }

  private void countSla(int[] seconds, int[] targets, int from, int to) {
    int noTrial = 0;
    int notMet = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      int t = targets[r];
      int either = (v | t) >>> 31; // 1 if either is missing: not an SLA trial
      noTrial += either;
      notMet += ((t - v) >>> 31) & (either ^ 1);
    }
    slaNoTrial = noTrial;
    slaNotMet = notMet;
  }

  /** Values from -1 (missing) to MAX_SECONDS: (v + 1) and (MAX - v) are both >= 0. */
  private static boolean inRange(int[] column, int from, int to) {
    int limit = ColumnarBatch.MAX_SECONDS;
    int range = 0;
    for (int r = from; r < to; r++) {
      int v = column[r];
      range |= (v + 1) | (limit - v);
    }
    return range >= 0;
  }

  /**
   * The exact sum of squares of a chunk whose values are all below {@link #SMALL_SECONDS} (2^20),
   * in {@code int} arithmetic that C2 vectorises: with x = 2^10 h + l (h, l < 2^10), x^2 = 2^20 h^2
   * + 2^11 h l + l^2, and each of the three products is below 2^20, so their sums over a chunk of
   * at most 4096 rows stay below 2^32 (read back as unsigned).
   */
  private void squaresOfSmall(int[] seconds, int from, int to) {
    int hh = 0;
    int hl = 0;
    int ll = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      int x = v & ~(v >> 31); // 0 for missing
      int h = x >>> 10;
      int l = x & 0x3FF;
      hh += h * h;
      hl += h * l;
      ll += l * l;
    }
    resSquaresLo =
        (Integer.toUnsignedLong(hh) << 20)
            + (Integer.toUnsignedLong(hl) << 11)
            + Integer.toUnsignedLong(ll);
    resSquaresHi = 0;
  }

  /** The sum of squares of values up to MAX_SECONDS, with a 128-bit carry. */
  private void squaresOfAny(int[] seconds, int from, int to) {
    long lo = 0;
    long hi = 0;
    for (int r = from; r < to; r++) {
      int v = seconds[r];
      long x = v & ~(v >> 31);
      long square = x * x;
      lo += square;
      if (Long.compareUnsigned(lo, square) < 0) {
        hi++;
      }
    }
    resSquaresLo = lo;
    resSquaresHi = hi;
  }

  /** Adds the counts of the valid chunk [from, to) into segment 0 of the totals. */
  private void commit(ColumnarBatch b, int from, int to) {
    ColumnarKernel t = totals;
    int n = to - from;
    t.segmentRows[0] += n;
    addToLanes(npsLanes);
    addToLanes(csatLanes);
    addToLanes(cesLanes);
    addToLanes(fcrLanes);
    laneRows += n;
    if (b.csat != null && csatLanes == null) {
      for (int i = 0; i < csatPoints; i++) {
        t.csat[i] += csat[i];
      }
    }
    if (b.ces != null && cesLanes == null) {
      for (int i = 0; i < cesPoints; i++) {
        t.ces[i] += ces[i];
      }
    }
    if (b.resolutionSeconds != null) {
      t.resCount[0] += n - resMissing;
      t.resSum[0] += resSum;
      long lo = t.resSqLo[0] + resSquaresLo;
      t.resSqHi[0] += resSquaresHi + (Long.compareUnsigned(lo, resSquaresLo) < 0 ? 1 : 0);
      t.resSqLo[0] = lo;
      t.resMin[0] = Math.min(t.resMin[0], resMin);
      t.resMax[0] = Math.max(t.resMax[0], resMax);
      if (t.slaTrials.length > 0) {
        t.slaTrials[0] += n - slaNoTrial;
        t.slaMet[0] += n - slaNoTrial - slaNotMet;
      }
      if (t.histograms.length > 0) {
        int[] seconds = b.resolutionSeconds;
        for (int r = from; r < to; r++) {
          if (seconds[r] != ColumnarBatch.MISSING_INT) {
            t.histogram(0).recordValue(seconds[r] * 1000L);
          }
        }
      }
    }
  }

  private static void addToLanes(@Nullable ByteLanes lanes) {
    if (lanes != null) {
      lanes.add();
    }
  }

  /**
   * Adds the counts in the lanes into the totals: each point's count is the difference of the
   * counts at or above two thresholds.
   */
  private void commitLanes() {
    ColumnarKernel t = totals;
    long rows = laneRows;
    if (npsLanes != null) {
      ByteLanes l = npsLanes;
      l.flush();
      long passivesUp = l.atLeast(0); // 7 to 10
      long promoters = l.atLeast(1); // 9 and 10
      t.nps[0] += promoters;
      t.nps[1] += passivesUp - promoters;
      t.nps[2] += rows - l.missing() - passivesUp;
    }
    commitScale(csatLanes, csatPoints, t.csat, rows);
    commitScale(cesLanes, cesPoints, t.ces, rows);
    if (fcrLanes != null) {
      ByteLanes l = fcrLanes;
      l.flush();
      t.fcr[0] += l.atLeast(0);
      t.fcr[1] += rows - l.missing();
    }
  }

  private static void commitScale(@Nullable ByteLanes l, int points, long[] counts, long rows) {
    if (l == null) {
      return;
    }
    l.flush();
    counts[0] += rows - l.missing() - l.atLeast(0);
    for (int i = 1; i < points - 1; i++) {
      counts[i] += l.atLeast(i - 1) - l.atLeast(i);
    }
    counts[points - 1] += l.atLeast(points - 2);
  }
}
