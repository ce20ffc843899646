package dev.cem.benchmarks;

import dev.cem.maturity.Assessment;
import dev.cem.maturity.AnswerLevel;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import dev.cem.maturity.MaturityResult;
import dev.cem.maturity.MaturityScorer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one assessment of the built-in {@code cem-five-stage} model with every criterion
 * answered ({@link MaturityScorer#score}); the model and the scorer are built once, outside the
 * timing.
 *
 * <p><b>Hypothesis.</b> The scorer walks arrays precomputed with the model: one hash lookup per
 * answer to find its criterion and level, then a few passes over at most a few hundred
 * criteria, and the result objects. That is a few microseconds, well inside the target of
 * at most 20 microseconds per assessment; if not, the time goes into building the result
 * (per-criterion outcome records, warnings) rather than into the arithmetic.
 *
 * <p>Answers are seeded ({@link SurveyData#SEED}) draws from the model's own answer levels, not
 * all the same, so that gating, thresholds and prerequisite checks take their mixed paths.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MaturityBenchmark -prof gc}. Smoke
 * test: {@code java -jar benchmarks/target/benchmarks.jar -f 0 -wi 0 -i 1 -r 100ms
 * MaturityBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MaturityBenchmark {

  private MaturityScorer scorer;
  private Assessment assessment;

  @Setup(Level.Trial)
  public void setUp() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    scorer = MaturityScorer.of(model);
    assessment = fullAssessment(model, SurveyData.SEED);
  }

  /** Scores the fully answered assessment. */
  @Benchmark
  public MaturityResult scoreBuiltInModel() {
    return scorer.score(assessment);
  }

  /** An assessment of {@code model} answering every criterion with a seeded draw of its levels. */
  static Assessment fullAssessment(MaturityModel model, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<AnswerLevel> levels = model.answerLevels();
    Assessment.Builder b = Assessment.builder(model).modelVersion(model.version());
    for (Criterion c : model.criteria()) {
      b.answer(c.id(), levels.get(random.nextInt(levels.size())).name());
    }
    return b.build();
  }
}
