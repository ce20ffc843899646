package dev.cem.maturity;

import static dev.cem.maturity.MaturityTesting.c;
import static dev.cem.maturity.MaturityTesting.tiny;
import static dev.cem.maturity.MaturityTesting.tinyStageTwo;
import static dev.cem.maturity.MaturityTesting.tinyStageTwoButA2yUnmet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import org.junit.jupiter.api.Test;

class RoadmapTest {
  private final MaturityScorer scorer = MaturityScorer.of(tiny());

  @Test
  void nextStage_cappedAtOne_onlyTheStageTwoBlocker() {
    MaturityResult r = scorer.score(tinyStageTwoButA2yUnmet());

    Roadmap next = Roadmap.nextStage(tiny(), r);

    assertThat(next.fromStage()).isEqualTo(1);
    assertThat(next.targetStage()).isEqualTo(2);
    assertThat(next.items()).extracting(Roadmap.Item::criterion).containsExactly("a2y");
    assertThat(next.items().get(0).recommendation()).isEqualTo("Do a2y");
  }

  @Test
  void of_targetThree_byStageThenWeight() {
    MaturityResult r = scorer.score(tinyStageTwoButA2yUnmet());

    Roadmap roadmap = Roadmap.of(tiny(), r, 3);

    assertThat(roadmap.items())
        .extracting(Roadmap.Item::criterion)
        .containsExactly("a2y", "b3y", "a3x", "b3x");
  }

  @Test
  void of_targetAlreadyReached_empty() {
    assertThat(Roadmap.of(tiny(), scorer.score(tinyStageTwo()), 2).items()).isEmpty();
  }

  @Test
  void of_prerequisiteOfLighterWeight_comesFirst() {
    MaturityModel m =
        MaturityModel.builder("pre")
            .stage(1, "One", "")
            .dimension("A", "A", 1)
            .criterion(c("heavy", "A", 1, 3).withRequires("light"))
            .criterion(c("light", "A", 1, 1))
            .criterion(c("middle", "A", 1, 2))
            .build();
    MaturityResult r = MaturityScorer.of(m).score(Assessment.builder(m).build());

    Roadmap roadmap = Roadmap.nextStage(m, r);

    assertThat(roadmap.items())
        .extracting(Roadmap.Item::criterion)
        .containsExactly("light", "heavy", "middle");
  }

  @Test
  void of_targetOutOfRangeOrOtherModel_rejected() {
    MaturityResult r = scorer.score(tinyStageTwo());

    assertThatThrownBy(() -> Roadmap.of(tiny(), r, 4))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("target stage (4) must be between 1 and 3");
    assertThatThrownBy(
            () -> Roadmap.of(MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE), r, 2))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void comparison_capToFull_stageAndScoreProgress() {
    MaturityResult before = scorer.score(tinyStageTwoButA2yUnmet());
    MaturityResult after = scorer.score(tinyStageTwo());

    MaturityComparison cmp = MaturityComparison.of(before, after);

    assertThat(cmp.overall().stageChange()).isEqualTo(1);
    assertThat(cmp.overall().scoreDelta()).isCloseTo(2.0 / 9, within(1e-12));
    MaturityComparison.Progress a = cmp.dimension("A").orElseThrow();
    assertThat(a.stageBefore()).isEqualTo(1);
    assertThat(a.stageAfter()).isEqualTo(2);
    assertThat(a.scoreDelta()).isCloseTo(2 - (1 + 2.0 / 3), within(1e-12));
    assertThat(cmp.dimension("B").orElseThrow().scoreDelta()).isZero();
    assertThat(cmp.dimension("B").orElseThrow().stageChange()).isZero();
  }

  @Test
  void comparison_differentModels_rejected() {
    MaturityModel five = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    MaturityResult other = MaturityScorer.of(five).score(Assessment.builder(five).build());

    assertThatThrownBy(() -> MaturityComparison.of(scorer.score(tinyStageTwo()), other))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("'tiny'")
        .hasMessageContaining("'cem-five-stage'");
  }
}
