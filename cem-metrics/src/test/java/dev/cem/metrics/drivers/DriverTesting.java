package dev.cem.metrics.drivers;

import dev.cem.core.Scale;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Named driver data with hand-worked values, a seeded generator with known driver effects, and
 * naive reference computations (one-pass Pearson, R^2 by ordinary least squares, the closed-form
 * relative weights of two predictors).
 */
final class DriverTesting {
  private DriverTesting() {}

  /**
   * Five points: x = 1..5, y = 2, 4, 5, 4, 5. Means 3 and 4; centred x -2, -1, 0, 1, 2 and y -2,
   * 0, 1, 0, 1; Sxy = 4 + 0 + 0 + 0 + 2 = 6, Sxx = 10, Syy = 4 + 0 + 1 + 0 + 1 = 6; r = 6 /
   * sqrt(60).
   */
  static final double[] X5 = {1, 2, 3, 4, 5};

  static final double[] Y5 = {2, 4, 5, 4, 5};
  static final double R5 = 6 / Math.sqrt(60);

  /**
   * Binary outcome 0, 0, 1, 1, 1 against x = 1..5: point-biserial r = (M1 - M0) / s_x sqrt(p q)
   * with M1 = (3 + 4 + 5) / 3 = 4, M0 = (1 + 2) / 2 = 1.5, s_x = sqrt(10 / 5) (population sd), p =
   * 3/5, q = 2/5.
   */
  static final double[] B5 = {0, 0, 1, 1, 1};

  static final double RB5 = (4 - 1.5) / Math.sqrt(10.0 / 5) * Math.sqrt(0.6 * 0.4);

  /** A generated data set and the true effects behind it. */
  record Generated(DriverDataset data, double[] effects, double[] meanRatings) {}

  /**
   * Four independent drivers on CSAT 1..5 with the NA code 0: "a" strong effect and low ratings,
   * "b" strong and high, "c" weak and low, "d" weak and high. Rating j is round(mu_j + N(0, 1))
   * clamped to 1..5; 5% of ratings are NA. The outcome is sum_j b_j x_j + N(0, 1), with b = (1.0,
   * 1.0, 0.1, 0.1), or for a binary outcome 1 when that sum exceeds its expected value.
   */
  static Generated generate(long seed, int n, OutcomeKind kind) {
    Random random = new Random(seed);
    double[] effects = {1.0, 1.0, 0.1, 0.1};
    double[] mu = {2.2, 4.0, 2.2, 4.0};
    DriverDataset data =
        DriverDataset.create(List.of("a", "b", "c", "d"), Scale.CSAT, OptionalInt.of(0), kind);
    double expected = 0;
    for (int j = 0; j < 4; j++) {
      expected += effects[j] * mu[j];
    }
    for (int i = 0; i < n; i++) {
      double[] x = new double[4];
      double y = random.nextGaussian();
      for (int j = 0; j < 4; j++) {
        double v = Math.max(1, Math.min(5, Math.round(mu[j] + random.nextGaussian())));
        y += effects[j] * v;
        x[j] = random.nextInt(20) == 0 ? 0 : v;
      }
      data.add(kind == OutcomeKind.BINARY ? (y > expected ? 1 : 0) : y, x);
    }
    return new Generated(data, effects, mu);
  }

  /** The textbook one-pass Pearson formula, over pairs where x is not NaN. */
  static double naivePearson(double[] x, double[] y) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        continue;
      }
      n++;
      sx += x[i];
      sy += y[i];
      sxx += x[i] * x[i];
      syy += y[i] * y[i];
      sxy += x[i] * y[i];
    }
    return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
  }

  /**
   * R^2 of y on the columns of x with an intercept, by solving the normal equations with Gaussian
   * elimination (partial pivoting) and comparing residual and total sums of squares.
   */
  static double olsRSquared(double[][] x, double[] y) {
    int n = y.length;
    int p = x.length + 1;
    double[][] a = new double[p][p + 1];
    for (int i = 0; i < n; i++) {
      double[] row = new double[p];
      row[0] = 1;
      for (int j = 1; j < p; j++) {
        row[j] = x[j - 1][i];
      }
      for (int r = 0; r < p; r++) {
        for (int c = 0; c < p; c++) {
          a[r][c] += row[r] * row[c];
        }
        a[r][p] += row[r] * y[i];
      }
    }
    for (int col = 0; col < p; col++) {
      int pivot = col;
      for (int r = col + 1; r < p; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < p; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= p; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] beta = new double[p];
    for (int r = 0; r < p; r++) {
      beta[r] = a[r][p] / a[r][r];
    }
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double ssr = 0;
    double sst = 0;
    for (int i = 0; i < n; i++) {
      double fit = beta[0];
      for (int j = 1; j < p; j++) {
        fit += beta[j] * x[j - 1][i];
      }
      ssr += (y[i] - fit) * (y[i] - fit);
      sst += (y[i] - mean) * (y[i] - mean);
    }
    return 1 - ssr / sst;
  }

  /**
   * The closed-form relative weights of two predictors with correlation r12 and validities r1y,
   * r2y: Rxx^(1/2) = [[a, b], [b, a]] with a = (sqrt(1 + r12) + sqrt(1 - r12)) / 2 and b =
   * (sqrt(1 + r12) - sqrt(1 - r12)) / 2; beta = Rxx^(-1/2) r = [[a, -b], [-b, a]] r / (a^2 - b^2);
   * w1 = a^2 beta1^2 + b^2 beta2^2, w2 = b^2 beta1^2 + a^2 beta2^2.
   */
  static double[] twoPredictorWeights(double r12, double r1y, double r2y) {
    double a = (Math.sqrt(1 + r12) + Math.sqrt(1 - r12)) / 2;
    double b = (Math.sqrt(1 + r12) - Math.sqrt(1 - r12)) / 2;
    double det = a * a - b * b;
    double beta1 = (a * r1y - b * r2y) / det;
    double beta2 = (a * r2y - b * r1y) / det;
    return new double[] {
      a * a * beta1 * beta1 + b * b * beta2 * beta2, b * b * beta1 * beta1 + a * a * beta2 * beta2
    };
  }
}
