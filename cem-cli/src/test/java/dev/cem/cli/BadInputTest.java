package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a data file, on the same bad files: exit 2 and a one-line message that
 * names the file (and the line and column where there is one), never a stack trace.
 */
class BadInputTest {
  @TempDir static Path tmp;

  /** The commands, each with the arguments that follow the file. */
  static List<String[]> commands() {
    return List.of(
        new String[] {"score"},
        new String[] {"compare", ScoreCommandTest.CSV.toString()},
        new String[] {"journeys"},
        new String[] {"drivers", "--outcome", "nps", "--ratings", "speed"},
        new String[] {"assess"});
  }

  /** A bad file: its name, its bytes and what the message must say. */
  record Bad(String name, byte[] content, String expected) {}

  static List<Bad> badFiles() {
    byte[] latin1 = "nps,speed,M\u00fcnchen\n9,5,x\n".getBytes(StandardCharsets.ISO_8859_1);
    return List.of(
        // empty files
        new Bad("empty.csv", new byte[0], "empty"),
        new Bad("empty.json", new byte[0], "empty"),
        // invalid UTF-8 in the header, line 1, column 12
        new Bad("latin1.csv", latin1, ":1:12: invalid UTF-8"),
        // UTF-16 is refused with advice
        new Bad("utf16.csv", "\uFEFFnps\n9\n".getBytes(StandardCharsets.UTF_16LE), "UTF-16"));
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String[] c : commands()) {
      for (Bad b : badFiles()) {
        out.add(Arguments.of(c[0], c, b));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void badFile_exit2_namesTheFile(String command, String[] rest, Bad bad) throws Exception {
    Path file = tmp.resolve(command + "-" + bad.name());
    Files.write(file, bad.content());
    List<String> args = new ArrayList<>();
    args.add(command);
    args.add(file.toString());
    for (int i = 1; i < rest.length; i++) {
      args.add(rest[i]);
    }
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertBad(r, file.toString(), bad.expected());
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
  }

  static Stream<Arguments> helps() {
    return Stream.of("demo", "score", "compare", "journeys", "drivers", "assess", "model").map(Arguments::of);
  }

  @ParameterizedTest(name = "cem {0} --help")
  @MethodSource("helps")
  void everyCommand_hasHelp_exit0(String command) {
    Cli.Run r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: cem " + command).contains("--help");
    assertThat(r.err()).isEmpty();
  }
}
