package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.io.Inputs;
import dev.cem.cli.out.Format;
import dev.cem.cli.out.Json;
import dev.cem.cli.out.OutputOptions;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.maturity.Assessment;
import dev.cem.maturity.Evidence;
import dev.cem.maturity.EvidenceReport;
import dev.cem.maturity.MaturityJson;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import dev.cem.maturity.MaturityResult;
import dev.cem.maturity.MaturityScorer;
import dev.cem.maturity.Panel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cem assess}: scores one assessment or a panel against a maturity model. */
@Command(
    name = "assess",
    header = "Score a maturity self-assessment, or a panel of them.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores a maturity self-assessment: the gated stage, a continuous score per dimension, the"
          + " blockers and a roadmap to the next stage.",
      "Several files (or a panel file, or a JSON array) form a panel: the median answers are"
          + " scored and the disagreement between respondents is reported."
    })
final class AssessCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Assessment files (JSON or YAML): one assessment, a panel file or a JSON array.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--model",
      paramLabel = "ID|FILE",
      description = "A built-in model id or a model file. Default: the assessments' modelId.")
  @Nullable String model;

  @Option(
      names = "--evidence",
      paramLabel = "SCORE_JSON",
      description =
          "JSON written by 'cem score --format json' (or 'cem journeys'): evidence rules answer"
              + " unanswered criteria and flag answers the data contradicts. Repeatable.")
  List<Path> evidence = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, md or html. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() throws Exception {
    output.requireFormat(format, Format.TABLE, Format.JSON, Format.MD, Format.HTML);
    List<Assessment> assessments = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (Path file : files) {
      for (Assessment a : read(file)) {
        assessments.add(a);
        sources.add(file);
      }
    }
    if (assessments.isEmpty()) {
      throw new CemFormatException(format("%s: no assessments found", files.get(0)));
    }
    MaturityModel m = resolveModel(assessments);
    MaturityScorer scorer = MaturityScorer.of(m);
    for (int i = 0; i < assessments.size(); i++) {
      try {
        scorer.check(assessments.get(i));
      } catch (CemArgumentException e) {
        throw new CemArgumentException(sources.get(i) + ": " + e.getMessage(), e);
      }
    }

    List<Evidence.Finding> findings = List.of();
    List<String> warnings = new ArrayList<>();
    if (!evidence.isEmpty()) {
      EvidenceFiles ev = new EvidenceFiles();
      for (Path p : evidence) {
        ev.read(p);
      }
      EvidenceReport report = Evidence.evaluate(m, ev.metrics, ev.statuses);
      findings = report.findings();
      List<Assessment> filled = new ArrayList<>();
      for (Assessment a : assessments) {
        String who = assessments.size() > 1 ? a.respondent().label() + ": " : "";
        report.contradictions(a).forEach(c -> warnings.add(who + c.message()));
        filled.add(report.fillUnanswered(a));
      }
      assessments = filled;
    }

    MaturityView view;
    if (assessments.size() == 1) {
      view = new MaturityView(m, scorer.score(assessments.get(0)), null, List.of(), findings, warnings);
    } else {
      Panel panel = Panel.of(scorer, assessments);
      List<MaturityView.RespondentResult> each = new ArrayList<>();
      for (Assessment a : assessments) {
        MaturityResult r = scorer.score(a);
        each.add(new MaturityView.RespondentResult(a.respondent().label(), r));
      }
      view = new MaturityView(m, panel.result(), panel, each, findings, warnings);
    }
    output.emit(view, format);
    return 0;
  }

  private MaturityModel resolveModel(List<Assessment> assessments) throws Exception {
    if (model != null) {
      return Models.resolve(model);
    }
    String id = assessments.get(0).modelId();
    for (Assessment a : assessments) {
      if (!a.modelId().equals(id)) {
        throw new CemArgumentException(
            format(
                "the assessments answer different models ('%s' and '%s'); a panel needs one model",
                id, a.modelId()));
      }
    }
    if (!MaturityModels.ids().contains(id)) {
      throw new CemArgumentException(
          format(
              "the assessments answer model '%s', which is not built in (%s); pass --model FILE",
              id, String.join(", ", MaturityModels.ids())));
    }
    return MaturityModels.builtIn(id);
  }

  /** Reads one file: an assessment, a panel file, or a JSON array of assessments. */
  static List<Assessment> read(Path file) throws Exception {
    String text = Inputs.readText(file);
    MaturityJson.Format f = MaturityJson.Format.of(file);
    try {
      if (f == MaturityJson.Format.JSON && text.strip().startsWith("[")) {
        return MaturityJson.readAssessments(panelDocument(file, text), f);
      }
      return MaturityJson.readAssessments(text, f);
    } catch (CemFormatException e) {
      throw new CemFormatException(file + ": " + e.getMessage(), e);
    }
  }

  /** Wraps a JSON array of assessments into a panel document. */
  private static String panelDocument(Path file, String text) {
    try {
      JsonNode array = Json.MAPPER.readTree(text);
      ObjectNode root = Json.object();
      root.put("schemaVersion", MaturityJson.SCHEMA_VERSION);
      ArrayNode items = root.putArray("assessments");
      for (JsonNode element : array) {
        if (element.isObject()) {
          ObjectNode copy = ((ObjectNode) element).deepCopy();
          copy.remove("schemaVersion");
          items.add(copy);
        } else {
          items.add(element);
        }
      }
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new CemFormatException(
          format(
              "%s:%d:%d: malformed JSON: %s",
              file,
              e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
              e.getOriginalMessage()));
    }
  }
}
