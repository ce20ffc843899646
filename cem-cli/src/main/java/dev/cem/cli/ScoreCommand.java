package dev.cem.cli;

import dev.cem.cli.io.Inputs;
import dev.cem.cli.out.Format;
import dev.cem.cli.out.OutputOptions;
import dev.cem.cli.out.TableFormatOption;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.CemStateException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.MetricBundle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cem score}: every metric of a CSV or JSON lines file, with its uncertainty. */
@Command(
    name = "score",
    header = "Score NPS, CSAT, CES, FCR, SLA and durations from CSV or JSON lines.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores survey and service rows from a CSV or JSON lines file: NPS, CSAT (top box), CES"
          + " (mean), FCR, SLA attainment and durations, each with its standard error, interval"
          + " and sample size; optionally per group and as a metric bundle.",
      "An empty cell means no value for that metric. SLA attainment compares resolution_seconds"
          + " with sla_seconds. The file is streamed, never loaded whole."
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A CSV file with a header row, or JSON lines (.jsonl).")
  Path file;

  @Option(
      names = "--group-by",
      paramLabel = "COLUMN",
      description = "Score each value of this column separately (e.g. segment or channel).")
  @Nullable String groupBy;

  @Option(names = "--bundle", paramLabel = "FILE", description = "A metric bundle (JSON or YAML) to score each group with.")
  @Nullable Path bundle;

  @Mixin ScoreOptions options = new ScoreOptions();

  @Mixin TableFormatOption formatOption = new TableFormatOption();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() throws Exception {
    Format format = formatOption.checked(output);
    options.check();
    MetricBundle b = bundle == null ? null : readBundle(bundle);
    ScoreReader.Data data = ScoreReader.read(file, options, groupBy, spec.commandLine().getErr());
    ScoreResult provisional = new ScoreResult(data, options, Map.of(), null);
    Map<String, BundleScore> scores = Map.of();
    if (b != null) {
      scores = scoreBundle(b, provisional);
    }
    ScoreResult result =
        b == null ? provisional : new ScoreResult(data, options, scores, b.name());
    output.emit(result, format);
    return 0;
  }

  static MetricBundle readBundle(Path path) throws Exception {
    Inputs.readText(path); // existence, UTF-8 and emptiness checks with clear messages
    try {
      return MetricBundle.read(path);
    } catch (CemArgumentException | CemFormatException e) {
      String message = e.getMessage();
      throw new CemFormatException(
          message != null && message.contains(path.toString()) ? message : path + ": " + message, e);
    }
  }

  static Map<String, BundleScore> scoreBundle(MetricBundle b, ScoreResult result) {
    Map<String, Map<String, Estimate>> units = new LinkedHashMap<>();
    result.groups().forEach((k, s) -> units.put(k, s.catalogEstimates()));
    try {
      return b.scoreAll(units);
    } catch (CemStateException e) {
      throw new CemArgumentException("bundle '" + b.name() + "': " + e.getMessage(), e);
    }
  }
}
