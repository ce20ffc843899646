package dev.cem.maturity;

import dev.cem.metrics.Estimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Named inputs for the maturity tests, with their expected values written as arithmetic.
 *
 * <p>The {@link #tiny()} model has stages 0..3 and two dimensions:
 *
 * <pre>
 *   dimension A (weight 2)            dimension B (weight 1)
 *   stage 1: a1x w1, a1y w1           stage 1: b1x w1
 *   stage 2: a2x w2, a2y w1           stage 2: b2x w1
 *   stage 3: a3x w1                   stage 3: b3x w1, b3y w3
 * </pre>
 *
 * Total criterion weight: 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 3 = 12.
 */
final class MaturityTesting {
  private MaturityTesting() {}

  static final String TINY = "tiny";
  static final double TINY_TOTAL_WEIGHT = 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 3;
  static final List<String> TINY_STAGE_1 = List.of("a1x", "a1y", "b1x");
  static final List<String> TINY_STAGE_2 = List.of("a2x", "a2y", "b2x");
  static final List<String> TINY_STAGE_3 = List.of("a3x", "b3x", "b3y");

  static MaturityModel.Builder tinyBuilder() {
    return MaturityModel.builder(TINY)
        .version("1")
        .name("Tiny")
        .description("A two-dimension test model.")
        .stage(0, "None", "not on the scale")
        .stage(1, "One", "first")
        .stage(2, "Two", "second")
        .stage(3, "Three", "third")
        .dimension("A", "Dimension A", 2)
        .dimension("B", "Dimension B", 1)
        .criterion(c("a1x", "A", 1, 1))
        .criterion(c("a1y", "A", 1, 1))
        .criterion(c("a2x", "A", 2, 2))
        .criterion(c("a2y", "A", 2, 1))
        .criterion(c("a3x", "A", 3, 1))
        .criterion(c("b1x", "B", 1, 1))
        .criterion(c("b2x", "B", 2, 1))
        .criterion(c("b3x", "B", 3, 1))
        .criterion(c("b3y", "B", 3, 3));
  }

  static MaturityModel tiny() {
    return tinyBuilder().build();
  }

  static MaturityModel tinyScoredZero() {
    return tinyBuilder().notApplicable(NotApplicablePolicy.SCORED_ZERO).build();
  }

  static Criterion c(String id, String dimension, int stage, double weight) {
    return Criterion.of(id, dimension, stage, "Statement of " + id, "Do " + id)
        .withWeight(weight)
        .withGuidance("Guidance for " + id);
  }

  static Respondent respondent(String department) {
    return new Respondent(null, "head of " + department, department);
  }

  /** Every criterion of stages 1..upTo answered {@code level}, every other one NO. */
  static Assessment upTo(MaturityModel model, int upTo, String level) {
    Assessment.Builder b =
        Assessment.builder(model)
            .respondent(respondent("billing"))
            .date(LocalDate.of(2026, 11, 23));
    for (Criterion c : model.criteria()) {
      b.answer(c.id(), c.stage() <= upTo ? level : "NO");
    }
    return b.build();
  }

  /** Every criterion answered {@code level}. */
  static Assessment all(MaturityModel model, String level, String department) {
    Assessment.Builder b = Assessment.builder(model).respondent(respondent(department));
    for (Criterion c : model.criteria()) {
      b.answer(c.id(), level);
    }
    return b.build();
  }

  /** Tiny: stages 1 and 2 FULLY, stage 3 NO. Stage 2, scores A = B = 1 + 1 + 0 = 2. */
  static Assessment tinyStageTwo() {
    return upTo(tiny(), 2, "FULLY");
  }

  /**
   * Tiny: as {@link #tinyStageTwo} but a2y (weight 1 of 3 in A's stage 2) is NO. Stage 1; score
   * A = 1 + 2/3, overall (2·(5/3) + 1·2) / 3 = 16/9.
   */
  static Assessment tinyStageTwoButA2yUnmet() {
    return tinyStageTwo().withAnswer("a2y", Answer.of("NO"));
  }

  /** A valid YAML model that the bad-model catalogue edits. */
  static final String TINY_YAML =
      String.join(
          "\n",
          "schemaVersion: 1",
          "id: tiny",
          "version: \"1\"",
          "name: Tiny",
          "answerLevels:",
          "  - {name: \"NO\", value: 0}",
          "  - {name: FULLY, value: 1}",
          "stages:",
          "  - {ordinal: 0, name: None}",
          "  - {ordinal: 1, name: One}",
          "  - {ordinal: 2, name: Two}",
          "dimensions:",
          "  - {id: A, name: Dim A, weight: 1}",
          "  - {id: B, name: Dim B, weight: 1}",
          "criteria:",
          "  - {id: a1x, dimension: A, stage: 1, weight: 1, statement: s, recommendation: r}",
          "  - {id: a2x, dimension: A, stage: 2, weight: 1, statement: s, recommendation: r}",
          "  - {id: b1x, dimension: B, stage: 1, weight: 1, statement: s, recommendation: r}",
          "  - {id: b2x, dimension: B, stage: 2, weight: 1, statement: s, recommendation: r,"
              + " evidence: {metric: nps, operator: \">=\", threshold: 30, levelWhenMet: FULLY}}",
          "");

  // ---- evidence

  static Estimate estimate(double value, long n) {
    return Estimate.of(value, 1, value - 2, value + 2, 0.95, n, "test");
  }

  static Estimate empty() {
    return Estimate.empty("test", 0.95);
  }

  /**
   * Metric results for the five-stage model: information repeat 8% on 200 (rule {@code < 10}:
   * met), proactive detection 40% on 100 ({@code > 50}: not met), NPS 35 on 10 responses
   * ({@code n >= 30}: not met; {@code lower > 0} with minN 30: insufficient), FCR empty (no
   * evidence), SLA attainment 97 on 400 ({@code >= 95}: met), cx-index 72 on 500 with status
   * GREEN (met).
   */
  static Map<String, Estimate> metrics() {
    return Map.of(
        "information-repeat-rate", estimate(8, 200),
        "proactive-detection-ratio", estimate(40, 100),
        "nps", estimate(35, 10),
        "fcr", empty(),
        "sla-attainment", estimate(97, 400),
        "cx-index", estimate(72, 500));
  }

  static Map<String, String> statuses() {
    return Map.of("cx-index", "green");
  }

  static List<String> ids(List<Criterion> criteria) {
    List<String> out = new ArrayList<>();
    for (Criterion c : criteria) {
      out.add(c.id());
    }
    return out;
  }
}
