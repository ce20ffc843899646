package dev.cem.metrics;

/** Independent reference formulas for statistics tests. */
final class StatisticsTesting {
  private StatisticsTesting() {}

  /**
   * log10 of the two-sided normal p-value 2 Q(z) from the asymptotic expansion (Abramowitz and
   * Stegun 26.2.12) log Q(z) = -z^2/2 - log z - log sqrt(2 pi) + log(1 - 1/z^2 + 3/z^4 - 15/z^6);
   * relative error of the series below 105 / z^8.
   */
  static double log10TwoSidedNormalAsymptotic(double z) {
    double logQ =
        -z * z / 2
            - Math.log(z)
            - 0.5 * Math.log(2 * Math.PI)
            + Math.log1p(-1 / (z * z) + 3 / Math.pow(z, 4) - 15 / Math.pow(z, 6));
    return (Math.log(2) + logQ) / Math.log(10);
  }
}
