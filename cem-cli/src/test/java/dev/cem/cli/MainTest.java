package dev.cem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
