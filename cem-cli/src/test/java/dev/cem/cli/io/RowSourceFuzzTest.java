package dev.cem.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.testing.Fuzzing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutation fuzzing of the CLI's row readers ({@link Fuzzing}): a few seconds in the default
 * build, longer with {@code mvn -Pfuzz}. Every mutated file is read to its end; a row is either
 * read or rejected with an {@link InvalidRowException}, and the only other outcome allowed is one
 * fatal {@code CemFormatException} naming the file — never another exception.
 */
class RowSourceFuzzTest {
  private static final String CSV =
      "segment,nps,csat,resolved,opened\r\n"
          + "retail,9,5,yes,2026-03-01T09:30:00Z\r\n"
          + "\"smb, north\",3,,no,2026-03-02T10:00:00Z\r\n"
          + "enterprise,10,4,1,2026-03-03T11:00:00+01:00\r\n";
  private static final String JSONL =
      "{\"segment\":\"retail\",\"nps\":9,\"csat\":5,\"resolved\":true}\n"
          + "{\"segment\":\"smb\",\"nps\":null,\"csat\":\"4\",\"resolved\":false}\n"
          + "{\"segment\":\"enterprise\",\"nps\":10}\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "jsonl"})
  void read_mutatedFiles_rowsRejectionsOrOneFatalError(String format) {
    Path file = dir.resolve("fuzz." + format);
    byte[] seed = (format.equals("csv") ? CSV : JSONL).getBytes(StandardCharsets.UTF_8);
    Fuzzing.Result r =
        Fuzzing.run(
            "rows-" + format,
            List.of(seed),
            3,
            input -> {
              Files.write(file, input);
              return !HostileRowSourceTest.outcome(file).startsWith("fatal: ");
            });
    assertThat(r.executions()).isGreaterThan(100);
  }
}
