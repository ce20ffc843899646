package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.io.Cells;
import dev.cem.cli.io.InputOptions;
import dev.cem.cli.io.InvalidRowException;
import dev.cem.cli.io.Rejections;
import dev.cem.cli.io.RowSource;
import dev.cem.cli.out.Format;
import dev.cem.cli.out.Json;
import dev.cem.cli.out.Num;
import dev.cem.cli.out.OutputOptions;
import dev.cem.cli.out.TableFormatOption;
import dev.cem.cli.out.Result;
import dev.cem.cli.out.Table;
import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.core.internal.Checks;
import dev.cem.metrics.drivers.DriverDataset;
import dev.cem.metrics.drivers.DriverReport;
import dev.cem.metrics.drivers.DriverResult;
import dev.cem.metrics.drivers.KeyDriverAnalysis;
import dev.cem.metrics.drivers.OutcomeKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cem drivers}: which ratings move the outcome, and how well each performs. */
@Command(
    name = "drivers",
    header = "Key-driver analysis: which ratings move the outcome.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Key-driver analysis: the importance of each rating for the outcome (Pearson correlation,"
          + " point-biserial for a yes/no outcome, with a Fisher-z interval), its performance"
          + " (mean and top-2 box) and its importance-performance quadrant.",
      "With --positive the outcome is binary (1 when the cell equals VALUE); without it the"
          + " outcome column must be numeric."
    })
final class DriversCommand implements Callable<Integer> {
  private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Rows of ratings and an outcome, CSV or JSON lines.")
  Path file;

  @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "The outcome column.")
  String outcome;

  @Option(
      names = "--positive",
      paramLabel = "VALUE",
      description = "The outcome value that counts as success, e.g. yes or resolved (any case).")
  @Nullable String positive;

  @Option(
      names = "--ratings",
      required = true,
      paramLabel = "COL1,COL2,...",
      split = ",",
      description = "The rating columns, the drivers.")
  List<String> ratings = new ArrayList<>();

  @Option(
      names = "--scale",
      paramLabel = "MIN..MAX",
      defaultValue = "1..5",
      description = "The rating scale. Default: ${DEFAULT-VALUE}.")
  String scale = "1..5";

  @Option(
      names = "--na",
      paramLabel = "CODE",
      description = "The rating code meaning 'not applicable' (off the scale, e.g. 0); empty cells count as it too.")
  @Nullable Integer na;

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      defaultValue = "0.95",
      description = "Confidence level of the importance intervals. Default: ${DEFAULT-VALUE}.")
  double confidence = 0.95;

  @Mixin InputOptions input = new InputOptions();

  @Mixin TableFormatOption formatOption = new TableFormatOption();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() throws Exception {
    Format format = formatOption.checked(output);
    Checks.checkConfidence(confidence);
    Scale ratingScale = parseScale(scale);
    List<String> names = ratings.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    DriverDataset data =
        DriverDataset.create(
            names,
            ratingScale,
            na == null ? OptionalInt.empty() : OptionalInt.of(na),
            positive == null ? OutcomeKind.SCALE : OutcomeKind.BINARY);
    Rejections rejections = new Rejections(input.onInvalid());
    long rows;
    try (RowSource source = RowSource.open(file)) {
      Cells cells = new Cells(source);
      int out = source.require(outcome, "--outcome");
      int[] columns = new int[names.size()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = source.require(names.get(i), "--ratings");
      }
      Progress progress =
          Progress.create(spec.commandLine().getErr(), input.progress(), file.getFileName().toString(),
              source::bytesRead, source.size());
      double[] row = new double[columns.length];
      while (true) {
        try {
          if (!source.next()) {
            break;
          }
          double y;
          if (positive != null) {
            String v = cells.requiredText(out, outcome);
            y = v.equalsIgnoreCase(positive) ? 1 : 0;
          } else {
            y = cells.number(out, outcome);
            if (Double.isNaN(y)) {
              throw cells.invalid(out, outcome, "missing", "has no value; a value is required");
            }
          }
          for (int i = 0; i < columns.length; i++) {
            double r = cells.number(columns[i], names.get(i));
            if (Double.isNaN(r)) {
              if (na == null) {
                throw cells.invalid(columns[i], names.get(i), "missing",
                    "has no value; give --na CODE to treat empty ratings as not applicable");
              }
              r = na;
            } else if (!(r >= ratingScale.min() && r <= ratingScale.max()) && !(na != null && r == na)) {
              throw cells.invalid(columns[i], names.get(i), "out of range",
                  format("value '%s' must be between %d and %d%s", cells.text(columns[i]),
                      ratingScale.min(), ratingScale.max(), na == null ? "" : " or the not-applicable code " + na));
            }
            row[i] = r;
          }
          data.add(y, row);
        } catch (InvalidRowException e) {
          rejections.reject(e);
        }
        progress.update(source.rowsRead());
      }
      progress.finish(source.rowsRead());
      rows = source.rowsRead();
    }
    DriverReport report = KeyDriverAnalysis.create().withConfidence(confidence).analyse(data);
    output.emit(new DriversResult(file, rows, rejections, outcome, positive, report), format);
    return 0;
  }

  static Scale parseScale(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      throw new CemArgumentException(format("--scale '%s' must look like 1..5", text));
    }
    return Scale.of("rating", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The analysis' output; drivers sorted by importance, highest first. */
  record DriversResult(
      Path file, long rows, Rejections rejections, String outcome, @Nullable String positive, DriverReport report)
      implements Result {

    List<DriverResult> sorted() {
      List<DriverResult> list = new ArrayList<>(report.drivers());
      list.sort(
          Comparator.comparingDouble((DriverResult d) -> Double.isNaN(d.importance().value()) ? Double.NEGATIVE_INFINITY : d.importance().value())
              .reversed());
      return list;
    }

    @Override
    public String title() {
      return "Key drivers of " + outcome + (positive == null ? "" : " = " + positive);
    }

    @Override
    public JsonNode json() {
      ObjectNode root = Json.object();
      root.put("schemaVersion", 1);
      Json.putInput(root, file, rows, rejections);
      root.put("n", report.n());
      ObjectNode o = root.putObject("outcome");
      o.put("column", outcome);
      o.put("kind", report.outcome().name());
      if (positive != null) {
        o.put("positive", positive);
      }
      root.put("completeCases", report.completeCases());
      Json.put(root, "rSquared", report.rSquared());
      Json.put(root, "importanceSplit", report.importanceSplit());
      Json.put(root, "performanceSplit", report.performanceSplit());
      ArrayNode drivers = root.putArray("drivers");
      for (DriverResult d : sorted()) {
        ObjectNode n = drivers.addObject();
        n.put("name", d.name());
        Json.put(n, "importance", d.importance().value());
        Json.putEstimate(n.putObject("importanceEstimate"), d.importance());
        Json.put(n, "relativeWeightPercent", d.relativeWeightPercent());
        Json.put(n, "performanceMean", d.performanceMean().mean());
        Json.put(n, "performanceTop2", d.performanceTop2().estimate().value());
        n.put("n", d.n());
        n.put("quadrant", d.quadrant().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      return root;
    }

    @Override
    public List<Table> tables() {
      Table t =
          new Table(
              format("%s (n %d, %d complete cases, R^2 %s)", title(), report.n(), report.completeCases(),
                  Num.fixed(report.rSquared(), 3)),
              "driver", "importance", "lower", "upper", "weight %", "mean", "top-2 %", "n", "quadrant");
      for (DriverResult d : sorted()) {
        t.row(d.name(), Num.fixed(d.importance().value(), 3), Num.fixed(d.importance().lower(), 3),
            Num.fixed(d.importance().upper(), 3), Num.fixed(d.relativeWeightPercent(), 1),
            Num.fixed(d.performanceMean().mean(), 2), Num.fixed(d.performanceTop2().estimate().value(), 1),
            d.n(), d.quadrant().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      return new ArrayList<>(Arrays.asList(t));
    }
  }
}
