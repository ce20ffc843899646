package dev.cem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;

/** Runs {@link Main} in-process with captured output. */
final class Cli {
  private Cli() {}

  /** One run's exit code and captured streams. */
  record Run(int code, String out, String err) {}

  /** Runs with arguments split on single spaces (an empty string means no arguments). */
  static Run run(String args) {
    return run(args.isEmpty() ? new String[0] : args.split(" "));
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Joins paths and arguments, for building command lines. */
  static String[] args(Object... parts) {
    return Arrays.stream(parts)
        .map(p -> p instanceof Path path ? path.toString() : p.toString())
        .toArray(String[]::new);
  }
}
