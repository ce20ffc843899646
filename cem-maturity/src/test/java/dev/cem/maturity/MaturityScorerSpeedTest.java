package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A smoke check of scoring speed on the built-in model. The target is about 20 µs per assessment
 * on one core; the assertion allows ten times that, so that a busy shared build machine does not
 * fail it, while an accidental quadratic loop or per-answer parsing would.
 */
class MaturityScorerSpeedTest {

  @Test
  void score_builtInModel_wellUnderTwoHundredMicroseconds() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    MaturityScorer scorer = MaturityScorer.of(model);
    Assessment a = MaturityTesting.upTo(model, 3, "LARGELY");
    long sink = 0;
    for (int i = 0; i < 20_000; i++) {
      sink += scorer.score(a).stage();
    }
    int rounds = 20_000;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      sink += scorer.score(a).stage();
    }
    double micros = (System.nanoTime() - start) / 1e3 / rounds;
    System.out.println(
        String.format(Locale.ROOT, "MaturityScorer.score(cem-five-stage): %.2f µs per assessment", micros));

    assertThat(sink).isEqualTo(3L * 40_000);
    assertThat(micros).isLessThan(200);
  }
}
