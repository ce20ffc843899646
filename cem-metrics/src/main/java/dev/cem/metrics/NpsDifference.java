package dev.cem.metrics;

/** The z test used to compare two Net Promoter Scores; see {@link Comparisons#nps}. */
public enum NpsDifference {
  /**
   * Wald z test: (NPS_a - NPS_b) / sqrt(var_a / n_a + var_b / n_b), as R's {@code NPS::nps_test};
   * default.
   */
  WALD,
  /**
   * Adjusted Wald: the statistic and standard error use each sample's counts plus 0.75
   * detractors, 1.5 passives and 0.75 promoters (n + 3), as the adjusted Wald interval (Rocks
   * 2016); the reported difference stays the observed one.
   */
  ADJUSTED_WALD
}
