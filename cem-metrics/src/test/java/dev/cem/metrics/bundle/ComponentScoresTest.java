package dev.cem.metrics.bundle;

import static dev.cem.metrics.bundle.BundleTesting.goalpostBundle;
import static dev.cem.metrics.bundle.BundleTesting.goalpostUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.metrics.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The object API's {@link BundleScore#components()} is a {@link ComponentScores} that builds its
 * records on first read: reading the value, status or uncertainty builds nothing, and a score is
 * the same value (equals, hashCode, toString) before and after its components are built, and as
 * a score whose components were passed in as a plain list.
 */
class ComponentScoresTest {

  @Test
  void components_notBuiltUntilRead() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());
    ComponentScores lazy = (ComponentScores) s.components();

    assertThat(s.value()).isPositive();
    assertThat(s.standardError()).isPositive();
    assertThat(s.lower()).isLessThan(s.upper());
    assertThat(s.status()).isEqualTo(Status.AMBER);
    assertThat(s.coverage()).isEqualTo(1.0);
    assertThat(s.requireValue()).isEqualTo(s.value());
    assertThat(s.components()).hasSize(2);
    assertThat(lazy.isBuilt()).isFalse();

    assertThat(s.components().get(1).metricId()).isEqualTo("availability");
    assertThat(lazy.isBuilt()).isTrue();
    assertThat(s.components().get(0)).isSameAs(s.components().get(0));
  }

  @Test
  void equalsHashCodeToString_sameAsEagerList() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.REWEIGHT);
    BundleScore built = bundle.score(goalpostUnit());
    BundleScore eager = withPlainList(built);
    BundleScore lazy = bundle.score(goalpostUnit());

    assertThat(((ComponentScores) lazy.components()).isBuilt()).isFalse();
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy.toString()).isEqualTo(eager.toString());
    assertThat(lazy.components()).isEqualTo(eager.components());
    assertThat(eager.components()).isEqualTo(lazy.components());
    // a missing component: the shared empty input equals the one built per call before
    BundleScore partial = bundle.score(Map.of("csat", goalpostUnit().get("csat")));
    assertThat(partial.component("availability").input())
        .isEqualTo(Estimate.empty("missing", BundleScore.DEFAULT_CONFIDENCE));
    assertThat(withPlainList(partial)).isEqualTo(partial);
  }

  // The one-pass path keeps only the inputs; the detail is computed when first read, from a copy
  // of them: changing the caller's map afterwards changes nothing.
  @Test
  void components_fromInputsCopiedAtScoring() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.FAIL);
    Map<String, Estimate> unit = new java.util.HashMap<>(goalpostUnit());
    BundleScore s = bundle.score(unit);
    BundleScore expected = withPlainList(bundle.score(goalpostUnit()));
    unit.clear();

    assertThat(((ComponentScores) s.components()).isBuilt()).isFalse();
    assertThat(s.components()).isEqualTo(expected.components());
    assertThat(s.component("csat").input()).isEqualTo(goalpostUnit().get("csat"));
    assertThat(s.component("csat").normalised()).isBetween(0.0, 100.0);
  }

  @Test
  void withConfidence_keepsComponents() {
    BundleScore s = goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit());
    BundleScore wider = s.withConfidence(0.99);

    assertThat(wider.components()).isSameAs(s.components());
    assertThat(wider.upper() - wider.lower()).isGreaterThan(s.upper() - s.lower());
    assertThat(wider.withConfidence(BundleScore.DEFAULT_CONFIDENCE)).isEqualTo(s);
  }

  @Test
  void components_unmodifiable() {
    List<ComponentScore> components =
        goalpostBundle(MissingPolicy.FAIL).score(goalpostUnit()).components();
    ComponentScore first = components.get(0);

    assertThatThrownBy(() -> components.add(first))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> components.set(0, first))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> components.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Threads started together read the components of the same fresh scores: all see equal lists. */
  @Test
  void components_readConcurrently_equalToSequential() throws Exception {
    MetricBundle bundle = goalpostBundle(MissingPolicy.TREAT_AS_ZERO);
    int scores = 500;
    List<BundleScore> shared = new ArrayList<>();
    List<List<ComponentScore>> expected = new ArrayList<>();
    for (int i = 0; i < scores; i++) {
      Map<String, Estimate> unit = unit(i);
      shared.add(bundle.score(unit));
      expected.add(List.copyOf(bundle.score(unit).components()));
    }
    List<Callable<List<List<ComponentScore>>>> tasks = new ArrayList<>();
    for (int t = 0; t < SharedBundleStressTest.THREADS; t++) {
      tasks.add(
          () -> {
            List<List<ComponentScore>> seen = new ArrayList<>();
            for (BundleScore s : shared) {
              seen.add(List.copyOf(s.components()));
            }
            return seen;
          });
    }
    for (List<List<ComponentScore>> seen : SharedBundleStressTest.runTogether(tasks)) {
      assertThat(seen).isEqualTo(expected);
    }
  }

  /**
   * The object API allocates a few hundred bytes per call: the raw and detail values in one array,
   * the inputs, the lazy list and the score. Before the lazy list it was about 930 bytes.
   */
  @Test
  void score_objectApi_allocatesLittle() {
    MetricBundle bundle = goalpostBundle(MissingPolicy.FAIL);
    List<Map<String, Estimate>> units = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      units.add(unit(i));
    }
    double sink = 0;
    for (int i = 0; i < 20_000; i++) {
      sink += bundle.score(units.get(i & 63)).value();
    }
    int calls = 100_000;
    long before = BundleTesting.allocatedBytes();
    for (int i = 0; i < calls; i++) {
      sink += bundle.score(units.get(i & 63)).standardError();
    }
    long allocated = BundleTesting.allocatedBytes() - before;

    assertThat(sink).isPositive();
    assertThat(allocated / calls).isLessThan(512);
  }

  private static Map<String, Estimate> unit(int i) {
    return Map.of(
        "csat", BundleTesting.estimate(50 + i % 45, 1 + i % 3),
        "availability", BundleTesting.estimate(95 + (i % 50) / 10.0, 0.1));
  }

  private static BundleScore withPlainList(BundleScore s) {
    return new BundleScore(
        s.value(),
        s.standardError(),
        s.lower(),
        s.upper(),
        s.confidence(),
        s.status(),
        s.coverage(),
        new ArrayList<>(s.components()),
        s.profile());
  }
}
