package dev.cem.metrics.bundle;

/**
 * How a bundle combines its components' normalised values {@code y_i} (0..100) with weights
 * {@code w_i}, normalised to shares {@code v_i = w_i / sum(w)}. Components with weight 0 take no
 * part.
 */
public enum Aggregation {
  /**
   * Weighted arithmetic mean {@code sum(v_i y_i)}: fully compensatory, a deficit in one component
   * is offset by a surplus in another at a constant rate. Contributions {@code v_i y_i} sum to the
   * score.
   */
  ARITHMETIC,
  /**
   * Weighted geometric mean {@code prod(y_i ^ v_i)}: partially compensatory, it rewards balanced
   * profiles. A component at 0 makes the whole score 0 (full non-compensability), the behaviour the
   * OECD/JRC handbook describes for geometric aggregation. Contributions are shares of the log
   * score: {@code score * v_i ln(y_i) / sum(v_j ln(y_j))}, which sum to the score; when the
   * denominator is 0 they are {@code v_i * score}, and when the score is 0 they are all 0.
   */
  GEOMETRIC,
  /**
   * The weakest link: {@code min(y_i)} over components with weight &gt; 0; the weights otherwise
   * do not matter. The minimum component (the first on ties) contributes the whole score.
   */
  MINIMUM
}
