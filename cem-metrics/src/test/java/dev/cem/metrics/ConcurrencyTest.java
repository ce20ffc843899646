package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * STYLE 12: single-threaded accumulation, merged across threads. Per-thread accumulators are fed
 * from a latch-started harness with seeded per-thread data, then merged; the result equals the
 * sequential one.
 */
class ConcurrencyTest {
  private static final int THREADS = 4;
  private static final int PER_THREAD = 20_000;

  @Test
  void perThreadAccumulators_mergedAfterLatch_equalSequential() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = 1000 + t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return fill(seed);
                }));
      }
      start.countDown();
      NpsAccumulator nps = NpsAccumulator.create();
      MomentsAccumulator moments = MomentsAccumulator.create();
      DurationAccumulator durations = DurationAccumulator.create();
      for (Future<Object[]> f : futures) {
        Object[] parts = f.get();
        nps.merge((NpsAccumulator) parts[0]);
        moments.merge((MomentsAccumulator) parts[1]);
        durations.merge((DurationAccumulator) parts[2]);
      }
      NpsAccumulator seqNps = NpsAccumulator.create();
      MomentsAccumulator seqMoments = MomentsAccumulator.create();
      DurationAccumulator seqDurations = DurationAccumulator.create();
      for (int t = 0; t < THREADS; t++) {
        Object[] parts = fill(1000 + t);
        seqNps.merge((NpsAccumulator) parts[0]);
        seqMoments.merge((MomentsAccumulator) parts[1]);
        seqDurations.merge((DurationAccumulator) parts[2]);
      }
      assertThat(nps.snapshot()).isEqualTo(seqNps.snapshot());
      assertThat(moments.snapshot()).isEqualTo(seqMoments.snapshot());
      assertThat(durations.snapshot()).isEqualTo(seqDurations.snapshot());
    } finally {
      pool.shutdown();
    }
  }

  private static Object[] fill(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NpsAccumulator nps = NpsAccumulator.create();
    MomentsAccumulator moments = MomentsAccumulator.create();
    DurationAccumulator durations = DurationAccumulator.create();
    for (int i = 0; i < PER_THREAD; i++) {
      nps.add(random.nextInt(11));
      moments.add(random.nextDouble(-100, 100));
      durations.addMillis(random.nextLong(1_000_000), 500_000);
    }
    return new Object[] {nps, moments, durations};
  }
}
