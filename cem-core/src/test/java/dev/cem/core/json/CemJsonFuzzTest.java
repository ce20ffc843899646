package dev.cem.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.testing.Fuzzing;
import dev.cem.core.Scale;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the JSON and YAML document readers ({@link Fuzzing}): a few seconds in the
 * default build, longer with {@code mvn -Pfuzz} or {@code -Dcem.fuzz.seconds=N}. Every mutated
 * document must either read as a value that writes back to an equal value, or fail with a
 * CemFormatException.
 */
class CemJsonFuzzTest {

  private static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    CemJsonTest.documents()
        .forEach(d -> seeds.add(CemJson.writePretty(d).getBytes(StandardCharsets.UTF_8)));
    return seeds;
  }

  /** Reads the text as each document type in turn; a value that reads must round-trip. */
  private static boolean readAnyType(String text, boolean yaml) {
    boolean accepted = false;
    for (Class<?> type : CemJson.documentTypes()) {
      try {
        Object value = yaml ? CemJson.readYaml(text, type) : CemJson.read(text, type);
        assertThat(CemJson.read(CemJson.write(value), type)).isEqualTo(value);
        accepted = true;
      } catch (dev.cem.core.CemFormatException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
    return accepted;
  }

  @Test
  void read_mutatedJson_acceptedOrFormatError() {
    Fuzzing.Result r =
        Fuzzing.run(
            "cem-json",
            seeds(),
            4,
            input -> readAnyType(new String(input, StandardCharsets.UTF_8), false));
    assertThat(r.rejected()).isPositive();
  }

  @Test
  void readYaml_mutatedDocuments_acceptedOrFormatError() {
    Fuzzing.Result r =
        Fuzzing.run(
            "cem-yaml",
            seeds(),
            4,
            input -> readAnyType(new String(input, StandardCharsets.UTF_8), true));
    assertThat(r.rejected()).isPositive();
  }

  @Test
  void readAll_mutatedLists_acceptedOrFormatError() {
    List<byte[]> lists = new ArrayList<>();
    lists.add(CemJson.writeAll(Scale.class, List.of(Scale.CSAT, Scale.NPS, Scale.CES))
        .getBytes(StandardCharsets.UTF_8));
    Fuzzing.Result r =
        Fuzzing.run(
            "cem-json-list",
            lists,
            2,
            input -> {
              List<Scale> read = CemJson.readAll(new String(input, StandardCharsets.UTF_8),
                  Scale.class);
              assertThat(CemJson.readAll(CemJson.writeAll(Scale.class, read), Scale.class))
                  .isEqualTo(read);
              return true;
            });
    assertThat(r.executions()).isGreaterThan(100);
  }
}
