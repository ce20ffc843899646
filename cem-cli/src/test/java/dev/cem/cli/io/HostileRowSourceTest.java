package dev.cem.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cem.core.CemException;
import dev.cem.testing.HostileInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (docs/quality.md) for the CLI's CSV and JSON-lines readers, beyond
 * the encodings and malformed rows of {@link RowSourceTest}: sizes, nesting, numbers, duplicate
 * keys, binary. Every file is read to the end within the time bound; the outcome is either rows
 * read with counted rejections (the reader goes on) or one fatal error naming the file, never
 * another exception.
 */
class HostileRowSourceTest {
  private static final int MEGABYTES_20 = 20 * 1024 * 1024;

  @TempDir Path dir;

  /** Reads every row; "rows N, rejected [reasons]" or "fatal: message". */
  static String outcome(Path file) throws IOException {
    List<String> rejected = new ArrayList<>();
    long rows = 0;
    try (RowSource source = RowSource.open(file)) {
      while (true) {
        try {
          if (!source.next()) {
            break;
          }
          for (int c = 0; c < source.header().size(); c++) {
            source.get(c);
          }
          rows++;
        } catch (InvalidRowException e) {
          assertThat(e.getMessage()).contains(file.getFileName().toString());
          rejected.add(e.reason());
        }
      }
    } catch (InvalidRowException e) {
      throw new AssertionError("an invalid row escaped the loop", e);
    } catch (CemException e) {
      assertThat(e.getMessage()).contains(file.getFileName().toString());
      return "fatal: " + e.getMessage();
    }
    return "rows " + rows + ", rejected " + rejected;
  }

  private static String wideCsv() {
    StringBuilder b = new StringBuilder("c0");
    for (int i = 1; i < 100_000; i++) {
      b.append(",c").append(i);
    }
    return b.append('\n').append("1,".repeat(99_999)).append("1\n").toString();
  }

  private static Arguments text(String name, String file, Supplier<String> content, String out) {
    return Arguments.of(
        name, file, (Supplier<byte[]>) () -> content.get().getBytes(StandardCharsets.UTF_8), out);
  }

  // name, file name, bytes (built inside the time bound), expected outcome fragment
  static Stream<Arguments> hostile() {
    return Stream.of(
        // CSV
        text("20 MB cell", "a.csv", () -> "segment,nps\n" + "x".repeat(MEGABYTES_20) + ",9\n",
            "malformed CSV: String value length"),
        text("20 MB quoted cell, never closed", "a.csv",
            () -> "segment,nps\n\"" + "x".repeat(MEGABYTES_20), "malformed CSV: String value length"),
        text("100 000 columns", "a.csv", HostileRowSourceTest::wideCsv, "rows 1, rejected []"),
        text("100 000 columns named alike", "a.csv",
            () -> "c0" + ",c".repeat(99_999) + "\n" + "1,".repeat(99_999) + "1\n",
            "duplicate column 'c' in the header"),
        text("1000-digit number", "a.csv", () -> "segment,nps\nr," + "9".repeat(1000) + "\n",
            "rows 1, rejected []"),
        text("NaN and Infinity cells", "a.csv",
            () -> "segment,nps\nr,NaN\ns,Infinity\nt,-Infinity\n", "rows 3, rejected []"),
        text("NUL in a cell", "a.csv", () -> "segment,nps\nr\u0000s,9\n", "rows 1, rejected []"),
        text("10^6 empty lines", "a.csv", () -> "segment,nps\n" + "\n".repeat(1_000_000) + "r,9\n",
            "rows 1, rejected []"),
        text("header only, no newline", "a.csv", () -> "segment,nps", "rows 0, rejected []"),
        text("last row without newline", "a.csv", () -> "segment,nps\nr,9\ns,10", "rows 2, rejected []"),
        HostileInputs.bytes("random binary", "a.csv", () -> HostileInputs.randomBytes(4096, 11),
            "invalid UTF-8 byte sequence"),
        // JSON lines
        text("20 MB string value", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"" + "x".repeat(MEGABYTES_20) + "\"}\n",
            "line longer than 4194304 characters"),
        text("10^6 nested arrays in a line", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":" + "[".repeat(1_000_000) + "\n",
            "rows 1, rejected [field not a scalar]"),
        text("NaN and Infinity literals", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"s\",\"nps\":NaN}\n"
                + "{\"segment\":\"t\",\"nps\":Infinity}\n", "rows 1, rejected [malformed JSON, malformed JSON]"),
        text("1e400 and a 1000-digit number", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":1e400}\n{\"segment\":\"s\",\"nps\":" + "9".repeat(1000) + "}\n",
            "rows 1, rejected [malformed JSON]"),
        text("duplicate key", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"s\",\"nps\":1,\"nps\":10}\n",
            "rows 1, rejected [malformed JSON]"),
        text("unknown keys", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"s\",\"nps\":1,\"colour\":\"red\"}\n",
            "rows 2, rejected []"),
        // regression: a last line without a newline made the UTF-8 reader decode after its
        // flush (IllegalStateException "Current state = FLUSHED, new state = CODING_END")
        text("truncated last line", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"s\",\"np",
            "rows 1, rejected [malformed JSON]"),
        text("valid last line without newline", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"s\",\"nps\":7}",
            "rows 2, rejected []"),
        text("5 M-character line", "a.jsonl",
            () -> "{\"segment\":\"r\",\"nps\":9}\n{\"segment\":\"" + "x".repeat(5_000_000) + "\"}\n",
            "line longer than 4194304 characters"),
        HostileInputs.bytes("random binary", "a.jsonl", () -> HostileInputs.randomBytes(4096, 12),
            "invalid UTF-8 byte sequence"));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("hostile")
  void read_hostileFile_rowsWithCountedRejectionsOrOneFatalError(
      String name, String fileName, Supplier<byte[]> content, String expected) {
    Path file = dir.resolve(fileName);
    assertTimeoutPreemptively(
        HostileInputs.BOUND,
        () -> {
          Files.write(file, content.get());
          String outcome = outcome(file);
          assertThat(outcome).as(name).contains(expected);
        });
  }
}
