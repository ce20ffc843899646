package dev.cem.maturity;

import static dev.cem.maturity.MaturityTesting.TINY_TOTAL_WEIGHT;
import static dev.cem.maturity.MaturityTesting.tiny;
import static dev.cem.maturity.MaturityTesting.tinyScoredZero;
import static dev.cem.maturity.MaturityTesting.tinyStageTwo;
import static dev.cem.maturity.MaturityTesting.tinyStageTwoButA2yUnmet;
import static dev.cem.maturity.MaturityTesting.upTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MaturityScorerTest {
  private static final Offset<Double> EPS = within(1e-12);
  private final MaturityScorer scorer = MaturityScorer.of(tiny());

  @Test
  void score_stagesOneAndTwoFullyMet_stageTwo() {
    MaturityResult r = scorer.score(tinyStageTwo());

    assertThat(r.stage()).isEqualTo(2);
    assertThat(r.dimension("A").orElseThrow().stage()).isEqualTo(2);
    assertThat(r.dimension("B").orElseThrow().stage()).isEqualTo(2);
    // each dimension: share 1 at stages 1 and 2, 0 at stage 3
    assertThat(r.dimension("A").orElseThrow().score()).isCloseTo(1 + 1 + 0, EPS);
    assertThat(r.dimension("A").orElseThrow().stageShares()).containsExactly(1.0, 1.0, 0.0);
    assertThat(r.score()).isCloseTo((2 * 2.0 + 1 * 2.0) / 3, EPS);
    assertThat(r.confidence()).isCloseTo(1.0, EPS);
    assertThat(r.maxStage()).isEqualTo(3);
    assertThat(r.threshold()).isEqualTo(0.67);
  }

  @Test
  void score_stageThreeUnmet_blockersRankedByWeightThenModelOrder() {
    MaturityResult r = scorer.score(tinyStageTwo());

    // stage 3: b3y (w3) first, then a3x and b3x (w1) in model order
    assertThat(r.blockers()).containsExactly("b3y", "a3x", "b3x");
    assertThat(r.dimension("B").orElseThrow().blockers()).containsExactly("b3y", "b3x");
  }

  @Test
  void score_oneUnmetStageTwoCriterion_capsStageAtOneWhileScoreDropsSlightly() {
    MaturityResult full = scorer.score(tinyStageTwo());
    MaturityResult capped = scorer.score(tinyStageTwoButA2yUnmet());

    assertThat(capped.stage()).isEqualTo(1);
    assertThat(capped.dimension("A").orElseThrow().stage()).isEqualTo(1);
    assertThat(capped.dimension("B").orElseThrow().stage()).isEqualTo(2);
    // A's stage 2 share: (2·1 + 1·0) / (2 + 1) = 2/3
    assertThat(capped.dimension("A").orElseThrow().score()).isCloseTo(1 + 2.0 / 3, EPS);
    assertThat(capped.score()).isCloseTo((2 * (1 + 2.0 / 3) + 1 * 2.0) / 3, EPS);
    // the drop: A's weight share 2/3 times a2y's share of its stage 1/3 = 2/9
    assertThat(full.score() - capped.score()).isCloseTo(2.0 / 3 * (1.0 / 3), EPS);
    assertThat(capped.blockers()).containsExactly("a2y");
  }

  @Test
  void score_builtInStagesOneToThreeFully_stageThree() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    MaturityResult r = MaturityScorer.of(model).score(upTo(model, 3, "FULLY"));

    assertThat(r.stage()).isEqualTo(3);
    assertThat(r.score()).isCloseTo(3.0, EPS);
    for (DimensionResult d : r.dimensions()) {
      assertThat(d.stage()).isEqualTo(3);
    }
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void score_builtInOneUnmetStageTwoCriterion_stageOneScoreDropsByOneTwentyFourth() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    Assessment a = upTo(model, 3, "FULLY").withAnswer("voice-2b", Answer.of("NO"));

    MaturityResult r = MaturityScorer.of(model).score(a);

    assertThat(r.stage()).isEqualTo(1);
    assertThat(r.dimension("voice").orElseThrow().stage()).isEqualTo(1);
    assertThat(r.dimension("strategy").orElseThrow().stage()).isEqualTo(3);
    // one of three equal criteria in one of eight equal dimensions: 3 - (1/3)/8
    assertThat(r.score()).isCloseTo(3 - (1.0 / 3) / 8, EPS);
    assertThat(r.blockers()).containsExactly("voice-2b");
  }

  @Test
  void score_builtInAllFully_topStage() {
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);
    MaturityResult r = MaturityScorer.of(model).score(upTo(model, 5, "FULLY"));

    assertThat(r.stage()).isEqualTo(5);
    assertThat(r.score()).isCloseTo(5.0, EPS);
    assertThat(r.blockers()).isEmpty();
  }

  @Test
  void score_largelyAtDefaultThreshold_met() {
    MaturityResult r = scorer.score(upTo(tiny(), 1, "LARGELY"));

    assertThat(r.stage()).isEqualTo(1);
    assertThat(r.dimension("A").orElseThrow().score()).isCloseTo(0.67, EPS);
  }

  @Test
  void withThreshold_largelyBelowHigherThreshold_stageZero() {
    MaturityResult r = scorer.withThreshold(0.9).score(upTo(tiny(), 1, "LARGELY"));

    assertThat(r.stage()).isZero();
    assertThat(r.threshold()).isEqualTo(0.9);
    assertThat(r.blockers()).containsExactly("a1x", "a1y", "b1x");
  }

  @Test
  void withThreshold_outOfRange_rejected() {
    assertThatThrownBy(() -> scorer.withThreshold(0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("threshold (0.0)");
    assertThatThrownBy(() -> scorer.withThreshold(Double.NaN))
        .isInstanceOf(CemArgumentException.class);
  }

  @Test
  void score_notApplicableExcluded_leavesStageAndShare() {
    Assessment a = tinyStageTwo().withAnswer("a2y", Answer.of("NOT_APPLICABLE"));

    MaturityResult r = MaturityScorer.of(tiny()).score(a);

    assertThat(r.stage()).isEqualTo(2);
    // A's stage 2 share: a2x alone, 2·1 / 2 = 1
    assertThat(r.dimension("A").orElseThrow().score()).isCloseTo(1 + 1 + 0, EPS);
    assertThat(r.criterion("a2y").orElseThrow().status()).isEqualTo(AnswerStatus.NOT_APPLICABLE);
    assertThat(r.criterion("a2y").orElseThrow().met()).isTrue();
    assertThat(r.confidence()).isCloseTo(1.0, EPS);
  }

  @Test
  void score_notApplicableScoredZero_capsStageAndCountsZero() {
    MaturityModel model = tinyScoredZero();
    Assessment a = upTo(model, 2, "FULLY").withAnswer("a2y", Answer.of("NOT_APPLICABLE"));

    MaturityResult r = MaturityScorer.of(model).score(a);

    assertThat(r.stage()).isEqualTo(1);
    assertThat(r.dimension("A").orElseThrow().score()).isCloseTo(1 + 2.0 / 3, EPS);
    assertThat(r.criterion("a2y").orElseThrow().met()).isFalse();
    assertThat(r.blockers()).containsExactly("a2y");
  }

  @Test
  void score_allStageCriteriaNotApplicableExcluded_stagePassesWithShareOne() {
    Assessment a =
        tinyStageTwo()
            .withAnswer("a2x", Answer.of("NOT_APPLICABLE"))
            .withAnswer("a2y", Answer.of("NOT_APPLICABLE"));

    MaturityResult r = scorer.score(a);

    assertThat(r.dimension("A").orElseThrow().stageShares().get(1)).isEqualTo(1.0);
    assertThat(r.stage()).isEqualTo(2);
  }

  @Test
  void score_unanswered_scoredZeroWithWarningAndConfidence() {
    Assessment a = Assessment.builder(tiny()).answer("a1x", "FULLY").answer("b3y", "NO").build();

    MaturityResult r = scorer.score(a);

    assertThat(r.stage()).isZero();
    // answered weights: a1x 1 + b3y 3
    assertThat(r.confidence()).isCloseTo((1 + 3) / TINY_TOTAL_WEIGHT, EPS);
    // A's weights 1+1+2+1+1 = 6, answered 1
    assertThat(r.dimension("A").orElseThrow().confidence()).isCloseTo(1.0 / 6, EPS);
    assertThat(r.warnings(ConsistencyWarning.Kind.UNANSWERED))
        .extracting(ConsistencyWarning::dimension)
        .containsExactly("A", "B");
    assertThat(r.warnings(ConsistencyWarning.Kind.UNANSWERED).get(0).criteria())
        .containsExactly("a1y", "a2x", "a2y", "a3x");
    assertThat(r.criterion("a1y").orElseThrow().status()).isEqualTo(AnswerStatus.UNANSWERED);
    assertThat(r.criterion("a1y").orElseThrow().value()).isZero();
  }

  @Test
  void score_higherStageClaimedWhileLowerUnmet_skippedStageWarning() {
    Assessment a =
        tinyStageTwo()
            .withAnswer("a1y", Answer.of("PARTLY"))
            .withAnswer("a3x", Answer.of("FULLY"));

    MaturityResult r = scorer.score(a);

    assertThat(r.dimension("A").orElseThrow().stage()).isZero();
    ConsistencyWarning w = r.warnings(ConsistencyWarning.Kind.SKIPPED_STAGE).get(0);
    assertThat(w.dimension()).isEqualTo("A");
    assertThat(w.stage()).isEqualTo(1);
    assertThat(w.criteria()).containsExactly("a2x", "a2y", "a3x");
    assertThat(w.message()).contains("dimension 'A'", "stage 1 is unmet");
    assertThat(r.warnings(ConsistencyWarning.Kind.SKIPPED_STAGE)).hasSize(1);
  }

  @Test
  void score_nextStageOnlyAboveReached_noSkippedStageWarning() {
    // A at stage 1 with one stage-2 criterion met: that is progress, not a skipped stage
    MaturityResult r = scorer.score(tinyStageTwoButA2yUnmet());

    assertThat(r.warnings(ConsistencyWarning.Kind.SKIPPED_STAGE)).isEmpty();
  }

  @Test
  void score_prerequisiteUnmet_criterionNotMetButScoreCounts() {
    // a2 requires b1, which is unmet: a2 is answered FULLY but cannot count as met
    MaturityModel withRequires =
        MaturityModel.builder("tiny")
            .version("1")
            .stage(1, "One", "")
            .stage(2, "Two", "")
            .dimension("A", "A", 1)
            .dimension("B", "B", 1)
            .criterion(MaturityTesting.c("a1", "A", 1, 1))
            .criterion(MaturityTesting.c("a2", "A", 2, 1).withRequires("b1"))
            .criterion(MaturityTesting.c("b1", "B", 1, 1))
            .criterion(MaturityTesting.c("b2", "B", 2, 1))
            .build();
    Assessment a =
        Assessment.builder(withRequires)
            .answer("a1", "FULLY")
            .answer("a2", "FULLY")
            .answer("b1", "NO")
            .answer("b2", "FULLY")
            .build();

    MaturityResult r = MaturityScorer.of(withRequires).score(a);

    assertThat(r.criterion("a2").orElseThrow().met()).isFalse();
    assertThat(r.dimension("A").orElseThrow().stage()).isEqualTo(1);
    assertThat(r.dimension("A").orElseThrow().score()).isCloseTo(2.0, EPS);
  }

  @Test
  void score_unknownCriterion_rejectedNamingIt() {
    Assessment a = Assessment.builder(tiny()).answer("zz9", "FULLY").build();

    assertThatThrownBy(() -> scorer.score(a))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("unknown criterion 'zz9'")
        .hasMessageContaining("'tiny'");
  }

  @Test
  void score_unknownLevel_rejectedNamingCriterionLevelAndAllowedLevels() {
    Assessment a = Assessment.builder(tiny()).answer("a1x", "MOSTLY").build();

    assertThatThrownBy(() -> scorer.score(a))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("criterion 'a1x'")
        .hasMessageContaining("'MOSTLY'")
        .hasMessageContaining("allowed: NO, PARTLY, LARGELY, FULLY, NOT_APPLICABLE");
  }

  @Test
  void score_otherModelOrVersion_rejected() {
    Assessment other = Assessment.builder("other").answer("a1x", "FULLY").build();
    Assessment oldVersion =
        Assessment.builder("tiny").modelVersion("0.9").answer("a1x", "FULLY").build();

    assertThatThrownBy(() -> scorer.score(other))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("model 'other', not 'tiny'");
    assertThatThrownBy(() -> scorer.score(oldVersion))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("version '0.9'");
  }

  @Test
  void score_lowerCaseLevelsUnderTurkishLocale_accepted() {
    // surefire runs under tr_TR, where "i".toUpperCase() is a dotted capital I
    Assessment a =
        tinyStageTwo()
            .withAnswer("a1x", Answer.of("fully"))
            .withAnswer("a2y", Answer.of("not_applicable"));

    MaturityResult r = scorer.score(a);

    assertThat(r.criterion("a1x").orElseThrow().level()).isEqualTo("FULLY");
    assertThat(r.criterion("a2y").orElseThrow().status()).isEqualTo(AnswerStatus.NOT_APPLICABLE);
    assertThat(r.stage()).isEqualTo(2);
  }

  @Test
  void of_null_rejected() {
    assertThatThrownBy(() -> MaturityScorer.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scorer.score(null)).isInstanceOf(NullPointerException.class);
  }
}
