package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Released document formats, kept as hand-written golden files: each is read, its content checked,
 * and written back to the same bytes.
 */
class GoldenFilesTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void assessmentV1_readsAndRewritesToSameBytes() throws IOException {
    String golden = resource("tiny-assessment-v1.json");

    Assessment a = MaturityJson.readAssessment(golden, MaturityJson.Format.JSON);

    assertThat(a.respondent().label()).isEqualTo("billing");
    assertThat(a.answers()).containsOnlyKeys("a1x", "a1y", "b1x", "a2x");
    assertThat(MaturityJson.writeAssessment(a, MaturityJson.Format.JSON).strip())
        .isEqualTo(golden.strip());
  }

  @Test
  void assessmentV1_scoresAsComputedByHand() throws IOException {
    Assessment a =
        MaturityJson.readAssessment(resource("tiny-assessment-v1.json"), MaturityJson.Format.JSON);

    MaturityResult r = MaturityScorer.of(MaturityTesting.tiny()).score(a);

    // A stage 1: a1x 1, a1y 0.67 → share (1 + 0.67) / 2; stage 2: a2x 0.33·2 / 3; stage 3: 0
    DimensionResult dimA = r.dimension("A").orElseThrow();
    assertThat(dimA.score()).isCloseTo((1 + 0.67) / 2 + 0.33 * 2 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(dimA.stage()).isEqualTo(1);
    // B: b1x excluded as not applicable → stage 1 passes with share 1; b2x unanswered
    DimensionResult dimB = r.dimension("B").orElseThrow();
    assertThat(dimB.score()).isEqualTo(1.0);
    assertThat(dimB.stage()).isEqualTo(1);
    assertThat(r.stage()).isEqualTo(1);
    // answered weight: a1x 1 + a1y 1 + b1x 1 + a2x 2 = 5 of 12
    assertThat(r.confidence()).isCloseTo(5.0 / 12, org.assertj.core.api.Assertions.within(1e-12));
  }
}
