package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrency stress (docs/quality.md): {@value #THREADS} threads, started together by a latch,
 * score their own batches of {@value #ROWS} rows with one shared {@link ColumnarScorer} (itself
 * running 2-way parallel on a shared executor), and per-thread accumulators are merged; every
 * result equals the sequential one.
 */
class SharedScorerStressTest {
  static final int THREADS = 8;
  static final int ROWS = 40_000;

  @Test
  void columnarScorer_sharedByEightThreads_equalsSequential() throws Exception {
    ExecutorService inner = Executors.newFixedThreadPool(2);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      ColumnarScorer shared =
          ColumnarScorer.builder()
              .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
              .percentiles(true)
              .parallelism(2)
              .executor(inner)
              .build();
      ColumnarScorer sequential =
          ColumnarScorer.builder().invalidRows(InvalidRowPolicy.SKIP_AND_COUNT).percentiles(true).build();
      List<ColumnarBatch> batches = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        batches.add(ColumnarTesting.random(300 + t, ROWS, 5, 0.02).batch());
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ColumnarResult>> futures = new ArrayList<>();
      for (ColumnarBatch batch : batches) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return shared.score(batch);
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        ColumnarResult parallel = futures.get(t).get(60, TimeUnit.SECONDS);
        ColumnarResult expected = sequential.score(batches.get(t));
        assertThat(parallel.rejectedByColumn()).isEqualTo(expected.rejectedByColumn());
        assertThat(parallel.acceptedRows()).isEqualTo(expected.acceptedRows()).isPositive();
        for (int s = 0; s < 5; s++) {
          SegmentScores a = parallel.segment(s);
          SegmentScores b = expected.segment(s);
          assertThat(a.nps()).isEqualTo(b.nps());
          assertThat(a.csatTopBox()).isEqualTo(b.csatTopBox());
          assertThat(a.fcr()).isEqualTo(b.fcr());
          assertThat(a.resolution()).isEqualTo(b.resolution());
        }
      }
    } finally {
      pool.shutdownNow();
      inner.shutdownNow();
    }
  }

  /** Per-thread accumulators of 8 latch-started threads, merged, equal one sequential pass. */
  @Test
  void perThreadAccumulators_eightThreads_mergedEqualSequentialBytes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<NpsAccumulator>> nps = new ArrayList<>();
      List<Future<ProportionAccumulator>> fcr = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = 500 + t;
        nps.add(pool.submit(() -> { start.await(); return npsOf(seed); }));
        fcr.add(pool.submit(() -> { start.await(); return fcrOf(seed); }));
      }
      start.countDown();
      NpsAccumulator mergedNps = NpsAccumulator.create();
      ProportionAccumulator mergedFcr = ProportionAccumulator.binary();
      NpsAccumulator seqNps = NpsAccumulator.create();
      ProportionAccumulator seqFcr = ProportionAccumulator.binary();
      for (int t = THREADS - 1; t >= 0; t--) { // merge in reverse: order must not matter
        mergedNps.merge(nps.get(t).get(60, TimeUnit.SECONDS));
        mergedFcr.merge(fcr.get(t).get(60, TimeUnit.SECONDS));
      }
      for (int t = 0; t < THREADS; t++) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(500 + t);
        for (int i = 0; i < ROWS; i++) {
          seqNps.add(random.nextInt(11));
          seqFcr.add(random.nextBoolean());
        }
      }
      assertThat(mergedNps.toByteArray()).isEqualTo(seqNps.toByteArray());
      assertThat(mergedFcr.toByteArray()).isEqualTo(seqFcr.toByteArray());
      assertThat(mergedNps.count()).isEqualTo((long) THREADS * ROWS);
    } finally {
      pool.shutdownNow();
    }
  }

  private static NpsAccumulator npsOf(long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    NpsAccumulator acc = NpsAccumulator.create();
    for (int i = 0; i < ROWS; i++) {
      acc.add(random.nextInt(11));
      random.nextBoolean(); // the FCR draw: keeps the stream aligned with the sequential pass
    }
    return acc;
  }

  private static ProportionAccumulator fcrOf(long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    ProportionAccumulator acc = ProportionAccumulator.binary();
    for (int i = 0; i < ROWS; i++) {
      random.nextInt(11); // the NPS draw
      acc.add(random.nextBoolean());
    }
    return acc;
  }
}
