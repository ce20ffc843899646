package dev.cem.cli.out;

import static dev.cem.core.internal.Checks.format;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --out FILE} option shared by commands that print one document. */
public final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically: no partial file is left) instead of stdout.")
  @Nullable Path out;

  public @Nullable Path out() {
    return out;
  }

  /** Fails with a usage error unless {@code format} is one of {@code allowed}. */
  public void requireFormat(Format format, Format first, Format... rest) {
    Set<Format> allowed = new LinkedHashSet<>(List.of(first));
    allowed.addAll(List.of(rest));
    if (!allowed.contains(format)) {
      throw new ParameterException(
          spec().commandLine(),
          format(
              "--format %s is not available here; use %s",
              format.cliName(),
              allowed.stream().map(Format::cliName).collect(Collectors.joining(", "))));
    }
  }

  /** Renders {@code result} in {@code format} and writes it to --out or stdout. */
  public void emit(Result result, Format format) throws IOException {
    String text =
        switch (format) {
          case TABLE -> Tables.text(result.tables());
          case JSON -> Json.write(result.json());
          case CSV -> Tables.csv(result.tables());
          case MD -> result.markdown();
          case HTML -> result.html();
          case YAML -> throw new ParameterException(
              spec().commandLine(), "--format yaml is not available here");
        };
    emit(text);
  }

  /** Writes text to --out (atomically) or stdout. */
  public void emit(String text) throws IOException {
    if (out != null) {
      AtomicFiles.writeString(out, text);
    } else {
      PrintWriter w = spec().commandLine().getOut();
      w.print(text);
      w.flush();
    }
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("mixin used outside a command");
    }
    return spec;
  }
}
