package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkState;

import dev.cem.core.Scale;
import org.jspecify.annotations.Nullable;

/**
 * Primitive columns of one batch of interactions for the {@link ColumnarScorer}: one row per
 * interaction, a dense segment id per row (0 to {@code segmentCount - 1}), and any of the metric
 * columns. Missing values are marked by a sentinel: {@link #MISSING_BYTE} ({@code
 * Byte.MIN_VALUE}) in byte columns, {@link #MISSING_INT} (-1) in int columns.
 *
 * <table>
 *   <caption>Columns and allowed values</caption>
 *   <tr><th>column</th><th>type</th><th>allowed</th><th>metrics</th></tr>
 *   <tr><td>segment</td><td>int</td><td>0..segmentCount-1 (no sentinel)</td><td>grouping</td></tr>
 *   <tr><td>nps</td><td>byte</td><td>0..10</td><td>NPS</td></tr>
 *   <tr><td>csat</td><td>byte</td><td>on the CSAT scale (default 1..5)</td>
 *       <td>top-box proportion, mean</td></tr>
 *   <tr><td>ces</td><td>byte</td><td>on the CES scale (default 1..7)</td><td>mean</td></tr>
 *   <tr><td>fcr</td><td>byte</td><td>0 or 1</td><td>first-contact resolution</td></tr>
 *   <tr><td>resolutionSeconds</td><td>int</td><td>0..{@value #MAX_SECONDS}</td>
 *       <td>duration mean, percentiles</td></tr>
 *   <tr><td>slaTargetSeconds</td><td>int</td><td>0..{@value #MAX_SECONDS}</td>
 *       <td>SLA attainment (with a resolution)</td></tr>
 * </table>
 *
 * <p>The batch keeps references to the arrays, not copies: do not change them while scoring.
 * Lengths are checked when the batch is built; values are checked while scoring, under the
 * scorer's {@link InvalidRowPolicy}. A batch is immutable in itself and may be scored by several
 * threads at once.
 */
public final class ColumnarBatch {
  /** The missing-value sentinel in byte columns. */
  public static final byte MISSING_BYTE = Byte.MIN_VALUE;

  /** The missing-value sentinel in int columns. */
  public static final int MISSING_INT = -1;

  /** The longest duration accepted, in seconds: {@link DurationAccumulator#MAX_MILLIS} / 1000. */
  public static final int MAX_SECONDS = (int) (DurationAccumulator.MAX_MILLIS / 1000);

  final int rows;
  final int segmentCount;
  /** The segment of each row; null for an ungrouped batch (one segment, id 0). */
  final int @Nullable [] segment;
  final byte @Nullable [] nps;
  final byte @Nullable [] csat;
  final Scale csatScale;
  final int csatThreshold;
  final byte @Nullable [] ces;
  final Scale cesScale;
  final byte @Nullable [] fcr;
  final int @Nullable [] resolutionSeconds;
  final int @Nullable [] slaTargetSeconds;

  private ColumnarBatch(Builder b) {
    this.rows = b.rows;
    this.segmentCount = b.segmentCount;
    this.segment = b.segment;
    this.nps = b.nps;
    this.csat = b.csat;
    this.csatScale = b.csatScale;
    this.csatThreshold = b.csatThreshold;
    this.ces = b.ces;
    this.cesScale = b.cesScale;
    this.fcr = b.fcr;
    this.resolutionSeconds = b.resolutionSeconds;
    this.slaTargetSeconds = b.slaTargetSeconds;
  }

  /**
   * Starts a batch.
   *
   * @param segment the segment id of each row, 0 to {@code segmentCount - 1}; not null
   * @param segmentCount the number of segments, >= 1 (use 1 and all zeros for no grouping)
   */
  public static Builder builder(int[] segment, int segmentCount) {
    checkNotNull(segment, "segment");
    checkArgument(segmentCount >= 1, "segmentCount (%d) must be >= 1", segmentCount);
    return new Builder(segment, segment.length, segmentCount);
  }

  /**
   * Starts an ungrouped batch: every row belongs to segment 0, and there is no segment column to
   * read (the scorer has a faster path for this than for a column of zeros).
   *
   * @param rows the number of rows, >= 0
   */
  public static Builder ungrouped(int rows) {
    checkArgument(rows >= 0, "rows (%d) must be >= 0", rows);
    return new Builder(null, rows, 1);
  }

  /** The number of rows. */
  public int rows() {
    return rows;
  }

  /** The number of segments. */
  public int segmentCount() {
    return segmentCount;
  }

  /** Builds a {@link ColumnarBatch}; each column may be set once. */
  public static final class Builder {
    private final int @Nullable [] segment;
    private final int rows;
    private final int segmentCount;
    private byte @Nullable [] nps;
    private byte @Nullable [] csat;
    private Scale csatScale = Scale.CSAT;
    private int csatThreshold = Scale.CSAT.topBoxThreshold(2);
    private byte @Nullable [] ces;
    private Scale cesScale = Scale.CES;
    private byte @Nullable [] fcr;
    private int @Nullable [] resolutionSeconds;
    private int @Nullable [] slaTargetSeconds;

    private Builder(int @Nullable [] segment, int rows, int segmentCount) {
      this.segment = segment;
      this.rows = rows;
      this.segmentCount = segmentCount;
    }

    /** 0..10 likelihood-to-recommend scores; not null. */
    public Builder nps(byte[] scores) {
      checkUnset(nps, "nps");
      nps = checkLength(scores, "nps");
      return this;
    }

    /** CSAT scores on {@link Scale#CSAT} with a top-2-box; not null. */
    public Builder csat(byte[] scores) {
      return csat(scores, Scale.CSAT, 2);
    }

    /**
     * CSAT scores on {@code scale}, with the top {@code box} points counted as satisfied.
     *
     * @throws dev.cem.core.CemArgumentException if the scale does not fit a byte column (-127 to
     *     127) or the box is out of range
     */
    public Builder csat(byte[] scores, Scale scale, int box) {
      checkUnset(csat, "csat");
      checkByteScale(scale);
      csatThreshold = scale.topBoxThreshold(box);
      csatScale = scale;
      csat = checkLength(scores, "csat");
      return this;
    }

    /** CES scores on {@link Scale#CES}; not null. */
    public Builder ces(byte[] scores) {
      return ces(scores, Scale.CES);
    }

    /** CES scores on {@code scale}, which must fit a byte column (-127 to 127). */
    public Builder ces(byte[] scores, Scale scale) {
      checkUnset(ces, "ces");
      checkByteScale(scale);
      cesScale = scale;
      ces = checkLength(scores, "ces");
      return this;
    }

    /** First-contact resolution, 0 or 1; not null. */
    public Builder fcr(byte[] resolvedOnFirstContact) {
      checkUnset(fcr, "fcr");
      fcr = checkLength(resolvedOnFirstContact, "fcr");
      return this;
    }

    /** Resolution times in whole seconds; not null. */
    public Builder resolutionSeconds(int[] seconds) {
      checkUnset(resolutionSeconds, "resolutionSeconds");
      resolutionSeconds = checkLength(seconds, "resolutionSeconds");
      return this;
    }

    /**
     * SLA resolution targets in whole seconds; a row with both a resolution and a target counts
     * toward SLA attainment, met when resolution <= target. Not null.
     */
    public Builder slaTargetSeconds(int[] seconds) {
      checkUnset(slaTargetSeconds, "slaTargetSeconds");
      slaTargetSeconds = checkLength(seconds, "slaTargetSeconds");
      return this;
    }

    /**
     * Builds the batch.
     *
     * @throws dev.cem.core.CemArgumentException if no metric column was set
     */
    public ColumnarBatch build() {
      checkArgument(
          nps != null || csat != null || ces != null || fcr != null || resolutionSeconds != null,
          "a batch needs at least one metric column (nps, csat, ces, fcr or resolutionSeconds)");
      return new ColumnarBatch(this);
    }

    private static void checkUnset(@Nullable Object column, String name) {
      checkState(column == null, "column %s is already set", name);
    }

    private static void checkByteScale(Scale scale) {
      checkNotNull(scale, "scale");
      checkArgument(
          scale.min() > Byte.MIN_VALUE && scale.max() <= Byte.MAX_VALUE,
          "scale %s (%d..%d) must lie within -127..127 to fit a byte column",
          scale.name(),
          scale.min(),
          scale.max());
    }

    private byte[] checkLength(byte[] column, String name) {
      checkRows(checkNotNull(column, name).length, name);
      return column;
    }

    private int[] checkLength(int[] column, String name) {
      checkRows(checkNotNull(column, name).length, name);
      return column;
    }

    private void checkRows(int rows, String name) {
      checkArgument(
          rows == this.rows,
          "column %s has %d rows, but %s has %d",
          name,
          rows,
          segment == null ? "the ungrouped batch" : "segment",
          this.rows);
    }
  }
}
