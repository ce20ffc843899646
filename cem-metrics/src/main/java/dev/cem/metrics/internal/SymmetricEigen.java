package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.checkArgument;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method.
 *
 * <p>Design. Each sweep visits every off-diagonal element (p, q) and applies the plane rotation
 * that zeroes it, {@code A' = J^T A J}, with the rotation angle from Rutishauser's stable
 * formulas (theta = (a_qq - a_pp) / (2 a_pq), t = sgn(theta) / (|theta| + sqrt(theta^2 + 1)),
 * c = 1 / sqrt(t^2 + 1), s = t c) [1, 2]; the rotations are accumulated into V, whose columns
 * become the eigenvectors. Sweeps stop when the sum of squared off-diagonal elements falls below
 * 1e-30 times the squared Frobenius norm, or after 100 sweeps. Jacobi converges quadratically and
 * is accurate for the small (tens of rows) correlation matrices of driver analysis; it costs
 * O(n^3) per sweep, so it is not meant for large matrices.
 *
 * <ol>
 *   <li>H. Rutishauser (1971), "The Jacobi method for real symmetric matrices", Handbook for
 *       Automatic Computation II, Linear Algebra, 202-211.
 *   <li>G. H. Golub, C. F. Van Loan (2013), Matrix Computations, 4th ed., section 8.5.
 * </ol>
 */
public final class SymmetricEigen {
  private static final int MAX_SWEEPS = 100;

  private final double[] values;
  private final double[][] vectors;

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /**
   * Decomposes the matrix, which is not changed.
   *
   * @throws dev.cem.core.CemArgumentException if it is not square, not symmetric (to 1e-12) or
   *     has a non-finite element
   */
  public static SymmetricEigen of(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      checkArgument(matrix[i].length == n, "matrix row %d has %d columns, expected %d", i, matrix[i].length, n);
      a[i] = matrix[i].clone();
      for (int j = 0; j < n; j++) {
        checkArgument(Double.isFinite(a[i][j]), "matrix[%d][%d] (%s) must be finite", i, j, a[i][j]);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        checkArgument(
            Math.abs(a[i][j] - a[j][i]) <= 1e-12 * Math.max(1, Math.abs(a[i][j])),
            "matrix must be symmetric: [%d][%d] (%s) != [%d][%d] (%s)",
            i, j, a[i][j], j, i, a[j][i]);
      }
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    double norm = 0;
    for (double[] row : a) {
      for (double x : row) {
        norm += x * x;
      }
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += 2 * a[p][q] * a[p][q];
        }
      }
      if (off <= 1e-30 * norm) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] != 0) {
            rotate(a, v, p, q);
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return new SymmetricEigen(values, v);
  }

  private static void rotate(double[][] a, double[][] v, int p, int q) {
    int n = a.length;
    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    for (int k = 0; k < n; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p][k];
      double aqk = a[q][k];
      a[p][k] = c * apk - s * aqk;
      a[q][k] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; k++) {
      double vkp = v[k][p];
      double vkq = v[k][q];
      v[k][p] = c * vkp - s * vkq;
      v[k][q] = s * vkp + c * vkq;
    }
  }

  /** The eigenvalues, in no particular order (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** Element {@code [row]} of the eigenvector of {@code values()[column]}. */
  public double vector(int row, int column) {
    return vectors[row][column];
  }

  /**
   * Returns {@code f(A) = V diag(f(lambda)) V^T} applied to {@code x}, for a function of the
   * eigenvalues given as their images.
   */
  public double[] applyFunction(double[] images, double[] x) {
    int n = values.length;
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      double proj = 0;
      for (int i = 0; i < n; i++) {
        proj += vectors[i][k] * x[i];
      }
      proj *= images[k];
      for (int i = 0; i < n; i++) {
        y[i] += vectors[i][k] * proj;
      }
    }
    return y;
  }

  /** Returns the matrix {@code V diag(images) V^T}. */
  public double[][] matrixFunction(double[] images) {
    int n = values.length;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += vectors[i][k] * images[k] * vectors[j][k];
        }
        m[i][j] = sum;
      }
    }
    return m;
  }
}
