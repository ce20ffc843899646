package dev.cem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.maturity.Criterion;
import dev.cem.maturity.MaturityResult;
import dev.cem.maturity.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssessMaturityTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AssessMaturity.Outcome outcome =
      AssessMaturity.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void model_hasEightDimensionsOfThreeCriteriaPerStage() {
    // the arithmetic below relies on this shape, with every weight 1
    assertThat(outcome.model().dimensions()).hasSize(8);
    assertThat(outcome.model().criteria()).hasSize(8 * 5 * 3);
    assertThat(outcome.model().criteria()).allSatisfy(c -> assertThat(c.weight()).isEqualTo(1.0));
  }

  @Test
  void run_reachesStageTwo_byConstruction() {
    // stages 1 and 2 all met, stage 3 has unmet criteria: the gate stops at 2
    MaturityResult r = outcome.result();
    assertThat(r.stage()).isEqualTo(2);
    assertThat(r.dimensions()).allSatisfy(d -> assertThat(d.stage()).isEqualTo(2));
  }

  @Test
  void run_continuousScore_byHand() {
    // per dimension: stage 1 share 1, stage 2 share 1, stage 3 (1 + 0.33 + 0) / 3, stages 4-5 0
    double perDimension = 1 + 1 + (1 + 0.33 + 0) / 3;
    assertThat(outcome.result().score()).isCloseTo(perDimension, within(1e-9));
    // answered: 3 + 3 + 2 of the 15 criteria of each dimension
    assertThat(outcome.result().confidence()).isCloseTo(8 * (3 + 3 + 2) / 120.0, within(1e-9));
  }

  @Test
  void run_blockersAndRoadmap_areTheUnmetStageThreeCriteria() {
    MaturityResult r = outcome.result();
    // the b (PARTLY) and c (unanswered) criteria of stage 3, in each of the 8 dimensions
    assertThat(r.blockers()).hasSize(8 * 2)
        .allSatisfy(id -> assertThat(id).matches("[a-z]+-3[bc]"));
    Roadmap roadmap = outcome.roadmap();
    assertThat(roadmap.fromStage()).isEqualTo(2);
    assertThat(roadmap.targetStage()).isEqualTo(3);
    assertThat(roadmap.items()).extracting(Roadmap.Item::criterion)
        .containsExactlyInAnyOrderElementsOf(r.blockers());
    long partly = roadmap.items().stream().filter(i -> i.currentValue() == 0.33).count();
    assertThat(partly).isEqualTo(8);
    assertThat(outcome.model().criteria().stream().filter(c -> c.stage() == 3).map(Criterion::id))
        .hasSize(8 * 3);
  }

  @Test
  void run_printsStageScoreAndRoadmap() {
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("stage 2 (Developing), score 2.44 of 5, answered 53% of the weight")
        .contains("16 blockers").contains("roadmap to stage 3:").contains("16 steps in all");
  }
}
