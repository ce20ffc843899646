package dev.cem.metrics;

/** What the {@link ColumnarScorer} does with a row holding a value outside its column's range. */
public enum InvalidRowPolicy {
  /**
   * Throw a {@link dev.cem.core.CemArgumentException} naming the first invalid row (lowest index),
   * its column, its value and the allowed range; nothing is returned.
   */
  FAIL,
  /**
   * Skip the whole row (none of its values is counted) and count it in {@link
   * ColumnarResult#rejectedRows()} under the first invalid column, in column order.
   */
  SKIP_AND_COUNT
}
