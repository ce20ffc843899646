package dev.cem.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import org.junit.jupiter.api.Test;

class MetricCatalogTest {

  private static final MetricDefinition B2B_NPS =
      MetricDefinition.of(
          "nps-b2b", "B2B NPS", MetricUnit.POINTS, Direction.HIGHER_IS_BETTER, -100, 100, "");

  @Test
  void catalog_standardMetrics_holdsEveryIssueMetric() {
    assertThat(StandardMetrics.catalog().ids())
        .containsExactly(
            "nps",
            "csat",
            "ces",
            "fcr",
            "sla-attainment",
            "availability",
            "mttr",
            "first-response-time",
            "resolution-time",
            "repeat-contact-rate",
            "channel-switch-rate",
            "information-repeat-rate",
            "self-service-containment",
            "proactive-detection-ratio",
            "retention",
            "churn",
            "journey-satisfaction",
            "journey-touchpoint-gap",
            "contact-strategy-compliance");
  }

  @Test
  void catalog_directions_lowerIsBetterForTimesRatesOfFailureAndEffort() {
    assertThat(StandardMetrics.catalog().definitions())
        .filteredOn(d -> d.direction() == Direction.LOWER_IS_BETTER)
        .extracting(MetricDefinition::id)
        .containsExactlyInAnyOrder(
            "ces",
            "mttr",
            "first-response-time",
            "resolution-time",
            "repeat-contact-rate",
            "channel-switch-rate",
            "information-repeat-rate",
            "churn");
  }

  @Test
  void durations_openEnded_inSeconds() {
    assertThat(StandardMetrics.MTTR.isOpenEnded()).isTrue();
    assertThat(StandardMetrics.MTTR.unit()).isEqualTo(MetricUnit.SECONDS);
    assertThat(StandardMetrics.MTTR.contains(1e9)).isTrue();
    assertThat(StandardMetrics.MTTR.contains(-1)).isFalse();
    assertThat(StandardMetrics.NPS.isOpenEnded()).isFalse();
    assertThat(StandardMetrics.NPS.contains(-100)).isTrue();
    assertThat(StandardMetrics.NPS.contains(Double.NaN)).isFalse();
  }

  @Test
  void get_unknownId_listsKnownIds() {
    assertThatThrownBy(() -> StandardMetrics.catalog().get("nsp"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("unknown metric id 'nsp'; known ids: [nps, csat, ces,")
        .hasMessageContaining("contact-strategy-compliance]");
  }

  @Test
  void with_hostMetric_extendsWithoutChangingOriginal() {
    MetricCatalog extended = StandardMetrics.catalog().with(B2B_NPS);

    assertThat(extended.get("nps-b2b")).isEqualTo(B2B_NPS);
    assertThat(extended.size()).isEqualTo(StandardMetrics.catalog().size() + 1);
    assertThat(StandardMetrics.catalog().contains("nps-b2b")).isFalse();
    assertThat(extended.find("nope")).isEmpty();
  }

  @Test
  void with_sameDefinitionAgain_isAccepted() {
    assertThat(StandardMetrics.catalog().with(StandardMetrics.NPS))
        .isEqualTo(StandardMetrics.catalog());
  }

  @Test
  void with_differentDefinitionUnderExistingId_fails() {
    MetricDefinition otherNps =
        MetricDefinition.of(
            "nps", "NPS 2", MetricUnit.POINTS, Direction.HIGHER_IS_BETTER, -100, 100, "");
    assertThatThrownBy(() -> StandardMetrics.catalog().with(otherNps))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("metric id 'nps' is already defined");
  }

  @Test
  void of_duplicateId_fails() {
    assertThatThrownBy(() -> MetricCatalog.of(B2B_NPS, B2B_NPS))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("metric id 'nps-b2b' is defined twice");
  }

  @Test
  void metricDefinition_upperNotAboveLower_fails() {
    assertThatThrownBy(
            () ->
                MetricDefinition.of(
                    "x", "X", MetricUnit.RATIO, Direction.HIGHER_IS_BETTER, 1, 1, ""))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("upper bound of metric 'x' (1.0) must be greater than its lower bound (1.0)");
  }

  @Test
  void metricDefinition_badIdOrBlankLabel_fails() {
    assertThatThrownBy(
            () ->
                MetricDefinition.of(
                    "a b", "X", MetricUnit.RATIO, Direction.HIGHER_IS_BETTER, 0, 1, ""))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("metric id ('a b') must be");
    assertThatThrownBy(
            () ->
                MetricDefinition.of(
                    "x", " ", MetricUnit.RATIO, Direction.HIGHER_IS_BETTER, 0, 1, ""))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("label of metric 'x' must not be blank");
    assertThatThrownBy(
            () -> MetricDefinition.openEnded("x", "X", MetricUnit.SECONDS,
                Direction.LOWER_IS_BETTER, Double.NEGATIVE_INFINITY, ""))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("lower bound of metric 'x' (-Infinity) must be finite");
  }

  @Test
  void get_null_throwsNullPointerException() {
    assertThatThrownBy(() -> StandardMetrics.catalog().get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
