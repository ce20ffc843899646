package dev.cem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
  @Test
  void noCommand_printsUsage_exit2() {
    Cli.Run r = Cli.run("");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: cem");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownCommand_exit2_oneLineHint() {
    Cli.Run r = Cli.run("frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cem: Unmatched argument").contains("Try 'cem --help'");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void version_exit0() {
    Cli.Run r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("cem ").contains("Java ");
  }

  @Test
  void help_exit0_listsExitCodes() {
    Cli.Run r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes: 0 success, 2 bad usage or bad input, 1 internal error.");
  }

  /** A command that fails the way a bug would. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("invariant broken");
    }
  }

  private static Cli.Run runWithBoom(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
    // Subcommands added later inherit --debug but not the streams: set them again.
    cl.addSubcommand("boom", new Boom());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Cli.Run(code, out.toString(), err.toString());
  }

  @Test
  void internalError_exit1_shortMessage_stackTraceOnlyWithDebug() {
    Cli.Run r = runWithBoom("boom");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("cem boom: internal error: java.lang.IllegalStateException: invariant broken")
        .contains("--debug")
        .doesNotContain("\tat ");
    Cli.Run d = runWithBoom("boom", "--debug");
    assertThat(d.code()).isEqualTo(1);
    assertThat(d.err()).contains("\tat dev.cem.cli.MainTest$Boom.call");
  }
}
