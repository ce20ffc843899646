package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrency stress (docs/quality.md): {@value #THREADS} threads, started together by a latch,
 * score {@value #ASSESSMENTS_PER_THREAD} random assessments each with one shared built-in {@link
 * MaturityModel} and one shared {@link MaturityScorer}, and build panels from the same model; the
 * results equal the sequential ones. Models and scorers are immutable, so nothing may differ.
 */
class SharedModelStressTest {
  static final int THREADS = 8;
  static final int ASSESSMENTS_PER_THREAD = 400;

  private static final MaturityModel MODEL = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
  private static final MaturityScorer SCORER = MaturityScorer.of(MODEL);

  private static List<Assessment> assessments(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Assessment> out = new ArrayList<>();
    for (int i = 0; i < ASSESSMENTS_PER_THREAD; i++) {
      List<Integer> choices = new ArrayList<>();
      for (int c = 0; c < 120; c++) {
        choices.add(random.nextInt(20));
      }
      out.add(MaturityScorerProperties.answers(MODEL, random.nextInt(6), choices));
    }
    return out;
  }

  private static List<MaturityResult> scoreAll(List<Assessment> assessments) {
    List<MaturityResult> out = new ArrayList<>();
    for (Assessment a : assessments) {
      out.add(SCORER.score(a));
    }
    out.add(Panel.of(SCORER, assessments.subList(0, 20)).result());
    return out;
  }

  @Test
  void scorerAndModel_sharedByEightThreads_equalSequential() throws Exception {
    List<List<Assessment>> inputs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      inputs.add(assessments(700 + t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<MaturityResult>>> futures = new ArrayList<>();
      for (List<Assessment> in : inputs) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  // the built-in model is looked up concurrently too: one cached instance
                  assertThat(MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE)).isSameAs(MODEL);
                  return scoreAll(in);
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<MaturityResult> parallel = futures.get(t).get(120, TimeUnit.SECONDS);
        assertThat(parallel).isEqualTo(scoreAll(inputs.get(t)));
        assertThat(parallel.stream().map(MaturityResult::stage).distinct().count())
            .as("varied stages")
            .isGreaterThan(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
