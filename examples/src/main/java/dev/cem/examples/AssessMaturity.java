package dev.cem.examples;

import dev.cem.maturity.Assessment;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import dev.cem.maturity.MaturityResult;
import dev.cem.maturity.MaturityScorer;
import dev.cem.maturity.Roadmap;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A self-assessment against the built-in {@code cem-five-stage} model, answered in code: every
 * stage 1 and 2 criterion FULLY met; at stage 3 the "a" criterion of each dimension FULLY, the "b"
 * criterion PARTLY (0.33, below the 0.67 threshold, so not met), the "c" criterion unanswered.
 * Scored, it gives the gated stage (2: one unmet stage-3 criterion caps it), the continuous score
 * (which credits the partial work), the blockers and the roadmap to the next stage.
 */
public final class AssessMaturity {
  private AssessMaturity() {}

  /** The model, the scored result and the roadmap to the next stage. */
  public record Outcome(MaturityModel model, MaturityResult result, Roadmap roadmap) {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Builds and scores the assessment, printing to {@code out}, and returns the outcome. */
  public static Outcome run(PrintStream out) {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    Assessment.Builder answers = Assessment.builder(model);
    for (Criterion c : model.criteria()) { // ids such as "strategy-3a": dimension, stage, letter
      if (c.stage() <= 2 || (c.stage() == 3 && c.id().endsWith("a"))) {
        answers.answer(c.id(), "FULLY");
      } else if (c.stage() == 3 && c.id().endsWith("b")) {
        answers.answer(c.id(), "PARTLY", "only in the contact centre");
      }
    }
    MaturityResult result = MaturityScorer.of(model).score(answers.build());
    Roadmap roadmap = Roadmap.nextStage(model, result);
    out.printf(Locale.ROOT, "stage %d (%s), score %.2f of %d, answered %.0f%% of the weight%n",
        result.stage(), model.stage(result.stage()).orElseThrow().name(), result.score(),
        result.maxStage(), 100 * result.confidence());
    out.printf(Locale.ROOT, "%d blockers, first %s%n", result.blockers().size(), result.blockers().get(0));
    out.printf(Locale.ROOT, "roadmap to stage %d:%n", roadmap.targetStage());
    roadmap.items().stream().limit(3).forEach(i ->
        out.printf(Locale.ROOT, "  %-16s %s%n", i.criterion(), i.recommendation()));
    out.printf(Locale.ROOT, "  ... %d steps in all%n", roadmap.items().size());
    return new Outcome(model, result, roadmap);
  }
}
