package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public factory rejects a null argument with a NullPointerException. */
class PackageSanityTest {

  static List<ThrowingCallable> nullCalls() {
    MaturityModel m = MaturityTesting.tiny();
    MaturityResult r = MaturityScorer.of(m).score(MaturityTesting.tinyStageTwo());
    return List.of(
        () -> MaturityModel.builder(null),
        () -> MaturityModels.builtIn(null),
        () -> MaturityModels.load((java.nio.file.Path) null),
        () -> MaturityModels.load((java.io.InputStream) null, MaturityJson.Format.JSON),
        () -> MaturityScorer.of(null),
        () -> MaturityScorer.of(m).check(null),
        () -> Assessment.builder((MaturityModel) null),
        () -> Assessment.builder((String) null),
        () -> Assessment.builder(m).answer(null, "FULLY"),
        () -> Answer.of(null),
        () -> Criterion.of(null, "A", 1, "s", "r"),
        () -> Dimension.of(null, "A", 1),
        () -> AnswerLevel.of(null, 1),
        () -> Stage.of(1, null, ""),
        () -> Panel.of(m, null),
        () -> Panel.of((MaturityModel) null, List.of()),
        () -> Roadmap.of(null, r, 1),
        () -> Roadmap.nextStage(m, null),
        () -> MaturityComparison.of(r, null),
        () -> Evidence.evaluate(m, null),
        () -> Evidence.evaluate(m, Map.of(), null),
        () -> Evidence.evaluate(m, Map.of()).contradictions(null),
        () -> MaturityJson.readModel((String) null, MaturityJson.Format.JSON),
        () -> MaturityJson.writeResult(null, MaturityJson.Format.JSON),
        () -> MaturityJson.writeAssessment(null, MaturityJson.Format.YAML),
        () -> MaturityJson.Format.of(null),
        () -> EvidenceRule.Operator.parse(null));
  }

  @ParameterizedTest
  @MethodSource("nullCalls")
  void publicFactory_nullArgument_nullPointerException(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class);
  }
}
