package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.EAST;
import static dev.cem.metrics.bundle.BundleTesting.NORTH;
import static dev.cem.metrics.bundle.BundleTesting.SOUTH;
import static dev.cem.metrics.bundle.BundleTesting.goalpostBundle;
import static dev.cem.metrics.bundle.BundleTesting.goalpostUnit;
import static dev.cem.metrics.bundle.BundleTesting.segments;
import static dev.cem.metrics.bundle.BundleTesting.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases from the OECD/JRC "Handbook on Constructing Composite Indicators" (2008):
 * normalisation (section 5: min-max, z-scores, distance to a reference), aggregation (section 6:
 * linear and geometric, and the compensability example) and missing data (section 4: case
 * deletion, re-weighting over the available indicators). Inputs live in {@link BundleTesting}.
 */
class CompositeHandbookTest {
  private static final Offset<Double> EPS = within(1e-9);

  // --- Normalisation -----------------------------------------------------------------------

  @Test
  void score_goalposts_linearInterpolationBetweenGoalposts() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());

    // csat (75 - 50) / (90 - 50) = 0.625; availability (99 - 95) / (100 - 95) = 0.8
    assertThat(s.component("csat").normalised()).isCloseTo(100 * (75.0 - 50) / (90 - 50), EPS);
    assertThat(s.component("availability").normalised())
        .isCloseTo(100 * (99.0 - 95) / (100 - 95), EPS);
    assertThat(s.value()).isCloseTo(0.4 * 62.5 + 0.6 * 80, EPS);
    assertThat(s.coverage()).isEqualTo(1.0);
  }

  @Test
  void score_goalpostsOutsideRange_clampedTo0And100() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.FAIL);

    BundleScore s = bundle.score(values("csat", 95, "availability", 90));

    assertThat(s.component("csat").normalised()).isEqualTo(100.0);
    assertThat(s.component("availability").normalised()).isEqualTo(0.0);
    assertThat(s.value()).isCloseTo(0.4 * 100 + 0.6 * 0, EPS);
  }

  @Test
  void scoreAll_minMax_overObservedSegments_lowerIsBetterInverted() {
    MetricBundle bundle =
        MetricBundle.builder("minmax")
            .component("csat", 0.4, Normalisation.minMax())
            .component("mttr", 0.6, Normalisation.minMax())
            .build();

    Map<String, BundleScore> s = bundle.scoreAll(segments());

    // csat: min 60, max 80; north (80-60)/20 = 1, south 0, east (70-60)/20 = 0.5
    // mttr (lower is better): min 3600, max 10800; north (10800-3600)/7200 = 1,
    //   south (10800-7200)/7200 = 0.5, east 0
    assertThat(s.get(NORTH).component("csat").normalised()).isCloseTo(100.0, EPS);
    assertThat(s.get(EAST).component("csat").normalised()).isCloseTo(50.0, EPS);
    assertThat(s.get(SOUTH).component("mttr").normalised()).isCloseTo(50.0, EPS);
    assertThat(s.get(NORTH).value()).isCloseTo(0.4 * 100 + 0.6 * 100, EPS);
    assertThat(s.get(SOUTH).value()).isCloseTo(0.4 * 0 + 0.6 * 50, EPS);
    assertThat(s.get(EAST).value()).isCloseTo(0.4 * 50 + 0.6 * 0, EPS);
    assertThat(s.keySet()).containsExactly(NORTH, SOUTH, EAST);
  }

  @Test
  void scoreAll_zScore_tScoreWithSampleStandardDeviation() {
    MetricBundle bundle =
        MetricBundle.builder("z")
            .component("nps", 1, Normalisation.zScore())
            .component("churn", 1, Normalisation.zScore())
            .build();

    Map<String, BundleScore> s = bundle.scoreAll(segments());

    // nps 10, 20, 30: mean 20, s = sqrt((100 + 0 + 100) / (3 - 1)) = 10; z = -1, 0, 1
    // churn 4, 10, 10 (lower is better): mean 8, s = sqrt((16 + 4 + 4) / 2) = sqrt(12)
    double churnSd = Math.sqrt((16.0 + 4 + 4) / 2);
    assertThat(s.get(NORTH).component("nps").normalised()).isCloseTo(50 + 10 * -1.0, EPS);
    assertThat(s.get(EAST).component("nps").normalised()).isCloseTo(50 + 10 * 1.0, EPS);
    assertThat(s.get(NORTH).component("churn").normalised())
        .isCloseTo(50 - 10 * (4 - 8) / churnSd, EPS);
    assertThat(s.get(SOUTH).component("churn").normalised())
        .isCloseTo(50 - 10 * (10 - 8) / churnSd, EPS);
    // Arithmetic aggregation of T-scores is 50 + 10 * the mean z-score.
    double southZ = (0 + -(10 - 8) / churnSd) / 2;
    assertThat(s.get(SOUTH).value()).isCloseTo(50 + 10 * southZ, EPS);
  }

  @Test
  void scoreAll_zScoreOrMinMax_degenerateReference_mapsToMidpoint() {
    MetricBundle bundle =
        MetricBundle.builder("flat")
            .component("csat", 1, Normalisation.minMax())
            .component("nps", 1, Normalisation.zScore())
            .build();

    Map<String, BundleScore> s =
        bundle.scoreAll(Map.of("a", values("csat", 70, "nps", 5), "b", values("csat", 70, "nps", 5)));

    assertThat(s.get("a").component("csat").normalised()).isEqualTo(50.0);
    assertThat(s.get("a").component("nps").normalised()).isEqualTo(50.0);
  }

  @Test
  void score_distanceToTarget_ratioCappedAt100_directionAware() {
    MetricBundle bundle =
        MetricBundle.builder("dtt")
            .component("fcr", 1, Normalisation.distanceToTarget(80))
            .component("mttr", 1, Normalisation.distanceToTarget(14400))
            .build();

    BundleScore behind = bundle.score(values("fcr", 60, "mttr", 28800));
    BundleScore ahead = bundle.score(values("fcr", 90, "mttr", 7200));

    // fcr 60 of target 80: 60/80; mttr 28800 s against 14400 s (lower is better): 14400/28800
    assertThat(behind.component("fcr").normalised()).isCloseTo(100 * 60.0 / 80, EPS);
    assertThat(behind.component("mttr").normalised()).isCloseTo(100 * 14400.0 / 28800, EPS);
    assertThat(behind.value()).isCloseTo((75.0 + 50) / 2, EPS);
    // beating the target earns no extra credit: 90/80 and 14400/7200 are capped at 1
    assertThat(ahead.component("fcr").normalised()).isEqualTo(100.0);
    assertThat(ahead.component("mttr").normalised()).isEqualTo(100.0);
  }

  @Test
  void score_identity_lowerIsBetterInverted() {
    MetricBundle bundle =
        MetricBundle.builder("id")
            .component("csat", 1, Normalisation.identity())
            .component("churn", 1, Normalisation.identity())
            .build();

    BundleScore s = bundle.score(values("csat", 82, "churn", 6));

    assertThat(s.component("csat").normalised()).isCloseTo(82.0, EPS);
    assertThat(s.component("churn").normalised()).isCloseTo(100 - 6.0, EPS);
    assertThat(s.value()).isCloseTo((82 + 94.0) / 2, EPS);
  }

  @Test
  void score_cap_limitsNormalisedValue() {
    MetricBundle bundle =
        MetricBundle.builder("capped")
            .component(BundleComponent.of("csat", 1, Normalisation.identity()).withCap(80))
            .component("fcr", 1, Normalisation.identity())
            .build();

    BundleScore s = bundle.score(values("csat", 95, "fcr", 40));

    // csat's normalised 95 is capped at 80
    assertThat(s.component("csat").normalised()).isEqualTo(80.0);
    assertThat(s.value()).isCloseTo((80 + 40.0) / 2, EPS);
  }

  // --- Aggregation ---------------------------------------------------------------------------

  @Test
  void score_arithmetic_contributionsSumToScore() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());

    assertThat(s.component("csat").contribution()).isCloseTo(0.4 * 62.5, EPS);
    assertThat(s.component("availability").contribution()).isCloseTo(0.6 * 80, EPS);
    assertThat(s.components().stream().mapToDouble(ComponentScore::contribution).sum())
        .isCloseTo(s.value(), EPS);
    assertThat(s.component("csat").effectiveWeight()).isCloseTo(0.4, EPS);
  }

  @Test
  void score_relativeWeights_normalisedBySum() {
    MetricBundle bundle =
        MetricBundle.builder("relative")
            .component("csat", 2, Normalisation.goalposts(50, 90))
            .component("availability", 3, Normalisation.goalposts(95, 100))
            .build();

    // weights 2 and 3 mean 0.4 and 0.6
    assertThat(bundle.score(goalpostUnit()).value()).isCloseTo(0.4 * 62.5 + 0.6 * 80, EPS);
  }

  /**
   * The handbook's compensability example with two indicators and equal weights. Profiles (50,
   * 50), (90, 10) and (100, 0) all have the arithmetic mean (50 + 50) / 2 = (90 + 10) / 2 = (100 +
   * 0) / 2 = 50: linear aggregation lets a surplus in one indicator buy off a deficit in the other.
   * The geometric mean sqrt(50 * 50) = 50, sqrt(90 * 10) = sqrt(900) = 30 and sqrt(100 * 0) = 0
   * penalises the imbalance, down to full non-compensability when one indicator is 0.
   */
  @Test
  void score_geometricVersusArithmetic_penalisesImbalance() {
    MetricBundle arithmetic = twoIndicators(Aggregation.ARITHMETIC);
    MetricBundle geometric = twoIndicators(Aggregation.GEOMETRIC);
    Map<String, Map<String, dev.cem.metrics.Estimate>> profiles =
        Map.of(
            "balanced", values("csat", 50, "fcr", 50),
            "unbalanced", values("csat", 90, "fcr", 10),
            "zero", values("csat", 100, "fcr", 0));

    for (Map<String, dev.cem.metrics.Estimate> p : profiles.values()) {
      assertThat(arithmetic.score(p).value()).isCloseTo(50.0, EPS);
    }
    assertThat(geometric.score(profiles.get("balanced")).value())
        .isCloseTo(Math.sqrt(50 * 50), EPS);
    assertThat(geometric.score(profiles.get("unbalanced")).value())
        .isCloseTo(Math.sqrt(90 * 10), EPS);
    assertThat(geometric.score(profiles.get("zero")).value()).isEqualTo(0.0);
  }

  @Test
  void score_weightedGeometric_productOfPowers() {
    MetricBundle bundle =
        MetricBundle.builder("geo")
            .component("csat", 1, Normalisation.identity())
            .component("fcr", 3, Normalisation.identity())
            .aggregation(Aggregation.GEOMETRIC)
            .build();

    BundleScore s = bundle.score(values("csat", 16, "fcr", 81));

    // 16^(1/4) * 81^(3/4) = 2 * 27
    assertThat(s.value()).isCloseTo(2.0 * 27, EPS);
    assertThat(s.components().stream().mapToDouble(ComponentScore::contribution).sum())
        .isCloseTo(s.value(), EPS);
  }

  @Test
  void score_minimum_weakestLinkTakesWholeScore() {
    MetricBundle bundle =
        MetricBundle.builder("weakest")
            .component("csat", 5, Normalisation.identity())
            .component("fcr", 1, Normalisation.identity())
            .component("availability", 0, Normalisation.identity())
            .aggregation(Aggregation.MINIMUM)
            .build();

    // availability has weight 0 and takes no part, even though it is lowest
    BundleScore s = bundle.score(values("csat", 70, "fcr", 55, "availability", 10));

    assertThat(s.value()).isEqualTo(55.0);
    assertThat(s.component("fcr").contribution()).isEqualTo(55.0);
    assertThat(s.component("csat").contribution()).isEqualTo(0.0);
    assertThat(s.component("availability").contribution()).isEqualTo(0.0);
  }

  // --- Missing data --------------------------------------------------------------------------

  @Test
  void score_reweight_dividesByPresentWeight() {
    MetricBundle bundle = threeComponents(MissingPolicy.REWEIGHT);

    BundleScore s = bundle.score(values("csat", 60, "fcr", 70));

    // weights 0.2, 0.3, 0.5 with availability missing: (0.2 * 60 + 0.3 * 70) / (0.2 + 0.3)
    assertThat(s.value()).isCloseTo((0.2 * 60 + 0.3 * 70) / (0.2 + 0.3), EPS);
    assertThat(s.coverage()).isCloseTo(0.2 + 0.3, EPS);
    assertThat(s.component("availability").present()).isFalse();
    assertThat(s.component("availability").normalised()).isNaN();
    assertThat(s.component("availability").status()).isEqualTo(Status.NO_DATA);
    assertThat(s.component("csat").effectiveWeight()).isCloseTo(0.2 / 0.5, EPS);
  }

  @Test
  void score_treatAsZero_keepsFullWeight() {
    BundleScore s = threeComponents(MissingPolicy.TREAT_AS_ZERO).score(values("csat", 60, "fcr", 70));

    assertThat(s.value()).isCloseTo(0.2 * 60 + 0.3 * 70 + 0.5 * 0, EPS);
    assertThat(s.coverage()).isCloseTo(0.5, EPS);
    assertThat(s.component("availability").normalised()).isEqualTo(0.0);
  }

  @Test
  void score_fail_namesMissingComponent() {
    assertThatThrownBy(() -> threeComponents(MissingPolicy.FAIL).score(values("csat", 60, "fcr", 70)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "bundle 'three': component 'availability' has no value and the missing policy is FAIL;"
                + " pass a value or use REWEIGHT or TREAT_AS_ZERO");
  }

  @Test
  void score_emptyEstimateCountsAsMissing() {
    Map<String, dev.cem.metrics.Estimate> v = values("csat", 60, "fcr", 70);
    v.put("availability", dev.cem.metrics.Estimate.empty("test", 0.95));

    BundleScore s = threeComponents(MissingPolicy.REWEIGHT).score(v);

    assertThat(s.coverage()).isCloseTo(0.5, EPS);
  }

  @Test
  void score_nothingPresent_isEmptyNeverZero() {
    for (MissingPolicy policy : new MissingPolicy[] {MissingPolicy.REWEIGHT, MissingPolicy.TREAT_AS_ZERO}) {
      BundleScore s = threeComponents(policy).score(Map.of());
      assertThat(s.isEmpty()).isTrue();
      assertThat(s.value()).isNaN();
      assertThat(s.status()).isEqualTo(Status.NO_DATA);
      assertThat(s.coverage()).isEqualTo(0.0);
      assertThat(s.valueIfPresent()).isEmpty();
      assertThatThrownBy(s::requireValue).isInstanceOf(CemStateException.class);
    }
  }

  @Test
  void score_reweightWithGeometric_overPresentComponents() {
    MetricBundle bundle =
        MetricBundle.builder("geo-missing")
            .component("csat", 1, Normalisation.identity())
            .component("fcr", 1, Normalisation.identity())
            .component("availability", 2, Normalisation.identity())
            .aggregation(Aggregation.GEOMETRIC)
            .missingPolicy(MissingPolicy.REWEIGHT)
            .build();

    BundleScore s = bundle.score(values("csat", 40, "fcr", 90));

    assertThat(s.value()).isCloseTo(Math.sqrt(40 * 90), EPS);
    assertThat(s.coverage()).isCloseTo(2.0 / 4, EPS);
  }

  @Test
  void score_valueOutsideNaturalRange_fails() {
    assertThatThrownBy(() -> goalpostBundle(MissingPolicy.FAIL).score(values("csat", 120, "availability", 99)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("value for metric 'csat' (120.0) must be between 0.0 and 100.0");
  }

  @Test
  void score_relativeNormalisationWithoutReference_failsWithHint() {
    MetricBundle bundle =
        MetricBundle.builder("rel").component("csat", 1, Normalisation.minMax()).build();

    assertThatThrownBy(() -> bundle.score(values("csat", 70)))
        .isInstanceOf(CemStateException.class)
        .hasMessageContaining("component 'csat' uses MIN_MAX normalisation")
        .hasMessageContaining("scoreAll(...)");
  }

  @Test
  void score_withReference_equalsScoreAll() {
    MetricBundle bundle =
        MetricBundle.builder("ref")
            .component("csat", 0.4, Normalisation.minMax())
            .component("mttr", 0.6, Normalisation.zScore())
            .build();
    BundleReference reference = BundleReference.from(segments());

    assertThat(bundle.score(segments().get(EAST), reference))
        .isEqualTo(bundle.scoreAll(segments()).get(EAST));
    assertThat(reference.get("csat").orElseThrow())
        .isEqualTo(new ComponentReference("csat", 3, 60, 80, (80 + 60 + 70) / 3.0, 10));
  }

  @Test
  void score_status_fromBundleThresholds() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.FAIL);

    // 0.4 * 62.5 + 0.6 * 80 = 73: between amber 60 and green 75
    assertThat(bundle.score(goalpostUnit()).status()).isEqualTo(Status.AMBER);
    // csat 90, availability 98.75: 0.4 * 100 + 0.6 * 75 = 85
    assertThat(bundle.score(values("csat", 90, "availability", 98.75)).status())
        .isEqualTo(Status.GREEN);
    // csat 50, availability 95: 0
    assertThat(bundle.score(values("csat", 50, "availability", 95)).status())
        .isEqualTo(Status.RED);
  }

  @Test
  void score_noThresholds_notRated() {
    assertThat(twoIndicators(Aggregation.ARITHMETIC).score(values("csat", 1, "fcr", 2)).status())
        .isEqualTo(Status.NOT_RATED);
  }

  @Test
  void component_unknownMetric_listsComponents() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());
    assertThatThrownBy(() -> s.component("nps"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("metric 'nps' is not a component of this score; components: [csat, availability]");
  }

  private static MetricBundle twoIndicators(Aggregation aggregation) {
    return MetricBundle.builder("two")
        .component("csat", 1, Normalisation.identity())
        .component("fcr", 1, Normalisation.identity())
        .aggregation(aggregation)
        .build();
  }

  private static MetricBundle threeComponents(MissingPolicy policy) {
    return MetricBundle.builder("three")
        .component("csat", 0.2, Normalisation.identity())
        .component("fcr", 0.3, Normalisation.identity())
        .component("availability", 0.5, Normalisation.identity())
        .missingPolicy(policy)
        .build();
  }
}
