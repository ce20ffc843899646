package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.testing.Fuzzing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the model and assessment readers ({@link Fuzzing}), seeded with the built-in
 * models and an assessment. A mutated file either reads as a value that writes back to an equal
 * value, or fails with a CemFormatException.
 */
class ModelFileFuzzTest {
  private static final MaturityModel TINY = MaturityTesting.tiny();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readModel_mutatedJsonAndYaml_acceptedOrFormatError() {
    List<byte[]> json = List.of(utf8(MaturityJson.writeModel(TINY, MaturityJson.Format.JSON)));
    List<byte[]> yaml = List.of(utf8(MaturityJson.writeModel(TINY, MaturityJson.Format.YAML)));
    for (MaturityJson.Format format : MaturityJson.Format.values()) {
      Fuzzing.Result r =
          Fuzzing.run(
              "model-" + format.name().toLowerCase(java.util.Locale.ROOT),
              format == MaturityJson.Format.JSON ? json : yaml,
              3,
              input -> {
                MaturityModel m = MaturityModels.load(new ByteArrayInputStream(input), format);
                assertThat(MaturityJson.readModel(MaturityJson.writeModel(m, format), format))
                    .isEqualTo(m);
                return true;
              });
      assertThat(r.rejected()).isPositive();
    }
  }

  @Test
  void readAssessment_mutatedJson_acceptedOrFormatError() {
    List<byte[]> seeds =
        List.of(
            utf8(MaturityJson.writeAssessment(MaturityTesting.tinyStageTwo(), MaturityJson.Format.JSON)),
            utf8(MaturityJson.writeAssessments(
                List.of(MaturityTesting.tinyStageTwo(), MaturityTesting.tinyStageTwoButA2yUnmet()),
                MaturityJson.Format.JSON)));
    Fuzzing.Result r =
        Fuzzing.run(
            "assessment-json",
            seeds,
            3,
            input -> {
              List<Assessment> read =
                  MaturityJson.readAssessments(new String(input, StandardCharsets.UTF_8),
                      MaturityJson.Format.JSON);
              assertThat(
                      MaturityJson.readAssessments(
                          MaturityJson.writeAssessments(read, MaturityJson.Format.JSON),
                          MaturityJson.Format.JSON))
                  .isEqualTo(read);
              return true;
            });
    assertThat(r.rejected()).isPositive();
  }
}
