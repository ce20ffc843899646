package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.AVAILABILITY_99_SE;
import static dev.cem.metrics.bundle.BundleTesting.CSAT_75_SE;
import static dev.cem.metrics.bundle.BundleTesting.Z95;
import static dev.cem.metrics.bundle.BundleTesting.estimate;
import static dev.cem.metrics.bundle.BundleTesting.goalpostBundle;
import static dev.cem.metrics.bundle.BundleTesting.goalpostUnit;
import static dev.cem.metrics.bundle.BundleTesting.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.catalog.StandardMetrics;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Builder validation, profiles, component ratings and uncertainty propagation. */
class MetricBundleTest {
  private static final Offset<Double> EPS = within(1e-9);

  // --- Builder validation -------------------------------------------------------------------

  @Test
  void build_negativeWeight_namesMetricAndValue() {
    assertThatThrownBy(
            () -> MetricBundle.builder("b").component("csat", -0.2, Normalisation.identity()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("weight for metric 'csat' (-0.2) must be a finite number >= 0");
  }

  @Test
  void build_nanWeight_fails() {
    assertThatThrownBy(() -> BundleComponent.of("csat", Double.NaN, Normalisation.identity()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("weight for metric 'csat' (NaN) must be a finite number >= 0");
  }

  @Test
  void build_allZeroWeights_fails() {
    MetricBundle.Builder b =
        MetricBundle.builder("zero")
            .component("csat", 0, Normalisation.identity())
            .component("fcr", 0, Normalisation.identity());
    assertThatThrownBy(b::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("bundle 'zero': all component weights are 0 ([csat, fcr]); at least one must be > 0");
  }

  @Test
  void build_unknownMetric_namesComponentAndListsKnownIds() {
    MetricBundle.Builder b =
        MetricBundle.builder("b")
            .component("csat", 1, Normalisation.identity())
            .component("cast", 1, Normalisation.identity());
    assertThatThrownBy(b::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("bundle 'b' components[1]: unknown metric id 'cast'; known ids: [nps,");
  }

  @Test
  void build_duplicateComponent_namesBothPositions() {
    MetricBundle.Builder b =
        MetricBundle.builder("b")
            .component("csat", 1, Normalisation.identity())
            .component("fcr", 1, Normalisation.identity())
            .component("csat", 2, Normalisation.minMax());
    assertThatThrownBy(b::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "bundle 'b': duplicate component for metric 'csat' (components[0] and components[2])");
  }

  @Test
  void build_noComponents_fails() {
    assertThatThrownBy(() -> MetricBundle.builder("empty").build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("bundle 'empty' has no components; add at least one");
  }

  @Test
  void goalposts_reversedOrEqual_fails() {
    assertThatThrownBy(() -> Normalisation.goalposts(100, 95))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("goalposts reversed: lower (100.0) must be < upper (95.0)");
    assertThatThrownBy(() -> Normalisation.goalposts(5, 5))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("goalposts reversed: lower (5.0) must be < upper (5.0)");
  }

  @Test
  void distanceToTarget_nonPositiveTarget_fails() {
    assertThatThrownBy(() -> Normalisation.distanceToTarget(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("distance-to-target target (0.0) must be a finite number > 0");
  }

  @Test
  void build_identityOnUnboundedMetric_fails() {
    MetricBundle.Builder b =
        MetricBundle.builder("b").component("mttr", 1, Normalisation.identity());
    assertThatThrownBy(b::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith(
            "bundle 'b' components[0] (metric 'mttr'): IDENTITY normalisation needs a metric on 0..100");
  }

  @Test
  void build_componentThresholdsAgainstDirection_fails() {
    // MTTR is lower-is-better: amber must be >= green
    MetricBundle.Builder b =
        MetricBundle.builder("b")
            .component(
                BundleComponent.of("mttr", 1, Normalisation.distanceToTarget(3600))
                    .withThresholds(Thresholds.of(3600, 7200)));
    assertThatThrownBy(b::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "bundle 'b' components[0] (metric 'mttr') thresholds: amber (3600.0) must be >= green"
                + " (7200.0) for a lower-is-better value");
  }

  @Test
  void build_bundleThresholdsOutOfOrderOrRange_fails() {
    assertThatThrownBy(
            () ->
                MetricBundle.builder("b")
                    .component("csat", 1, Normalisation.identity())
                    .thresholds(Thresholds.of(80, 60))
                    .build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "bundle 'b' thresholds: amber (80.0) must be <= green (60.0) for a higher-is-better value");
    assertThatThrownBy(
            () ->
                MetricBundle.builder("b")
                    .component("csat", 1, Normalisation.identity())
                    .thresholds(Thresholds.of(60, 120))
                    .build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("bundle 'b' thresholds (amber 60.0, green 120.0) must be between 0 and 100");
  }

  @Test
  void builder_settingTwice_failsFast() {
    MetricBundle.Builder b = MetricBundle.builder("b").aggregation(Aggregation.GEOMETRIC);
    assertThatThrownBy(() -> b.aggregation(Aggregation.MINIMUM))
        .isInstanceOf(CemStateException.class)
        .hasMessage("aggregation already set to GEOMETRIC");
  }

  @Test
  void cap_outsideRange_fails() {
    assertThatThrownBy(() -> BundleComponent.of("csat", 1, Normalisation.identity()).withCap(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("cap for metric 'csat' (0.0) must be in (0, 100]: it limits the normalised value");
  }

  @Test
  void builder_nulls_rejectedAtTheDoor() {
    assertThatThrownBy(() -> MetricBundle.builder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MetricBundle.builder("b").component(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("component");
    assertThatThrownBy(() -> goalpostBundle(MissingPolicy.FAIL).score(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("values");
  }

  // --- Profiles ------------------------------------------------------------------------------

  @Test
  void withProfile_multiply_triplesAvailabilityWeight() {
    MetricBundle bundle =
        goalpostBundle(MissingPolicy.FAIL).toBuilder()
            .profile(PriorityProfile.multiply("acme", Map.of("availability", 3.0)))
            .build();

    BundleScore s = bundle.withProfile("acme").score(goalpostUnit());

    // weights 0.4 and 0.6 * 3 = 1.8
    assertThat(s.value()).isCloseTo((0.4 * 62.5 + 1.8 * 80) / (0.4 + 1.8), EPS);
    assertThat(s.profile()).contains("acme");
    assertThat(s.component("availability").weight()).isCloseTo(1.8, EPS);
  }

  @Test
  void withProfile_replace_setsListedWeightsOnly() {
    MetricBundle bundle =
        goalpostBundle(MissingPolicy.FAIL).withProfile(
            PriorityProfile.replace("availability-only", Map.of("csat", 0.0)));

    assertThat(bundle.score(goalpostUnit()).value()).isCloseTo(80.0, EPS);
    assertThat(bundle.component("availability").weight()).isEqualTo(0.6);
  }

  @Test
  void withProfile_unknownMetric_fails() {
    assertThatThrownBy(
            () ->
                goalpostBundle(MissingPolicy.FAIL)
                    .withProfile(PriorityProfile.multiply("p", Map.of("nps", 2.0))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "bundle 'service' profile 'p': metric 'nps' is not a component; components: [csat, availability]");
  }

  @Test
  void withProfile_allWeightsZero_fails() {
    assertThatThrownBy(
            () ->
                goalpostBundle(MissingPolicy.FAIL)
                    .withProfile(
                        PriorityProfile.multiply("p", Map.of("csat", 0.0, "availability", 0.0))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("bundle 'service' profile 'p' (MULTIPLY")
        .hasMessageEndingWith("leaves every component weight at 0; at least one must be > 0");
  }

  @Test
  void withProfile_twice_failsFast() {
    MetricBundle profiled =
        goalpostBundle(MissingPolicy.FAIL)
            .withProfile(PriorityProfile.multiply("a", Map.of("csat", 2.0)));
    assertThatThrownBy(
            () -> profiled.withProfile(PriorityProfile.multiply("b", Map.of("csat", 2.0))))
        .isInstanceOf(CemStateException.class)
        .hasMessage("bundle 'service' already has profile 'a' applied; apply profiles to the base bundle");
  }

  @Test
  void withProfile_unknownName_listsProfiles() {
    assertThatThrownBy(() -> goalpostBundle(MissingPolicy.FAIL).withProfile("acme"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("bundle 'service' has no profile 'acme'; profiles: []");
  }

  @Test
  void profile_negativeFactor_fails() {
    assertThatThrownBy(() -> PriorityProfile.multiply("p", Map.of("csat", -1.0)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("profile 'p': factor for metric 'csat' (-1.0) must be a finite number >= 0");
  }

  @Test
  void build_profileWithUnknownMetric_fails() {
    MetricBundle.Builder b =
        goalpostBundle(MissingPolicy.FAIL).toBuilder()
            .profile(PriorityProfile.replace("p", Map.of("fcr", 1.0)));
    assertThatThrownBy(b::build)
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("bundle 'service' profile 'p': metric 'fcr' is not a component");
  }

  // --- Component ratings ---------------------------------------------------------------------

  @Test
  void score_componentThresholdsAndTarget_directionAware() {
    MetricBundle bundle =
        MetricBundle.builder("ops")
            .component(
                BundleComponent.of("mttr", 1, Normalisation.distanceToTarget(7200))
                    .withThresholds(Thresholds.of(14400, 7200))
                    .withTarget(7200))
            .component(
                BundleComponent.of("csat", 1, Normalisation.identity())
                    .withThresholds(Thresholds.of(70, 80))
                    .withTarget(85))
            .build();

    BundleScore green = bundle.score(values("mttr", 7200, "csat", 80));
    BundleScore amber = bundle.score(values("mttr", 10000, "csat", 70));
    BundleScore red = bundle.score(values("mttr", 20000, "csat", 69.9));

    assertThat(green.component("mttr").status()).isEqualTo(Status.GREEN);
    assertThat(green.component("csat").status()).isEqualTo(Status.GREEN);
    assertThat(amber.component("mttr").status()).isEqualTo(Status.AMBER);
    assertThat(amber.component("csat").status()).isEqualTo(Status.AMBER);
    assertThat(red.component("mttr").status()).isEqualTo(Status.RED);
    assertThat(red.component("csat").status()).isEqualTo(Status.RED);
    assertThat(green.component("mttr").meetsTarget()).contains(true);
    assertThat(amber.component("mttr").meetsTarget()).contains(false);
    assertThat(green.component("csat").meetsTarget()).contains(false);
  }

  @Test
  void score_noComponentThresholds_notRatedAndNoTarget() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());
    assertThat(s.component("csat").status()).isEqualTo(Status.NOT_RATED);
    assertThat(s.component("csat").meetsTarget()).isEqualTo(Optional.empty());
  }

  // --- Uncertainty ---------------------------------------------------------------------------

  @Test
  void score_arithmetic_deltaMethodStandardErrorAndInterval() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());

    // dS/dcsat = 0.4 * 100 / (90 - 50); dS/davailability = 0.6 * 100 / (100 - 95)
    double dCsat = 0.4 * 100 / (90 - 50.0);
    double dAvailability = 0.6 * 100 / (100 - 95.0);
    double se =
        Math.sqrt(
            Math.pow(dCsat * CSAT_75_SE, 2) + Math.pow(dAvailability * AVAILABILITY_99_SE, 2));
    assertThat(se).isCloseTo(Math.sqrt(2.0 * 2 + 1.2 * 1.2), EPS);
    assertThat(s.standardError()).isCloseTo(se, EPS);
    assertThat(s.lower()).isCloseTo(73 - Z95 * se, EPS);
    assertThat(s.upper()).isCloseTo(73 + Z95 * se, EPS);
    assertThat(s.confidence()).isEqualTo(0.95);
    assertThat(s.component("csat").sensitivity()).isCloseTo(dCsat, EPS);
  }

  @Test
  void score_geometric_deltaMethod() {
    MetricBundle bundle =
        MetricBundle.builder("geo")
            .component("csat", 1, Normalisation.identity())
            .component("fcr", 1, Normalisation.identity())
            .aggregation(Aggregation.GEOMETRIC)
            .build();

    BundleScore s = bundle.score(Map.of("csat", estimate(64, 4), "fcr", estimate(81, 9)));

    // S = sqrt(64 * 81) = 72; dS/dy_i = 0.5 * S / y_i
    assertThat(s.value()).isCloseTo(72.0, EPS);
    double se = Math.sqrt(Math.pow(0.5 * 72 / 64 * 4, 2) + Math.pow(0.5 * 72 / 81 * 9, 2));
    assertThat(s.standardError()).isCloseTo(se, EPS);
  }

  @Test
  void score_clampedComponent_addsNoUncertainty() {
    // csat 95 lies above its upper goalpost 90: its normalised value does not move
    BundleScore s =
        goalpostBundle(MissingPolicy.FAIL)
            .score(Map.of("csat", estimate(95, 3), "availability", estimate(99, 0.1)));

    assertThat(s.component("csat").sensitivity()).isEqualTo(0.0);
    assertThat(s.standardError()).isCloseTo(0.6 * 100 / (100 - 95.0) * 0.1, EPS);
  }

  @Test
  void score_undefinedComponentStandardError_givesUndefinedScoreStandardError() {
    Estimate noSe = Estimate.of(75, Double.NaN, Double.NaN, Double.NaN, 0.95, 1, "single");
    BundleScore s =
        goalpostBundle(MissingPolicy.FAIL)
            .score(Map.of("csat", noSe, "availability", estimate(99, 0.1)));

    assertThat(s.value()).isCloseTo(73.0, EPS);
    assertThat(s.standardError()).isNaN();
  }

  @Test
  void withConfidence_recomputesInterval() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit()).withConfidence(0.9);
    double z90 = 1.6448536269514722;
    assertThat(s.upper() - s.value()).isCloseTo(z90 * s.standardError(), EPS);
    assertThat(s.confidence()).isEqualTo(0.9);
  }

  // --- Object basics -------------------------------------------------------------------------

  @Test
  void equals_sameSettings_equal() {
    assertThat(goalpostBundle(MissingPolicy.FAIL)).isEqualTo(goalpostBundle(MissingPolicy.FAIL));
    assertThat(goalpostBundle(MissingPolicy.FAIL).hashCode())
        .isEqualTo(goalpostBundle(MissingPolicy.FAIL).hashCode());
    assertThat(goalpostBundle(MissingPolicy.FAIL)).isNotEqualTo(goalpostBundle(MissingPolicy.REWEIGHT));
    assertThat(goalpostBundle(MissingPolicy.FAIL).toBuilder().build())
        .isEqualTo(goalpostBundle(MissingPolicy.FAIL));
  }

  @Test
  void metric_resolvedDefinition() {
    assertThat(goalpostBundle(MissingPolicy.FAIL).metric("availability"))
        .isEqualTo(StandardMetrics.AVAILABILITY);
    assertThat(goalpostBundle(MissingPolicy.FAIL).isRelative()).isFalse();
  }
}
