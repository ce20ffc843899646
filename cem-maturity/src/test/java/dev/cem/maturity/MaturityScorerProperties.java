package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The scorer against a naive reference that follows the definitions in {@link MaturityScorer}
 * literally, on random answers to the built-in models. jqwik prints the seed of a failing run.
 */
class MaturityScorerProperties {

  private static final String[] LEVELS = {null, "NOT_APPLICABLE", "NO", "PARTLY", "LARGELY", "FULLY"};

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 19).list().ofSize(120);
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.of(0.33, 0.5, 0.67, 1.0);
  }

  /** Answers: stages up to {@code prefix} mostly FULLY, the rest uniform over all choices. */
  static Assessment answers(MaturityModel model, int prefix, List<Integer> choices) {
    Assessment.Builder b = Assessment.builder(model);
    for (int i = 0; i < model.criteria().size(); i++) {
      Criterion c = model.criteria().get(i);
      int x = choices.get(i % choices.size());
      String level;
      if (c.stage() <= prefix) {
        level = x == 0 ? "NO" : x == 1 ? "NOT_APPLICABLE" : "FULLY";
      } else {
        level = LEVELS[x % LEVELS.length];
      }
      if (level != null) {
        b.answer(c.id(), level);
      }
    }
    return b.build();
  }

  @Property(tries = 300)
  void score_randomAnswers_matchesReference(
      @ForAll("choices") List<Integer> choices,
      @ForAll @IntRange(min = 0, max = 5) int prefix,
      @ForAll("thresholds") double threshold,
      @ForAll boolean scoredZero,
      @ForAll boolean serviceProcess) {
    MaturityModel model =
        MaturityModels.builtIn(
            serviceProcess ? MaturityModels.SERVICE_PROCESS : MaturityModels.CEM_FIVE_STAGE);
    if (scoredZero) {
      model = model.toBuilder().notApplicable(NotApplicablePolicy.SCORED_ZERO).build();
    }
    Assessment a = answers(model, prefix, choices);

    MaturityResult fast = MaturityScorer.of(model).withThreshold(threshold).score(a);
    Reference ref = new Reference(model, a, threshold);

    assertThat(fast.stage()).isEqualTo(ref.overallStage());
    assertThat(fast.score()).isCloseTo(ref.overallScore(), within(1e-9));
    assertThat(fast.confidence()).isCloseTo(ref.confidence(), within(1e-12));
    for (DimensionResult d : fast.dimensions()) {
      assertThat(d.stage()).as(d.dimension()).isEqualTo(ref.stage(d.dimension()));
      assertThat(d.score()).as(d.dimension()).isCloseTo(ref.score(d.dimension()), within(1e-9));
    }
    assertThat(fast.blockers()).containsExactlyInAnyOrderElementsOf(ref.blockers(fast.stage() + 1));
    int overall = 0;
    for (DimensionResult d : fast.dimensions()) {
      overall = overall == 0 && d == fast.dimensions().get(0) ? d.stage() : Math.min(overall, d.stage());
    }
    assertThat(fast.stage()).isEqualTo(overall);
    assertThat(fast.score()).isBetween(0.0, 5.0);
  }

  @Property(tries = 200)
  void score_raisingOneAnswer_neverLowersScoreOrStage(
      @ForAll("choices") List<Integer> choices,
      @ForAll @IntRange(min = 0, max = 5) int prefix,
      @ForAll @IntRange(min = 0, max = 119) int which) {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    Assessment a = answers(model, prefix, choices);
    String id = model.criteria().get(which).id();
    Answer before = a.answer(id);
    if (before != null && before.level().equals("NOT_APPLICABLE")) {
      a = a.withAnswer(id, Answer.of("NO"));
    }
    Assessment raised = a.withAnswer(id, Answer.of("FULLY"));

    MaturityScorer scorer = MaturityScorer.of(model);
    MaturityResult low = scorer.score(a);
    MaturityResult high = scorer.score(raised);

    assertThat(high.score()).isGreaterThanOrEqualTo(low.score() - 1e-12);
    assertThat(high.stage()).isGreaterThanOrEqualTo(low.stage());
  }

  /** The definitions, written out naively. */
  static final class Reference {
    final MaturityModel model;
    final Map<String, Double> value = new HashMap<>();
    final Map<String, String> status = new HashMap<>();
    final double threshold;

    Reference(MaturityModel model, Assessment a, double threshold) {
      this.model = model;
      this.threshold = threshold;
      for (Criterion c : model.criteria()) {
        Answer ans = a.answer(c.id());
        if (ans == null) {
          status.put(c.id(), "unanswered");
          value.put(c.id(), 0.0);
        } else if (ans.level().equals("NOT_APPLICABLE")) {
          status.put(c.id(), "na");
          value.put(c.id(), 0.0);
        } else {
          status.put(c.id(), "answered");
          value.put(c.id(), model.level(ans.level()).orElseThrow().value());
        }
      }
    }

    boolean excluded(Criterion c) {
      return status.get(c.id()).equals("na")
          && model.notApplicablePolicy() == NotApplicablePolicy.EXCLUDED;
    }

    boolean met(Criterion c) {
      boolean own =
          excluded(c) || (status.get(c.id()).equals("answered") && value.get(c.id()) >= threshold);
      return own && c.requires().stream().allMatch(r -> met(model.criterion(r).orElseThrow()));
    }

    int stage(String dimension) {
      int k = 0;
      while (k < model.maxStage()) {
        int next = k + 1;
        boolean all =
            model.criteria().stream()
                .filter(c -> c.dimension().equals(dimension) && c.stage() == next)
                .allMatch(this::met);
        if (!all) {
          break;
        }
        k = next;
      }
      return k;
    }

    int overallStage() {
      int k = 0;
      while (k < model.maxStage()) {
        int next = k + 1;
        if (!model.criteria().stream().filter(c -> c.stage() == next).allMatch(this::met)) {
          break;
        }
        k = next;
      }
      return k;
    }

    double score(String dimension) {
      double total = 0;
      for (int s = 1; s <= model.maxStage(); s++) {
        int stage = s;
        List<Criterion> counted =
            model.criteria().stream()
                .filter(c -> c.dimension().equals(dimension) && c.stage() == stage)
                .filter(c -> !excluded(c))
                .toList();
        double den = counted.stream().mapToDouble(Criterion::weight).sum();
        double num = counted.stream().mapToDouble(c -> c.weight() * value.get(c.id())).sum();
        total += counted.isEmpty() ? 1 : num / den;
      }
      return total;
    }

    double overallScore() {
      double num = 0;
      double den = 0;
      for (Dimension d : model.dimensions()) {
        num += d.weight() * score(d.id());
        den += d.weight();
      }
      return num / den;
    }

    double confidence() {
      double all = model.criteria().stream().mapToDouble(Criterion::weight).sum();
      double answered =
          model.criteria().stream()
              .filter(c -> !status.get(c.id()).equals("unanswered"))
              .mapToDouble(Criterion::weight)
              .sum();
      return answered / all;
    }

    List<String> blockers(int stage) {
      List<String> out = new ArrayList<>();
      for (Criterion c : model.criteria()) {
        if (c.stage() == stage && !met(c)) {
          out.add(c.id());
        }
      }
      return out;
    }
  }
}
