package dev.cem.benchmarks;

import static dev.cem.benchmarks.BaselinesAgreeTest.assertSameCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.CompiledBundle;
import dev.cem.metrics.bundle.MetricBundle;
import org.junit.jupiter.api.Test;

/**
 * cem computes the benchmark job exactly as the baselines do: the same counts, and the same
 * bundle, so that the benchmarks compare equal work.
 */
class LibraryAgreesTest {

  private static final SurveyData DATA = SurveyData.generate(10_000, SurveyData.SEED);
  private static final MetricBundle BUNDLE = LibraryObjects.bundle();

  @Test
  void objects_grouped_countsAndBundleEqualHandWritten() {
    JobResult expected = HandWritten.grouped(DATA);
    assertSameCounts(LibraryObjects.counts(LibraryObjects.accumulateGrouped(DATA)), expected);
    BundleScore[] scores = LibraryObjects.grouped(DATA, BUNDLE);
    for (int g = 0; g < scores.length; g++) {
      assertThat(scores[g].value()).as("segment %d", g).isCloseTo(expected.bundle(g), within(1e-9));
    }
  }

  @Test
  void objects_ungrouped_countsAndBundleEqualHandWritten() {
    JobResult expected = HandWritten.ungrouped(DATA);
    assertSameCounts(LibraryObjects.counts(LibraryObjects.accumulateUngrouped(DATA)), expected);
    assertThat(LibraryObjects.ungrouped(DATA, BUNDLE).value()).isCloseTo(expected.bundle(0), within(1e-9));
  }

  @Test
  void compiledBundle_equalsJobBundle() {
    CompiledBundle compiled = BUNDLE.compile();
    assertThat(compiled.metricIds()).containsExactly("nps", "csat", "sla-attainment", "resolution-time");
    JobResult r = HandWritten.grouped(DATA);
    for (int g = 0; g < r.groups(); g++) {
      double[] raw = {r.nps(g), 100 * r.csatTop2Box(g), 100 * r.slaAttainment(g), r.meanResolutionSeconds(g)};
      assertThat(compiled.score(raw)).as("segment %d", g).isCloseTo(r.bundle(g), within(1e-9));
    }
  }

  @Test
  void singleCustomer_customersScoreThroughBothApis() {
    SingleCustomerBenchmark b = new SingleCustomerBenchmark();
    b.setUp();
    for (int c = 0; c < 8; c++) {
      double compiled = b.compiledBundle();
      assertThat(compiled).isBetween(0.0, 100.0);
    }
    assertThat(b.objectApiBundle().value()).isBetween(0.0, 100.0);
  }

  @Test
  void accumulatorOps_roundTripEveryKind() {
    for (String kind : new String[] {"nps", "csat-top2", "moments", "duration"}) {
      AccumulatorBenchmark b = new AccumulatorBenchmark();
      b.accumulator = kind;
      b.setUp();
      assertThat(b.serialise()).as(kind).isNotEmpty();
      assertThat(b.deserialise()).as(kind).isNotNull();
      assertThat(b.merge()).as(kind).isNotNull();
    }
  }

  @Test
  void columnar_grouped_countsAndBundleEqualHandWritten() {
    JobResult expected = HandWritten.grouped(DATA);
    for (int threads : new int[] {1, 2}) {
      try (LibraryColumnar columnar = new LibraryColumnar(threads, BUNDLE)) {
        LibraryColumnar.Scored scored = columnar.score(LibraryColumnar.groupedBatch(DATA));
        assertSameCounts(LibraryColumnar.counts(scored.result()), expected);
        for (int g = 0; g < expected.groups(); g++) {
          assertThat(scored.bundle()[g]).as("segment %d", g).isCloseTo(expected.bundle(g), within(1e-9));
        }
      }
    }
  }

  @Test
  void columnar_ungrouped_countsAndBundleEqualHandWritten() {
    JobResult expected = HandWritten.ungrouped(DATA);
    try (LibraryColumnar columnar = new LibraryColumnar(1, BUNDLE)) {
      LibraryColumnar.Scored scored = columnar.score(LibraryColumnar.ungroupedBatch(DATA));
      assertSameCounts(LibraryColumnar.counts(scored.result()), expected);
      assertThat(scored.bundle()[0]).isCloseTo(expected.bundle(0), within(1e-9));
    }
  }

  @Test
  void columnar_parallelRanges_equalSequential() {
    // 10,000 rows make one range; 100,000 make several, so the merge path is checked too.
    SurveyData big = SurveyData.generate(100_000, SurveyData.SEED);
    JobResult expected = HandWritten.grouped(big);
    try (LibraryColumnar columnar = new LibraryColumnar(4, BUNDLE)) {
      assertSameCounts(LibraryColumnar.counts(columnar.score(LibraryColumnar.groupedBatch(big)).result()), expected);
    }
  }
}
