package dev.cem.metrics.bundle.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Ranks, Spearman correlation, percentiles and the gamma sampler for sensitivity analysis. Not API. */
public final class Ranks {
  private Ranks() {}

  /**
   * Ranks with ties given their average rank, 1 for the smallest value.
   *
   * @param values finite values
   */
  public static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * Spearman's rank correlation: the Pearson correlation of the average ranks. NaN when fewer than
   * two pairs, or when either side's ranks are all tied.
   */
  public static double spearman(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
    }
    if (a.length < 2) {
      return Double.NaN;
    }
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double mean = (a.length + 1) / 2.0;
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      double da = ra[i] - mean;
      double db = rb[i] - mean;
      cov += da * db;
      va += da * da;
      vb += db * db;
    }
    if (va == 0 || vb == 0) {
      return Double.NaN;
    }
    return cov / Math.sqrt(va * vb);
  }

  /**
   * The p-quantile of sorted values by linear interpolation between order statistics (Hyndman and
   * Fan type 7, the default of R and NumPy).
   */
  public static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * A Gamma(shape, 1) variate by Marsaglia and Tsang (2000), "A simple method for generating gamma
   * variables", with the {@code U^(1/shape)} boost for shape &lt; 1.
   */
  public static double gamma(double shape, SplittableRandom random) {
    if (shape < 1) {
      return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = random.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
