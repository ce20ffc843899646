package dev.cem.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.internal.SymmetricEigen;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

  @Test
  void of_twoByTwo_eigenvaluesByHand() {
    // [[2, 1], [1, 2]]: characteristic (2 - l)^2 - 1 = 0, l = 1 and 3
    double[] values = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}}).values();
    Arrays.sort(values);
    assertThat(values).containsExactly(new double[] {1, 3}, within(1e-14));
  }

  @Test
  void of_diagonal_unchanged() {
    double[] values = SymmetricEigen.of(new double[][] {{4, 0, 0}, {0, -1, 0}, {0, 0, 2}}).values();
    assertThat(values).containsExactly(4, -1, 2);
  }

  @Test
  void of_randomSymmetric_reconstructsMatrix() {
    long seed = 5;
    Random random = new Random(seed);
    int n = 6;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        a[i][j] = random.nextGaussian();
        a[j][i] = a[i][j];
      }
    }
    SymmetricEigen eigen = SymmetricEigen.of(a);
    double[][] back = eigen.matrixFunction(eigen.values());
    for (int i = 0; i < n; i++) {
      assertThat(back[i]).as("seed %d row %d", seed, i).containsExactly(a[i], within(1e-12));
    }
    // the trace is the sum of the eigenvalues
    double trace = 0;
    for (int i = 0; i < n; i++) {
      trace += a[i][i];
    }
    assertThat(Arrays.stream(eigen.values()).sum()).isCloseTo(trace, within(1e-12));
  }

  @Test
  void of_asymmetric_rejected() {
    assertThatThrownBy(() -> SymmetricEigen.of(new double[][] {{1, 0.5}, {0.4, 1}}))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("symmetric");
  }

  @Test
  void of_nan_rejected() {
    assertThatThrownBy(() -> SymmetricEigen.of(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must be finite");
  }
}
