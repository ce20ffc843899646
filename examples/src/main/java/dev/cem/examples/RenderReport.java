package dev.cem.examples;

import dev.cem.maturity.DimensionResult;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityResult;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.ComponentScore;
import dev.cem.report.BundleSection;
import dev.cem.report.MaturitySection;
import dev.cem.report.Report;
import dev.cem.report.ReportFiles;
import dev.cem.report.Scorecard;
import dev.cem.report.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report built from the other examples' results and written as {@code report.html} (one
 * self-contained file with inline SVG charts), {@code report.md} and {@code report.json} by {@link
 * ReportFiles#write}: a scorecard of NPS and CSAT per segment ({@link ScoreResponses}), the CX
 * index with its contributions ({@link ComposeBundle}) and the maturity assessment ({@link
 * AssessMaturity}). The report model holds only labels, numbers and estimates: the host maps its
 * results into it.
 */
public final class RenderReport {
  private RenderReport() {}

  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "report"));
  }

  /** Builds the report, writes it into {@code dir} and returns the files written. */
  public static List<Path> run(PrintStream out, Path dir) throws IOException {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    ScoreResponses.Scores responses = ScoreResponses.run(quiet);
    List<Scorecard.Row> rows = new ArrayList<>();
    responses.nps().forEach((segment, nps) ->
        rows.add(Scorecard.Row.of("NPS", segment, nps.estimate(), "points").withTarget(30)));
    responses.csat().forEach((segment, csat) ->
        rows.add(Scorecard.Row.of("CSAT top-2-box", segment, csat.estimate(), "%").withTarget(80)));

    BundleScore cx = ComposeBundle.run(quiet).segment();
    BundleSection.Builder bundle = BundleSection.builder("service-index")
        .score(Estimate.of(cx.value(), cx.standardError(), cx.lower(), cx.upper(), cx.confidence(),
            cx.components().stream().mapToLong(c -> c.input().n()).min().orElseThrow(), "delta-method"))
        .status(Status.valueOf(cx.status().name())) // RED, AMBER or GREEN: the bundle has thresholds
        .coverage(cx.coverage());
    for (ComponentScore c : cx.components()) {
      bundle.component(c.metricId(), c.normalised(), c.weight(), c.contribution());
    }

    AssessMaturity.Outcome assessed = AssessMaturity.run(quiet);
    MaturityModel model = assessed.model();
    MaturityResult result = assessed.result();
    List<MaturitySection.Stage> ladder = model.stages().stream()
        .map(s -> MaturitySection.Stage.of(s.ordinal(), s.name(), s.description())).toList();
    MaturitySection.Builder maturity = MaturitySection.builder(model.name(), ladder.get(result.stage()))
        .stages(ladder); // the ladder starts at stage 0, so index = ordinal
    for (DimensionResult d : result.dimensions()) {
      maturity.dimension(MaturitySection.Dimension.of(d.dimension(), d.stage(), d.score()));
    }
    result.blockers().forEach(id -> model.criterion(id).ifPresent(c ->
        maturity.blocker(MaturitySection.Blocker.of(id, c.statement(), c.stage(), c.weight()))));
    assessed.roadmap().items().forEach(i -> maturity.recommendation(
        MaturitySection.Recommendation.of(i.recommendation(), i.stage(), i.dimension())));

    Report report = Report.builder("Customer experience, Q4")
        .subtitle("Examples of the cem library")
        .generatedAt(Instant.parse("2026-11-23T18:00:00Z")) // fixed: the files do not change
        .add(Scorecard.of("Key indicators", rows))
        .add(bundle.build())
        .add(maturity.build())
        .build();
    List<Path> files = ReportFiles.write(report, dir);
    files.forEach(f -> out.println("wrote " + f));
    return files;
  }
}
