package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.EAST;
import static dev.cem.metrics.bundle.BundleTesting.NORTH;
import static dev.cem.metrics.bundle.BundleTesting.SOUTH;
import static dev.cem.metrics.bundle.BundleTesting.segments;
import static dev.cem.metrics.bundle.BundleTesting.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.bundle.internal.Ranks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {

  /** Two indicators, equal weights: csat and fcr on identity. */
  private static MetricBundle twoIndicators() {
    return MetricBundle.builder("two")
        .component("csat", 1, Normalisation.identity())
        .component("fcr", 1, Normalisation.identity())
        .build();
  }

  /** Units: "lopsided" (100, 0), "even" (50, 50), "weak" (20, 10). */
  private static Map<String, Map<String, Estimate>> threeUnits() {
    Map<String, Map<String, Estimate>> units = new LinkedHashMap<>();
    units.put("lopsided", values("csat", 100, "fcr", 0));
    units.put("even", values("csat", 50, "fcr", 50));
    units.put("weak", values("csat", 20, "fcr", 10));
    return units;
  }

  // --- Spearman ------------------------------------------------------------------------------

  @Test
  void spearman_noTies_handWorked() {
    // ranks 1 2 3 4 against 1 3 2 4: d = 0, 1, 1, 0; rho = 1 - 6 * 2 / (4 * (16 - 1)) = 0.8
    assertThat(SensitivityAnalysis.spearman(new double[] {10, 20, 30, 40}, new double[] {1, 3, 2, 4}))
        .isCloseTo(1 - 6.0 * 2 / (4 * 15), within(1e-12));
  }

  @Test
  void spearman_ties_averageRanks() {
    // b = 5 6 7 8 7 has ranks 1 2 3.5 5 3.5; deviations from the mean rank 3:
    // a: -2 -1 0 1 2, b: -2 -1 0.5 2 0.5; cov = 4 + 1 + 0 + 2 + 1 = 8;
    // var a = 10, var b = 4 + 1 + 0.25 + 4 + 0.25 = 9.5
    assertThat(
            SensitivityAnalysis.spearman(
                new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
        .isCloseTo(8 / Math.sqrt(10 * 9.5), within(1e-12));
    assertThat(Ranks.ranks(new double[] {5, 6, 7, 8, 7})).containsExactly(1, 2, 3.5, 5, 3.5);
  }

  @Test
  void spearman_reversedOrUndefined() {
    assertThat(SensitivityAnalysis.spearman(new double[] {1, 2, 3}, new double[] {9, 5, 1}))
        .isEqualTo(-1.0);
    assertThat(SensitivityAnalysis.spearman(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
    assertThat(SensitivityAnalysis.spearman(new double[] {1}, new double[] {2})).isNaN();
    assertThatThrownBy(() -> SensitivityAnalysis.spearman(new double[] {1}, new double[] {2, 3}))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("lengths (1, 2) must be equal");
  }

  @Test
  void quantile_type7_interpolates() {
    // sorted 10 20 30 40: p = 0.5 gives h = 1.5, 20 + 0.5 * (30 - 20)
    assertThat(Ranks.quantile(new double[] {10, 20, 30, 40}, 0.5)).isEqualTo(25.0);
    assertThat(Ranks.quantile(new double[] {10, 20, 30, 40}, 0.05)).isCloseTo(10 + 0.15 * 10, within(1e-12));
    assertThat(Ranks.quantile(new double[0], 0.5)).isNaN();
  }

  // --- Weight perturbation -------------------------------------------------------------------

  @Test
  void run_uniformWeights_scoreRangeWithinHandWorkedBounds() {
    SensitivityResult r =
        SensitivityAnalysis.builder(twoIndicators())
            .weights(WeightPerturbation.uniform(0.5))
            .runs(2000)
            .seed(7)
            .build()
            .run(threeUnits());

    // lopsided = 100 w1 / (w1 + w2) with w1, w2 in [0.5, 1.5]: from 100 * 0.5 / 2 to 100 * 1.5 / 2
    UnitSensitivity lopsided = r.unit("lopsided");
    assertThat(lopsided.baseline()).isEqualTo(50.0);
    assertThat(lopsided.min()).isBetween(100 * 0.5 / 2, 30.0);
    assertThat(lopsided.max()).isBetween(70.0, 100 * 1.5 / 2);
    assertThat(lopsided.p05()).isBetween(lopsided.min(), lopsided.median());
    assertThat(lopsided.p95()).isBetween(lopsided.median(), lopsided.max());
    // even is (50 w1 + 50 w2) / (w1 + w2) = 50 whatever the weights
    assertThat(r.unit("even").min()).isCloseTo(50.0, within(1e-9));
    assertThat(r.unit("even").max()).isCloseTo(50.0, within(1e-9));
    // lopsided and even swap places with the weights; weak stays last
    assertThat(r.unit("weak").bestRank()).isEqualTo(3.0);
    assertThat(lopsided.bestRank()).isEqualTo(1.0);
    assertThat(lopsided.worstRank()).isEqualTo(2.0);
    assertThat(r.minSpearman()).isLessThan(1.0);
    assertThat(r.meanSpearman()).isBetween(r.minSpearman(), 1.0);
    assertThat(r.runs()).isEqualTo(2000);
  }

  @Test
  void run_sameSeed_sameResult_otherSeed_otherResult() {
    SensitivityAnalysis.Builder a =
        SensitivityAnalysis.builder(twoIndicators()).weights(WeightPerturbation.dirichlet(5)).runs(200);
    SensitivityAnalysis.Builder b =
        SensitivityAnalysis.builder(twoIndicators()).weights(WeightPerturbation.dirichlet(5)).runs(200);
    SensitivityAnalysis.Builder c =
        SensitivityAnalysis.builder(twoIndicators()).weights(WeightPerturbation.dirichlet(5)).runs(200);

    SensitivityResult first = a.seed(42).build().run(threeUnits());
    SensitivityResult second = b.seed(42).build().run(threeUnits());
    SensitivityResult other = c.seed(43).build().run(threeUnits());

    assertThat(second).isEqualTo(first);
    assertThat(other.unit("lopsided")).isNotEqualTo(first.unit("lopsided"));
  }

  @Test
  void run_dominatingUnits_rankStable() {
    // "best" beats "middle" beats "worst" on every component, so no weighting can change the
    // order: every run's ranking equals the baseline, Spearman 1
    MetricBundle bundle =
        MetricBundle.builder("dominance")
            .component("csat", 1, Normalisation.goalposts(0, 100))
            .component("fcr", 1, Normalisation.identity())
            .build();
    Map<String, Map<String, Estimate>> units = new LinkedHashMap<>();
    units.put("best", values("csat", 90, "fcr", 80));
    units.put("middle", values("csat", 70, "fcr", 60));
    units.put("worst", values("csat", 40, "fcr", 30));

    SensitivityResult r =
        SensitivityAnalysis.builder(bundle)
            .weights(WeightPerturbation.dirichlet(1))
            .runs(500)
            .seed(1)
            .build()
            .run(units);

    assertThat(r.meanSpearman()).isEqualTo(1.0);
    assertThat(r.minSpearman()).isEqualTo(1.0);
    assertThat(r.unit("best").worstRank()).isEqualTo(1.0);
  }

  @Test
  void run_noPerturbation_everyRunIsBaseline() {
    SensitivityResult r =
        SensitivityAnalysis.builder(twoIndicators()).runs(10).build().run(threeUnits());

    assertThat(r.unit("weak").min()).isEqualTo((20 + 10) / 2.0);
    assertThat(r.unit("weak").max()).isEqualTo((20 + 10) / 2.0);
    assertThat(r.unit("weak").range()).isEqualTo(0.0);
    // lopsided and even tie at 50: average rank 1.5
    assertThat(r.unit("even").baselineRank()).isEqualTo(1.5);
    assertThat(r.meanSpearman()).isEqualTo(1.0);
  }

  @Test
  void run_normalisationAlternatives_scoresTakeBaselineOrAlternative() {
    MetricBundle bundle =
        MetricBundle.builder("norm")
            .component("csat", 1, Normalisation.goalposts(0, 100))
            .component("mttr", 1, Normalisation.distanceToTarget(3600))
            .build();

    SensitivityResult r =
        SensitivityAnalysis.builder(bundle)
            .normalisations(Normalisation.minMax())
            .runs(200)
            .seed(3)
            .build()
            .run(segments());

    // baseline east: csat 70 on 0..100 = 70; mttr 3600 / 10800 = 33.33; mean 51.67
    // min-max east: csat (70 - 60) / 20 = 50; mttr (10800 - 10800) / 7200 = 0; mean 25
    UnitSensitivity east = r.unit(EAST);
    assertThat(east.baseline()).isCloseTo((70 + 100 * 3600.0 / 10800) / 2, within(1e-9));
    assertThat(east.min()).isCloseTo((50 + 0.0) / 2, within(1e-9));
    assertThat(east.max()).isCloseTo((70 + 100 * 3600.0 / 10800) / 2, within(1e-9));
    // north is best either way
    assertThat(r.unit(NORTH).worstRank()).isEqualTo(1.0);
    // baseline south: csat 60, mttr 3600 / 7200 = 50, mean 55 > east's 51.67: south second
    assertThat(r.unit(SOUTH).baseline()).isCloseTo((60 + 100 * 3600.0 / 7200) / 2, within(1e-9));
    assertThat(r.unit(SOUTH).baselineRank()).isEqualTo(2.0);
    assertThat(east.baselineRank()).isEqualTo(3.0);
  }

  @Test
  void dirichlet_meanSharesAreBaseShares() {
    WeightPerturbation p = WeightPerturbation.dirichlet(2);
    SplittableRandom random = new SplittableRandom(11);
    double[] base = {1, 3, 0};
    double[] mean = new double[3];
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      double[] w = p.perturb(base, random);
      assertThat(w[0] + w[1] + w[2]).isCloseTo(1.0, within(1e-12));
      assertThat(w[2]).isEqualTo(0.0);
      for (int j = 0; j < 3; j++) {
        mean[j] += w[j] / n;
      }
    }
    // Dirichlet(alpha) has mean alpha_i / sum(alpha) = 1/4 and 3/4; sd of the mean < 0.003
    assertThat(mean[0]).isCloseTo(1 / 4.0, within(0.01));
    assertThat(mean[1]).isCloseTo(3 / 4.0, within(0.01));
  }

  @Test
  void uniform_staysWithinHalfWidth() {
    WeightPerturbation p = WeightPerturbation.uniform(0.2);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 1000; i++) {
      double[] w = p.perturb(new double[] {2, 0}, random);
      assertThat(w[0]).isBetween(2 * 0.8, 2 * 1.2);
      assertThat(w[1]).isEqualTo(0.0);
    }
  }

  @Test
  void builder_invalidSettings_fail() {
    assertThatThrownBy(() -> WeightPerturbation.uniform(1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("uniform weight perturbation (1.0) must be in [0, 1), e.g. 0.2 for +-20%");
    assertThatThrownBy(() -> WeightPerturbation.dirichlet(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("Dirichlet concentration (0.0) must be a finite number > 0");
    assertThatThrownBy(
            () -> SensitivityAnalysis.builder(twoIndicators()).normalisations(Normalisation.goalposts(0, 1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "alternative normalisation GOALPOSTS(0.0, 1.0) has parameters of its own; use MIN_MAX,"
                + " Z_SCORE or IDENTITY");
    assertThatThrownBy(() -> SensitivityAnalysis.builder(twoIndicators()).runs(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("runs (0) must be between 1 and 1000000");
    assertThatThrownBy(() -> SensitivityAnalysis.builder(twoIndicators()).seed(1).seed(2))
        .isInstanceOf(CemStateException.class)
        .hasMessage("seed already set to 1");
  }
}
