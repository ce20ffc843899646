package dev.cem.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantilesTest {
  private static final double[] CONFIDENCES = {
    0.01, 0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999, 0.9999
  };

  /** Published two-sided critical values (any t table, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2). */
  @ParameterizedTest
  @CsvSource({
    "0.95, 1, 12.706",
    "0.95, 10, 2.228",
    "0.95, 100, 1.984",
    "0.99, 30, 2.750",
    "0.90, 60, 1.671",
    "0.95, 1000, 1.962",
    "0.99, 1000, 2.581",
  })
  void matchesPublishedTables(double confidence, double df, double published) {
    assertThat(Quantiles.t(confidence, df)).isCloseTo(published, within(0.0005));
  }

  /** Within 1e-14 relative, plus 1e-15 absolute: Commons' root search stops at that accuracy. */
  @Test
  void expansionAgreesWithTheExactQuantileWhereItIsUsed() {
    double[] dfs = {1000, 1001, 1500, 2047, 5000, 9999, 12345, 1e5, 1e6, 1e8};
    for (double confidence : CONFIDENCES) {
      for (double df : dfs) {
        double exact = TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
        assertThat(Quantiles.t(confidence, df))
            .as("confidence %s, df %s", confidence, df)
            .isCloseTo(exact, within(1e-14 * exact + 1e-15));
      }
    }
  }

  @Test
  void belowTheExpansionRangeTheExactQuantileIsReturnedAndRemembered() {
    for (double confidence : CONFIDENCES) {
      for (int df = 1; df < Quantiles.EXPANSION_MIN_DF; df += 37) {
        double exact = TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
        // First call computes, second reads the table: both exactly the Commons value.
        assertThat(Quantiles.t(confidence, df)).isEqualTo(exact);
        assertThat(Quantiles.t(confidence, df)).isEqualTo(exact);
      }
    }
  }

  @Test
  void nonIntegerAndHighConfidenceDegreesOfFreedomUseTheExactQuantile() {
    assertThat(Quantiles.t(0.95, 2.5))
        .isEqualTo(TDistribution.of(2.5).inverseSurvivalProbability((1 - 0.95) / 2));
    // z > 4: outside the expansion's range, even for large df.
    assertThat(Quantiles.t(0.99999, 5000))
        .isEqualTo(TDistribution.of(5000).inverseSurvivalProbability((1 - 0.99999) / 2));
  }

  @Test
  void zIsTheNormalQuantileForEveryLevelEvenWhenLevelsAlternate() {
    NormalDistribution normal = NormalDistribution.of(0, 1);
    for (int round = 0; round < 3; round++) {
      for (double confidence : CONFIDENCES) {
        assertThat(Quantiles.z(confidence))
            .isEqualTo(normal.inverseSurvivalProbability((1 - confidence) / 2));
      }
    }
    // More levels than are remembered still give the right value.
    for (int i = 1; i < 100; i++) {
      double confidence = i / 100.0;
      assertThat(Quantiles.z(confidence))
          .isEqualTo(normal.inverseSurvivalProbability((1 - confidence) / 2));
    }
    assertThat(Quantiles.z(0.95)).isCloseTo(1.959964, within(1e-6));
  }

  @Test
  void rejectsConfidenceOutsideTheOpenUnitInterval() {
    for (double bad : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> Quantiles.z(bad))
          .isInstanceOf(CemArgumentException.class)
          .hasMessageContaining("confidence");
      assertThatThrownBy(() -> Quantiles.t(bad, 2000))
          .isInstanceOf(CemArgumentException.class)
          .hasMessageContaining("confidence");
    }
  }
}
