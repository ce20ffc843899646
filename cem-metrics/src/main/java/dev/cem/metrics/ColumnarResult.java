package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring one {@link ColumnarBatch}: per-segment scores and the accounting of rows,
 * so that nothing is dropped silently: {@code rows = acceptedRows + rejectedRows}, and
 * {@code rejectedByColumn} sums to {@code rejectedRows}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param rows the rows in the batch
 * @param acceptedRows the rows counted
 * @param rejectedRows the rows skipped under {@link InvalidRowPolicy#SKIP_AND_COUNT}
 * @param rejectedByColumn rejected rows by the first invalid column, in column order ("segment",
 *     "nps", "csat", "ces", "fcr", "resolutionSeconds", "slaTargetSeconds"); every column is
 *     present, with 0 when nothing was rejected; not null
 * @param segments one entry per segment id, in id order; not null
 */
public record ColumnarResult(
    long rows,
    long acceptedRows,
    long rejectedRows,
    Map<String, Long> rejectedByColumn,
    List<SegmentScores> segments) {

  public ColumnarResult {
    rejectedByColumn =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(checkNotNull(rejectedByColumn, "rejectedByColumn")));
    segments = List.copyOf(checkNotNull(segments, "segments"));
    checkArgument(
        rows == acceptedRows + rejectedRows,
        "rows (%d) must equal accepted (%d) plus rejected (%d)",
        rows,
        acceptedRows,
        rejectedRows);
    long sum = rejectedByColumn.values().stream().mapToLong(Long::longValue).sum();
    checkArgument(
        sum == rejectedRows, "rejections by column (%d) must sum to rejectedRows (%d)", sum, rejectedRows);
  }

  /**
   * The scores of one segment.
   *
   * @throws dev.cem.core.CemArgumentException if the id is out of range
   */
  public SegmentScores segment(int id) {
    checkArgument(
        id >= 0 && id < segments.size(),
        "segment (%d) must be between 0 and %d",
        id,
        segments.size() - 1);
    return segments.get(id);
  }

  /** Rows rejected because of {@code column}, 0 if none (or an unknown column name). */
  public long rejected(String column) {
    return rejectedByColumn.getOrDefault(checkNotNull(column, "column"), 0L);
  }
}
