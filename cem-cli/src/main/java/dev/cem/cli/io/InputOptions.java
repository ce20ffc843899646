package dev.cem.cli.io;

import picocli.CommandLine.Option;

/** Options shared by commands that read rows: the invalid-row policy and progress display. */
public final class InputOptions {
  @Option(
      names = "--on-invalid",
      paramLabel = "fail|skip",
      defaultValue = "fail",
      description =
          "What to do with an invalid row: fail (exit 2 naming file, line and field) or skip"
              + " (count it by reason). Default: ${DEFAULT-VALUE}.")
  OnInvalid onInvalid = OnInvalid.FAIL;

  @Option(
      names = "--progress",
      description = "Show progress on stderr even when it is not a terminal.")
  boolean progress;

  public OnInvalid onInvalid() {
    return onInvalid;
  }

  public boolean progress() {
    return progress;
  }

  /** Returns these options with progress display forced on or off. */
  public InputOptions withProgress(boolean show) {
    this.progress = show;
    return this;
  }
}
