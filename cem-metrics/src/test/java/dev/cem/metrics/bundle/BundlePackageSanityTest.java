package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.goalpostBundle;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.metrics.catalog.Direction;
import dev.cem.metrics.catalog.MetricCatalog;
import dev.cem.metrics.catalog.MetricDefinition;
import dev.cem.metrics.catalog.MetricUnit;
import dev.cem.metrics.catalog.StandardMetrics;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public factory and entry point of the bundle and catalog packages rejects null at the door. */
class BundlePackageSanityTest {

  static Stream<Arguments> nullCalls() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.REWEIGHT);
    CompiledBundle compiled = bundle.compile();
    return Stream.of(
        // catalog
        call("MetricDefinition.of", () -> MetricDefinition.of(null, "x", MetricUnit.RATIO, Direction.HIGHER_IS_BETTER, 0, 1, "")),
        call("MetricDefinition.of unit", () -> MetricDefinition.of("x", "x", null, Direction.HIGHER_IS_BETTER, 0, 1, "")),
        call("MetricCatalog.of", () -> MetricCatalog.of((List<MetricDefinition>) null)),
        call("MetricCatalog.with", () -> StandardMetrics.catalog().with((MetricDefinition) null)),
        call("MetricCatalog.find", () -> StandardMetrics.catalog().find(null)),
        // values
        call("Normalisation", () -> new Normalisation(null, Double.NaN, Double.NaN, Double.NaN)),
        call("BundleComponent.of", () -> BundleComponent.of(null, 1, Normalisation.identity())),
        call("BundleComponent.of normalisation", () -> BundleComponent.of("csat", 1, null)),
        call("BundleComponent.withThresholds", () -> BundleComponent.of("csat", 1, Normalisation.identity()).withThresholds(null)),
        call("Thresholds.status", () -> Thresholds.of(1, 2).status(1, null)),
        call("PriorityProfile.of", () -> PriorityProfile.of("p", null, Map.of())),
        call("PriorityProfile.multiply", () -> PriorityProfile.multiply("p", null)),
        call("ComponentReference.of", () -> ComponentReference.of("csat", (double[]) null)),
        call("BundleReference.of", () -> BundleReference.of(null)),
        call("BundleReference.from", () -> BundleReference.from(null)),
        // bundle
        call("MetricBundle.builder", () -> MetricBundle.builder(null)),
        call("Builder.catalog", () -> MetricBundle.builder("b").catalog(null)),
        call("Builder.aggregation", () -> MetricBundle.builder("b").aggregation(null)),
        call("Builder.profile", () -> MetricBundle.builder("b").profile(null)),
        call("MetricBundle.fromJson", () -> MetricBundle.fromJson(null)),
        call("MetricBundle.fromYaml catalog", () -> MetricBundle.fromYaml("", null)),
        call("MetricBundle.read", () -> MetricBundle.read(null)),
        call("MetricBundle.component", () -> bundle.component(null)),
        call("MetricBundle.withProfile", () -> bundle.withProfile((String) null)),
        call("MetricBundle.compile", () -> bundle.compile(null)),
        call("MetricBundle.score", () -> bundle.score(Map.of(), null)),
        call("MetricBundle.scoreAll", () -> bundle.scoreAll(null)),
        call("CompiledBundle.score", () -> compiled.score(null)),
        call("CompiledBundle.score offset", () -> compiled.score(null, 0)),
        call("CompiledBundle.scoreColumns", () -> compiled.scoreColumns(null, new double[0])),
        call("CompiledBundle.indexOf", () -> compiled.indexOf(null)),
        call("SensitivityAnalysis.builder", () -> SensitivityAnalysis.builder(null)),
        call("SensitivityAnalysis.weights", () -> SensitivityAnalysis.builder(bundle).weights(null)),
        call("SensitivityAnalysis.run", () -> SensitivityAnalysis.builder(bundle).build().run(null)),
        call("WeightPerturbation", () -> new WeightPerturbation(null, 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullCalls")
  void publicEntryPoint_null_throwsNullPointerException(String name, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class);
  }

  private static Arguments call(String name, ThrowingCallable call) {
    return Arguments.of(name, call);
  }
}
