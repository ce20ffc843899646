package dev.cem.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cem.core.CemFormatException;

/**
 * Coverage-guided fuzzing of the JSON and YAML document readers with Jazzer (docs/quality.md). In
 * the default build this runs in Jazzer's regression mode: the inputs stored under {@code
 * src/test/resources/dev/cem/core/json/CemJsonJazzerFuzzTestInputs} (and an empty one), in a
 * fraction of a second. To fuzz, on demand:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -Pfuzz -pl cem-core verify -Dtest=CemJsonJazzerFuzzTest
 * </pre>
 *
 * Every input must either read as a value that round-trips, or fail with a CemFormatException;
 * any other exception or a hang is a finding, which Jazzer saves as a new regression input.
 */
class CemJsonJazzerFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void read_anyText_valueOrFormatError(FuzzedDataProvider data) {
    boolean yaml = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    for (Class<?> type : CemJson.documentTypes()) {
      try {
        Object value = yaml ? CemJson.readYaml(text, type) : CemJson.read(text, type);
        assertThat(CemJson.read(CemJson.write(value), type)).isEqualTo(value);
      } catch (CemFormatException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }
}
