package dev.cem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.maturity.Assessment;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import dev.cem.maturity.MaturityScorer;
import org.junit.jupiter.api.Test;

/** The maturity benchmark scores what it claims: the built-in model, every criterion answered. */
class MaturityBenchmarkTest {

  @Test
  void fullAssessment_answersEveryCriterion_andScores() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    Assessment a = MaturityBenchmark.fullAssessment(model, SurveyData.SEED);
    assertThat(a.answers()).hasSameSizeAs(model.criteria());
    assertThat(MaturityScorer.of(model).score(a)).isNotNull();
  }
}
