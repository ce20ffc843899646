package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.core.Scale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ColumnarScorerTest {
  private static final byte M = ColumnarBatch.MISSING_BYTE;

  // Two segments, hand-counted:
  // segment 0: nps 10, 9, 3 (2 promoters, 1 detractor); csat 5, 4, 2 (top-2: 2 of 3, mean 11/3);
  //            fcr 1, 0, missing; resolution 60, 120, missing with targets 90, 90.
  // segment 1: nps 7, missing; csat missing, 1; ces 3, 5; fcr 1, 1; resolution 30, missing.
  @Test
  void score_twoSegments_handCounted() {
    int[] segment = {0, 0, 0, 1, 1};
    ColumnarBatch batch =
        ColumnarBatch.builder(segment, 2)
            .nps(new byte[] {10, 9, 3, 7, M})
            .csat(new byte[] {5, 4, 2, M, 1})
            .ces(new byte[] {M, M, M, 3, 5})
            .fcr(new byte[] {1, 0, M, 1, 1})
            .resolutionSeconds(new int[] {60, 120, -1, 30, -1})
            .slaTargetSeconds(new int[] {90, 90, 90, -1, 90})
            .build();
    ColumnarResult r = ColumnarScorer.defaults().score(batch);

    SegmentScores s0 = r.segment(0);
    assertThat(s0.rows()).isEqualTo(3);
    assertThat(s0.nps()).isEqualTo(NpsResult.of(2, 0, 1));
    assertThat(s0.csatTopBox()).isEqualTo(ProportionResult.of(2, 3));
    assertThat(s0.csatMean().mean()).isEqualTo(11.0 / 3);
    assertThat(s0.cesMean().isEmpty()).isTrue();
    assertThat(s0.fcr()).isEqualTo(ProportionResult.of(1, 2));
    assertThat(s0.resolution().count()).isEqualTo(2);
    assertThat(s0.resolution().mean().mean()).isEqualTo(90.0);
    // (60 - 90)^2 + (120 - 90)^2 = 1800 over 1 degree of freedom.
    assertThat(s0.resolution().mean().variance()).isEqualTo(1800.0);
    assertThat(s0.resolution().slaAttainment()).isEqualTo(ProportionResult.of(1, 2));
    assertThat(s0.resolution().p50Seconds()).isNaN();

    SegmentScores s1 = r.segment(1);
    assertThat(s1.nps()).isEqualTo(NpsResult.of(0, 1, 0));
    assertThat(s1.csatTopBox()).isEqualTo(ProportionResult.of(0, 1));
    assertThat(s1.cesMean().mean()).isEqualTo(4.0);
    assertThat(s1.cesMean().variance()).isEqualTo(2.0);
    assertThat(s1.fcr()).isEqualTo(ProportionResult.of(2, 2));
    assertThat(s1.resolution().slaAttainment().isEmpty()).isTrue();
    assertThat(r.rejectedRows()).isZero();
    assertThat(r.acceptedRows()).isEqualTo(5);
  }

  @Test
  void score_percentiles_fromHistogram() {
    int[] seconds = new int[100];
    for (int i = 0; i < 100; i++) {
      seconds[i] = i + 1;
    }
    ColumnarBatch batch =
        ColumnarBatch.builder(new int[100], 1).resolutionSeconds(seconds).build();
    DurationResult d =
        ColumnarScorer.builder().percentiles(true).build().score(batch).segment(0).resolution();
    assertThat(d.p50Seconds()).isCloseTo(50, org.assertj.core.api.Assertions.within(0.05));
    assertThat(d.p99Seconds()).isCloseTo(99, org.assertj.core.api.Assertions.within(0.099));
  }

  @Test
  void score_failPolicy_namesRowColumnValueAndRange() {
    ColumnarBatch batch =
        ColumnarBatch.builder(new int[] {0, 0, 0}, 1).nps(new byte[] {10, 11, 12}).build();
    assertThatThrownBy(() -> ColumnarScorer.defaults().score(batch))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("row 1: nps (11) must be between 0 and 10, or -128 (missing)");
  }

  @Test
  void score_failPolicy_segmentOutOfRange() {
    ColumnarBatch batch = ColumnarBatch.builder(new int[] {0, 3}, 2).fcr(new byte[] {1, 1}).build();
    assertThatThrownBy(() -> ColumnarScorer.defaults().score(batch))
        .hasMessage("row 1: segment (3) must be between 0 and 1");
  }

  @Test
  void score_failPolicy_csatNamesScale() {
    ColumnarBatch batch = ColumnarBatch.builder(new int[] {0}, 1).csat(new byte[] {0}).build();
    assertThatThrownBy(() -> ColumnarScorer.defaults().score(batch))
        .hasMessage("row 0: csat (0) must be between 1 and 5 (scale csat), or -128 (missing)");
  }

  @Test
  void score_skipAndCount_rowSkippedWholeAndCountedByFirstColumn() {
    ColumnarBatch batch =
        ColumnarBatch.builder(new int[] {0, 0, 0, 5}, 1)
            .nps(new byte[] {10, 11, 0, 10})
            .fcr(new byte[] {1, 1, 7, 1})
            .build();
    ColumnarResult r =
        ColumnarScorer.builder().invalidRows(InvalidRowPolicy.SKIP_AND_COUNT).build().score(batch);
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.acceptedRows()).isEqualTo(1);
    assertThat(r.rejectedRows()).isEqualTo(3);
    assertThat(r.rejected("segment")).isEqualTo(1);
    assertThat(r.rejected("nps")).isEqualTo(1);
    assertThat(r.rejected("fcr")).isEqualTo(1);
    assertThat(r.segment(0).nps()).isEqualTo(NpsResult.of(1, 0, 0));
    assertThat(r.segment(0).fcr()).isEqualTo(ProportionResult.of(1, 1));
    assertThat(r.rejectedByColumn().keySet())
        .containsExactly(
            "segment", "nps", "csat", "ces", "fcr", "resolutionSeconds", "slaTargetSeconds");
  }

  @Test
  void score_emptyBatch_allEmptyNeverZero() {
    ColumnarBatch batch = ColumnarBatch.builder(new int[0], 3).nps(new byte[0]).build();
    ColumnarResult r = ColumnarScorer.defaults().score(batch);
    assertThat(r.segments()).hasSize(3);
    assertThat(r.segment(2).nps().isEmpty()).isTrue();
    assertThat(r.segment(2).csatMean().isEmpty()).isTrue();
    assertThat(r.segment(2).resolution().isEmpty()).isTrue();
  }

  @Test
  void score_customCsatScaleAndBox_usesThreshold() {
    Scale tenPoint = Scale.of("csat-10", 1, 10);
    ColumnarBatch batch =
        ColumnarBatch.builder(new int[] {0, 0, 0, 0}, 1)
            .csat(new byte[] {10, 9, 8, 1}, tenPoint, 3)
            .build();
    SegmentScores s = ColumnarScorer.defaults().score(batch).segment(0);
    assertThat(s.csatTopBox()).isEqualTo(ProportionResult.of(3, 4));
    assertThat(s.csatMean().mean()).isEqualTo(7.0);
  }

  @Test
  void score_randomWithInvalidRows_equalsNaiveReference() {
    long seed = 20261123L;
    ColumnarTesting.Columns c = ColumnarTesting.random(seed, 5_000, 7, 0.05);
    ColumnarResult r =
        ColumnarScorer.builder()
            .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
            .percentiles(true)
            .build()
            .score(c.batch());
    ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
    for (SegmentScores s : r.segments()) {
      ColumnarTesting.assertMatches(s, ref, true);
    }
    for (int col = 0; col < 7; col++) {
      assertThat(r.rejected(ColumnarKernel.COLUMNS[col]))
          .as("column %s, seed %d", ColumnarKernel.COLUMNS[col], seed)
          .isEqualTo(ref.rejectedByColumn[col]);
    }
  }

  @Test
  void score_parallel_equalsSequential() throws Exception {
    ColumnarTesting.Columns c = ColumnarTesting.random(42, 100_000, 5, 0);
    ColumnarResult sequential =
        ColumnarScorer.builder().percentiles(true).build().score(c.batch());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      ColumnarResult parallel =
          ColumnarScorer.builder()
              .percentiles(true)
              .parallelism(4)
              .executor(pool)
              .build()
              .score(c.batch());
      ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
      for (int s = 0; s < 5; s++) {
        ColumnarTesting.assertMatches(parallel.segment(s), ref, true);
        assertThat(parallel.segment(s).nps()).isEqualTo(sequential.segment(s).nps());
        assertThat(parallel.segment(s).resolution().mean().mean())
            .isEqualTo(sequential.segment(s).resolution().mean().mean());
      }
    } finally {
      pool.shutdown();
    }
  }

  // The calling thread counts morsels too, so the executor gets one task fewer than parallelism.
  @Test
  void score_parallel_executorGetsOneTaskFewerThanParallelism() {
    ColumnarTesting.Columns c = ColumnarTesting.random(11, 3 * ColumnarScorer.MIN_ROWS_PER_TASK, 4, 0);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger submitted = new AtomicInteger();
    try {
      ColumnarResult parallel =
          ColumnarScorer.builder()
              .parallelism(3)
              .executor(task -> {
                submitted.incrementAndGet();
                pool.execute(task);
              })
              .build()
              .score(c.batch());
      assertThat(submitted.get()).isEqualTo(2);
      ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
      for (int s = 0; s < 4; s++) {
        ColumnarTesting.assertMatches(parallel.segment(s), ref, false);
      }
    } finally {
      pool.shutdown();
    }
  }

  // Tasks the executor has not started by the time the calling thread has counted every morsel
  // are not waited for: an executor that only queues tasks still gives the whole result, and the
  // queued tasks, run later, count nothing.
  @Test
  void score_parallel_tasksNeverStarted_callerCountsEveryRow() {
    ColumnarTesting.Columns c =
        ColumnarTesting.random(3, 10 * ColumnarScorer.MIN_ROWS_PER_TASK, 6, 0);
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    ColumnarResult result =
        ColumnarScorer.builder().parallelism(4).executor(queued::add).build().score(c.batch());
    assertThat(queued).hasSize(3);
    ColumnarTesting.Reference ref = ColumnarTesting.reference(c);
    for (int s = 0; s < 6; s++) {
      ColumnarTesting.assertMatches(result.segment(s), ref, false);
    }
    queued.forEach(Runnable::run);
    for (int s = 0; s < 6; s++) {
      ColumnarTesting.assertMatches(result.segment(s), ref, false);
    }
  }

  // Under FAIL with parallel ranges, the reported row is the lowest invalid one.
  @Test
  void score_parallelFail_reportsLowestInvalidRow() {
    ColumnarTesting.Columns c = ColumnarTesting.random(7, 80_000, 3, 0);
    c.nps[70_000] = 20;
    c.nps[50_000] = 30;
    assertThatThrownBy(() -> ColumnarScorer.builder().parallelism(4).build().score(c.batch()))
        .hasMessageStartingWith("row 50000: nps (30)");
  }

  @Test
  void build_lengthMismatch_rejected() {
    assertThatThrownBy(() -> ColumnarBatch.builder(new int[3], 1).nps(new byte[2]))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("column nps has 2 rows, but segment has 3");
  }

  @Test
  void build_noMetricColumn_rejected() {
    assertThatThrownBy(() -> ColumnarBatch.builder(new int[3], 1).build())
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("at least one metric column");
  }

  @Test
  void build_columnTwice_rejected() {
    ColumnarBatch.Builder b = ColumnarBatch.builder(new int[1], 1).nps(new byte[1]);
    assertThatThrownBy(() -> b.nps(new byte[1]))
        .isInstanceOf(CemStateException.class)
        .hasMessage("column nps is already set");
  }

  @Test
  void build_zeroSegments_rejected() {
    assertThatThrownBy(() -> ColumnarBatch.builder(new int[0], 0))
        .hasMessage("segmentCount (0) must be >= 1");
  }

  @Test
  void build_scaleBeyondByte_rejected() {
    assertThatThrownBy(
            () -> ColumnarBatch.builder(new int[1], 1).ces(new byte[1], Scale.of("wide", 0, 200)))
        .hasMessage("scale wide (0..200) must lie within -127..127 to fit a byte column");
  }
}
