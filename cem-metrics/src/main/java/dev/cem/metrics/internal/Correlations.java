package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.checkArgument;

/**
 * Pearson correlation and Johnson's relative weights.
 *
 * <p>Design. Correlations use two passes (means, then centred cross-products), which avoids the
 * cancellation of the one-pass textbook formula. Relative weights follow Johnson (2000) [1]: with
 * the predictor correlation matrix {@code Rxx = V diag(lambda) V^T} (from {@link
 * SymmetricEigen}), the orthogonal counterparts of the predictors have loadings {@code Lambda =
 * Rxx^(1/2) = V diag(sqrt(lambda)) V^T}; the outcome is regressed on them, {@code beta = Rxx^(-1/2)
 * r_xy}, and predictor j's raw weight is {@code sum_k Lambda_jk^2 beta_k^2}. The raw weights sum
 * to the model's R^2 ({@code r_xy^T Rxx^-1 r_xy}).
 *
 * <ol>
 *   <li>J. W. Johnson (2000), "A heuristic method for estimating the relative weight of predictor
 *       variables in multiple regression", Multivariate Behavioral Research 35(1):1-19.
 * </ol>
 */
public final class Correlations {
  /** Eigenvalues at or below this are treated as zero: the predictors are collinear. */
  public static final double SINGULAR = 1e-10;

  private Correlations() {}

  /**
   * The Pearson correlation of the first {@code n} pairs, or NaN when {@code n < 2} or either
   * variable is constant. The result is clamped to [-1, 1].
   */
  public static double pearson(double[] x, double[] y, int n) {
    checkArgument(n <= x.length && n <= y.length, "n (%d) exceeds the arrays", n);
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    if (!(sxx > 0) || !(syy > 0)) {
      return Double.NaN;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  /**
   * Johnson's raw relative weights, or an array of NaN when a correlation is NaN or {@code rxx} is
   * singular.
   *
   * @param rxx the predictors' correlation matrix
   * @param rxy the predictors' correlations with the outcome
   */
  public static double[] relativeWeights(double[][] rxx, double[] rxy) {
    int p = rxy.length;
    double[] nan = new double[p];
    java.util.Arrays.fill(nan, Double.NaN);
    for (int i = 0; i < p; i++) {
      if (!Double.isFinite(rxy[i])) {
        return nan;
      }
      for (int j = 0; j < p; j++) {
        if (!Double.isFinite(rxx[i][j])) {
          return nan;
        }
      }
    }
    SymmetricEigen eigen = SymmetricEigen.of(rxx);
    double[] lambda = eigen.values();
    double[] sqrt = new double[p];
    double[] inverseSqrt = new double[p];
    for (int k = 0; k < p; k++) {
      if (!(lambda[k] > SINGULAR)) {
        return nan;
      }
      sqrt[k] = Math.sqrt(lambda[k]);
      inverseSqrt[k] = 1 / sqrt[k];
    }
    double[][] loadings = eigen.matrixFunction(sqrt);
    double[] beta = eigen.applyFunction(inverseSqrt, rxy);
    double[] weights = new double[p];
    for (int j = 0; j < p; j++) {
      double w = 0;
      for (int k = 0; k < p; k++) {
        w += loadings[j][k] * loadings[j][k] * beta[k] * beta[k];
      }
      weights[j] = w;
    }
    return weights;
  }
}
