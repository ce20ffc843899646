package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Panels and documents on random answers to the built-in model. */
class PanelProperties {
  private final MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 19).list().ofSize(120);
  }

  @Property(tries = 100)
  void panel_identicalRespondents_resultEqualsSingleResultWithoutRespondent(
      @ForAll("choices") List<Integer> choices,
      @ForAll @IntRange(min = 0, max = 5) int prefix,
      @ForAll @IntRange(min = 1, max = 5) int copies) {
    Assessment a = MaturityScorerProperties.answers(model, prefix, choices);
    MaturityResult single = MaturityScorer.of(model).score(a);

    Panel p = Panel.of(model, java.util.Collections.nCopies(copies, a));

    MaturityResult expected =
        new MaturityResult(
            single.modelId(),
            single.modelVersion(),
            null,
            null,
            single.threshold(),
            single.maxStage(),
            single.stage(),
            single.score(),
            single.confidence(),
            single.dimensions(),
            single.criteria(),
            single.blockers(),
            single.warnings());
    assertThat(p.result()).isEqualTo(expected);
    for (Panel.CriterionAgreement c : p.criteria()) {
      if (c.n() >= 2) {
        assertThat(c.standardDeviation()).isZero();
        assertThat(c.rwg()).isEqualTo(1.0);
      }
    }
  }

  @Property(tries = 50)
  void writeResult_randomAnswers_roundTrips(
      @ForAll("choices") List<Integer> choices,
      @ForAll @IntRange(min = 0, max = 5) int prefix,
      @ForAll boolean yaml) {
    MaturityJson.Format f = yaml ? MaturityJson.Format.YAML : MaturityJson.Format.JSON;
    Assessment a = MaturityScorerProperties.answers(model, prefix, choices);
    MaturityResult r = MaturityScorer.of(model).score(a);

    assertThat(MaturityJson.readAssessment(MaturityJson.writeAssessment(a, f), f)).isEqualTo(a);
    assertThat(MaturityJson.readResult(MaturityJson.writeResult(r, f), f)).isEqualTo(r);
  }
}
