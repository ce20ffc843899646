package dev.cem.cli;

import dev.cem.cli.io.OnInvalid;
import dev.cem.cli.out.Format;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.metrics.NpsDifference;
import dev.cem.metrics.NpsInterval;
import dev.cem.metrics.ProportionInterval;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code cem} command.
 *
 * <p>Exit codes: 0 on success; 2 on bad usage or bad input (the message names the file, line and
 * column or field, and there is no stack trace); 1 on an internal error (a short message; the
 * stack trace with {@code --debug}).
 */
@Command(
    name = "cem",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Customer-experience metrics with honest statistics and a CEM maturity model.",
    footer = {
      "",
      "Exit codes: 0 success, 2 bad usage or bad input, 1 internal error.",
      "Start with: cem demo"
    },
    subcommands = {DemoCommand.class, ScoreCommand.class, CompareCommand.class, JourneysCommand.class, DriversCommand.class, AssessCommand.class, ModelCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  /** Exit code for bad usage or bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean debug;

  /** Runs the command with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with the given streams and returns the exit code; never exits the JVM. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.registerConverter(Format.class, Format::parse);
    cl.registerConverter(OnInvalid.class, CliEnums.converter(OnInvalid.class, "--on-invalid"));
    cl.registerConverter(
        NpsInterval.class, CliEnums.converter(NpsInterval.class, "--nps-interval"));
    cl.registerConverter(
        ProportionInterval.class,
        CliEnums.converter(ProportionInterval.class, "--proportion-interval"));
    cl.registerConverter(NpsDifference.class, CliEnums.converter(NpsDifference.class, "--nps-test"));
    cl.setParameterExceptionHandler(parameterHandler());
    cl.setExecutionExceptionHandler(executionHandler(main));
    return cl;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  private static IParameterExceptionHandler parameterHandler() {
    return (ParameterException ex, String[] args) -> {
      CommandLine cl = ex.getCommandLine();
      usageError(cl, ex.getMessage());
      return BAD_INPUT;
    };
  }

  private static void usageError(CommandLine cl, String message) {
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    err.println(name + ": " + message);
    err.println("Try '" + name + " --help' for usage.");
    err.flush();
  }

  private static IExecutionExceptionHandler executionHandler(Main main) {
    return (Exception ex, CommandLine cl, ParseResult parseResult) -> {
      PrintWriter err = cl.getErr();
      String name = cl.getCommandSpec().qualifiedName();
      if (ex instanceof ParameterException pe) {
        usageError(pe.getCommandLine(), pe.getMessage());
        return BAD_INPUT;
      }
      if (ex instanceof CemArgumentException || ex instanceof CemFormatException) {
        err.println(name + ": " + ex.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      String what =
          ex instanceof IOException || ex instanceof UncheckedIOException
              ? "I/O error"
              : "internal error";
      err.println(name + ": " + what + ": " + ex);
      if (main.debug) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --debug for the stack trace)");
      }
      err.flush();
      return INTERNAL_ERROR;
    };
  }
}
