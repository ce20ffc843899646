package dev.cem.cli;

import dev.cem.cli.out.Format;
import dev.cem.cli.out.OutputOptions;
import dev.cem.maturity.AnswerLevel;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.Dimension;
import dev.cem.maturity.MaturityJson;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import dev.cem.maturity.Stage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cem model}: prints a maturity model, the document a user copies to make their own. */
@Command(
    name = "model",
    header = "Print (or validate) a maturity model.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints a built-in maturity model (or validates and prints a model file): the same document"
          + " a user edits to make a custom model."
    })
final class ModelCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "ID|FILE",
      description = "A built-in model id or a model file. Default: ${DEFAULT-VALUE}.",
      defaultValue = MaturityModels.CEM_FIVE_STAGE)
  String model = MaturityModels.CEM_FIVE_STAGE;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "yaml, json or md. Default: ${DEFAULT-VALUE}.")
  Format format = Format.YAML;

  @Option(names = "--list", description = "List the built-in model ids and exit.")
  boolean list;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() throws Exception {
    if (list) {
      output.emit(String.join("\n", MaturityModels.ids()) + "\n");
      return 0;
    }
    output.requireFormat(format, Format.YAML, Format.JSON, Format.MD);
    MaturityModel m = Models.resolve(model);
    String text =
        switch (format) {
          case JSON -> MaturityJson.writeModel(m, MaturityJson.Format.JSON);
          case MD -> markdown(m);
          default -> MaturityJson.writeModel(m, MaturityJson.Format.YAML);
        };
    output.emit(text.endsWith("\n") ? text : text + "\n");
    return 0;
  }

  /** A readable outline: stages, dimensions, answer levels and criteria by dimension and stage. */
  static String markdown(MaturityModel m) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(m.name()).append(" (").append(m.id()).append(' ').append(m.version()).append(")\n\n");
    if (!m.description().isBlank()) {
      sb.append(m.description().strip()).append("\n\n");
    }
    sb.append("## Stages\n\n");
    for (Stage s : m.stages()) {
      sb.append("- **").append(s.ordinal()).append(' ').append(s.name()).append("**: ").append(s.description().strip()).append('\n');
    }
    sb.append("\n## Answer levels\n\n");
    for (AnswerLevel l : m.answerLevels()) {
      sb.append("- ").append(l.name()).append(" = ").append(l.value()).append('\n');
    }
    for (Dimension d : m.dimensions()) {
      sb.append("\n## ").append(d.name()).append(" (`").append(d.id()).append("`, weight ").append(d.weight()).append(")\n\n");
      sb.append("| stage | criterion | statement | evidence |\n| --- | --- | --- | --- |\n");
      for (Criterion c : m.criteria()) {
        if (c.dimension().equals(d.id())) {
          sb.append("| ").append(c.stage()).append(" | `").append(c.id()).append("` | ")
              .append(cell(c.statement())).append(" | ")
              .append(c.evidence() == null ? "" : cell(c.evidence().describe())).append(" |\n");
        }
      }
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
