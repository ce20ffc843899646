package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A smoke check of scoring speed on the built-in model, not a benchmark. The target is about 20 µs
 * per assessment on one core. The build machine is shared, so the check takes the fastest of 20
 * batches (which filters out time stolen by other processes) and allows ten times the target:
 * enough to catch an accidental quadratic loop or per-answer parsing, not to measure.
 */
class MaturityScorerSpeedTest {

  @Test
  void score_builtInModel_fastestBatchWellUnderTwoHundredMicroseconds() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    MaturityScorer scorer = MaturityScorer.of(model);
    Assessment a = MaturityTesting.upTo(model, 3, "LARGELY");
    long sink = 0;
    for (int i = 0; i < 10_000; i++) {
      sink += scorer.score(a).stage();
    }
    int batch = 500;
    double best = Double.POSITIVE_INFINITY;
    for (int b = 0; b < 20; b++) {
      long start = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        sink += scorer.score(a).stage();
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e3 / batch);
    }
    System.out.println(
        String.format(
            Locale.ROOT, "MaturityScorer.score(cem-five-stage): best batch %.2f µs per assessment", best));

    assertThat(sink).isEqualTo(3L * (10_000 + 20 * batch));
    assertThat(best).isLessThan(200);
  }
}
