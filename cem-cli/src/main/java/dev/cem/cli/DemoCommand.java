package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import dev.cem.cli.io.InputOptions;
import dev.cem.cli.io.RowSource;
import dev.cem.cli.out.Num;
import dev.cem.core.CemArgumentException;
import dev.cem.core.Incident;
import dev.cem.core.Scale;
import dev.cem.maturity.Assessment;
import dev.cem.maturity.Evidence;
import dev.cem.maturity.EvidenceReport;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.MaturityModels;
import dev.cem.maturity.MaturityResult;
import dev.cem.maturity.MaturityScorer;
import dev.cem.maturity.Panel;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.ComponentScore;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.drivers.DriverDataset;
import dev.cem.metrics.drivers.DriverReport;
import dev.cem.metrics.drivers.DriverResult;
import dev.cem.metrics.drivers.KeyDriverAnalysis;
import dev.cem.metrics.drivers.OutcomeKind;
import dev.cem.metrics.journey.JourneyReport;
import dev.cem.metrics.process.ProactiveCare;
import dev.cem.report.BundleSection;
import dev.cem.report.QuadrantSection;
import dev.cem.report.Report;
import dev.cem.report.ReportFiles;
import dev.cem.report.Scorecard;
import dev.cem.report.Status;
import dev.cem.report.TableSection;
import dev.cem.report.TextSection;
import dev.cem.report.TrendSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cem demo}: generates a sample data set, scores it and writes a report. */
@Command(
    name = "demo",
    header = "Generate sample data, score it and write an HTML, Markdown and JSON report.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates a realistic, seeded sample data set (survey responses, interactions forming"
          + " journeys, incidents and a panel of five department self-assessments), scores it"
          + " with the same code as 'cem score', 'cem journeys' and 'cem assess', runs the"
          + " built-in maturity model with evidence from the data, and writes report.html,"
          + " report.md and report.json (plus the data under DIR/data)."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = "cem-report-out",
      description = "The output directory. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("cem-report-out");

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed = 42;

  @Option(
      names = "--responses",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Number of survey responses. Default: ${DEFAULT-VALUE}.")
  int responses = 5000;

  @Option(names = "--progress", description = "Show progress on stderr.")
  boolean progress;

  /** Fixed, so that the same seed gives byte-identical reports. */
  static final Instant GENERATED_AT = Instant.parse("2026-11-30T00:00:00Z");

  @Override
  public Integer call() throws Exception {
    if (responses < 100 || responses > 10_000_000) {
      throw new CemArgumentException(
          format("--responses (%d) must be between 100 and 10000000", responses));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CemArgumentException(format("--out %s: not a directory", out));
    }
    Path data = out.resolve("data");
    try {
      Files.createDirectories(data);
    } catch (AccessDeniedException | FileAlreadyExistsException e) {
      throw new CemArgumentException(format("--out %s: cannot create the directory %s", out, data));
    }
    DemoData gen = new DemoData(seed);
    MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);

    // 1. Generate the data set.
    Path responsesCsv = data.resolve("responses.csv");
    Path interactionsCsv = data.resolve("interactions.csv");
    Path incidentsCsv = data.resolve("incidents.csv");
    Path assessmentsJson = data.resolve("assessments.json");
    gen.writeResponses(responsesCsv, responses);
    long interactions = gen.writeInteractions(interactionsCsv, Math.max(50, responses / 4));
    List<Incident> incidents = gen.incidents(40);
    DemoData.writeIncidents(incidentsCsv, incidents);
    List<Assessment> assessments = gen.assessments(model);
    DemoData.writeAssessments(assessmentsJson, assessments);

    // 2. Score it with the same code paths as the commands.
    ScoreOptions options = new ScoreOptions();
    options.input.withProgress(progress);
    ScoreReader.Data all = ScoreReader.read(responsesCsv, options, null, err);
    ScoreReader.Data bySegment = ScoreReader.read(responsesCsv, options, "segment", err);
    ScoreReader.Data byMonthSegment = ScoreReader.read(responsesCsv, options, "month", err);
    MetricBundle bundle = readBundle();
    ScoreResult allResult = new ScoreResult(all, options, Map.of(), null);
    ScoreResult segResult = new ScoreResult(bySegment, options, Map.of(), null);
    Map<String, BundleScore> allBundle = ScoreCommand.scoreBundle(bundle, allResult);
    Map<String, BundleScore> segBundle = ScoreCommand.scoreBundle(bundle, segResult);
    GroupStats.Snapshot total = allResult.groups().get(ScoreReader.ALL);
    BundleScore cx = allBundle.get(ScoreReader.ALL);

    InputOptions input = new InputOptions().withProgress(progress);
    JourneysCommand.Analysis journeys =
        JourneysCommand.analyse(interactionsCsv, DemoData.journeyGap(), false, 0.95, input, err);
    Map<String, Estimate> journeyMetrics =
        JourneysCommand.estimates(journeys.overall(), 0.95, options.proportionInterval);

    ProportionResult proactive = ProactiveCare.proactiveDetection(incidents);
    DriverReport drivers = drivers(responsesCsv);

    // 3. Maturity: the panel, with evidence from the data.
    Map<String, Estimate> evidence = new LinkedHashMap<>(total.catalogEstimates());
    evidence.putAll(journeyMetrics);
    evidence.put("proactive-detection-ratio", proactive.estimate());
    EvidenceReport ev = Evidence.evaluate(model, evidence, Map.of(bundle.name(), cx.status().name()));
    List<String> warnings = new ArrayList<>();
    List<Assessment> filled = new ArrayList<>();
    for (Assessment a : assessments) {
      ev.contradictions(a).forEach(c -> warnings.add(a.respondent().label() + ": " + c.message()));
      filled.add(ev.fillUnanswered(a));
    }
    MaturityScorer scorer = MaturityScorer.of(model);
    Panel panel = Panel.of(scorer, filled);
    List<MaturityView.RespondentResult> each = new ArrayList<>();
    for (Assessment a : filled) {
      each.add(new MaturityView.RespondentResult(a.respondent().label(), scorer.score(a)));
    }
    MaturityView maturity = new MaturityView(model, panel.result(), panel, each, ev.findings(), warnings);

    // 4. The report.
    Report report =
        Report.builder("Customer experience report (demo data)")
            .subtitle(format("Seed %d: %d survey responses, %d interactions, %d incidents, %d department"
                + " self-assessments", seed, all.rows(), interactions, incidents.size(), assessments.size()))
            .generatedAt(GENERATED_AT)
            .add(TextSection.of("About this report",
                "This report was generated by 'cem demo' from a seeded sample data set, written next to it"
                    + " under data/. Every figure carries its uncertainty: intervals are at 95% confidence,"
                    + " and small samples are flagged rather than hidden.",
                "Reproduce any number with the cem commands, e.g. 'cem score data/responses.csv"
                    + " --group-by segment' or 'cem journeys data/interactions.csv --gap 2h'."))
            .add(headline(total, cx))
            .add(segments(segResult, segBundle))
            .add(bundleSection(bundle, cx))
            .add(trend(byMonthSegment, options))
            .add(journeyTable(journeys, options))
            .add(driverQuadrant(drivers))
            .add(TableSection.of("Proactive care",
                List.of("Measure", "Value", "95% interval", "n"),
                List.of(List.of("Incidents detected before any customer reported them",
                    Num.fixed(proactive.estimate().value(), 1) + "%",
                    Num.fixed(proactive.estimate().lower(), 1) + " to " + Num.fixed(proactive.estimate().upper(), 1),
                    String.valueOf(proactive.trials())))))
            .add(maturity.section())
            .build();
    List<Path> written = ReportFiles.write(report, out);

    summary(spec.commandLine().getOut(), written, all.rows(), interactions, incidents.size(), total, cx,
        journeys, journeyMetrics, proactive, maturity, panel, drivers);
    return 0;
  }

  private static MetricBundle readBundle() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo/cx-index.json")) {
      if (in == null) {
        throw new IllegalStateException("demo bundle resource missing");
      }
      return MetricBundle.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Key drivers of NPS among the four service ratings, 0 meaning "does not apply". */
  private static DriverReport drivers(Path responsesCsv) throws IOException {
    DriverDataset data =
        DriverDataset.create(DemoData.DRIVERS, Scale.LIKERT_5, OptionalInt.of(0), OutcomeKind.SCALE);
    try (var source = RowSource.open(responsesCsv)) {
      int nps = source.require("nps", "");
      int[] cols = DemoData.DRIVERS.stream().mapToInt(d -> source.require(d, "")).toArray();
      double[] row = new double[cols.length];
      while (source.next()) {
        String y = source.get(nps);
        if (y == null) {
          continue;
        }
        for (int i = 0; i < cols.length; i++) {
          row[i] = Double.parseDouble(source.get(cols[i]));
        }
        data.add(Double.parseDouble(y), row);
      }
    }
    return KeyDriverAnalysis.create().analyse(data);
  }

  private static Status status(Estimate e, double target, boolean higherIsBetter) {
    if (e.isEmpty()) {
      return null;
    }
    boolean met = higherIsBetter ? e.value() >= target : e.value() <= target;
    boolean within = higherIsBetter ? e.upper() >= target : e.lower() <= target;
    return met ? Status.GREEN : within ? Status.AMBER : Status.RED;
  }

  private static Status status(dev.cem.metrics.bundle.Status s) {
    return switch (s) {
      case GREEN -> Status.GREEN;
      case AMBER -> Status.AMBER;
      case RED -> Status.RED;
      default -> null;
    };
  }

  private static Scorecard headline(GroupStats.Snapshot s, BundleScore cx) {
    List<Scorecard.Row> rows = new ArrayList<>();
    rows.add(Scorecard.Row.of("NPS", "all", s.nps().estimate(), "points").withTarget(30)
        .withStatus(status(s.nps().estimate(), 30, true)));
    rows.add(Scorecard.Row.of("CSAT (top-2 box)", "all", s.csat().estimate(), "%").withTarget(75)
        .withStatus(status(s.csat().estimate(), 75, true)));
    rows.add(Scorecard.Row.of("CES (mean, 1 easy to 7 hard)", "all", s.ces().estimate(), "").withTarget(3)
        .withStatus(status(s.ces().estimate(), 3, false)));
    rows.add(Scorecard.Row.of("First contact resolution", "all", s.fcr().estimate(), "%").withTarget(70)
        .withStatus(status(s.fcr().estimate(), 70, true)));
    rows.add(Scorecard.Row.of("SLA attainment", "all", s.sla().estimate(), "%").withTarget(95)
        .withStatus(status(s.sla().estimate(), 95, true)));
    rows.add(Scorecard.Row.of("Resolution time (mean)", "all", s.resolution().meanEstimate(), "s"));
    Estimate cxEstimate = cx.isEmpty()
        ? Estimate.empty("delta-method", cx.confidence())
        : Estimate.of(cx.value(), cx.standardError(), cx.lower(), cx.upper(), cx.confidence(),
            s.rows(), "delta-method");
    rows.add(Scorecard.Row.of("CX index", "all", cxEstimate, "of 100").withStatus(status(cx.status())));
    return Scorecard.of("Headline metrics", rows);
  }

  private static Scorecard segments(ScoreResult r, Map<String, BundleScore> bundles) {
    List<Scorecard.Row> rows = new ArrayList<>();
    r.groups().forEach((segment, s) -> {
      rows.add(Scorecard.Row.of("NPS", segment, s.nps().estimate(), "points").withTarget(30)
          .withStatus(status(s.nps().estimate(), 30, true)));
      rows.add(Scorecard.Row.of("CSAT (top-2 box)", segment, s.csat().estimate(), "%").withTarget(75)
          .withStatus(status(s.csat().estimate(), 75, true)));
      BundleScore b = bundles.get(segment);
      if (b != null && !b.isEmpty()) {
        rows.add(Scorecard.Row.of("CX index", segment,
            Estimate.of(b.value(), b.standardError(), b.lower(), b.upper(), b.confidence(), s.rows(), "delta-method"),
            "of 100").withStatus(status(b.status())));
      }
    });
    return Scorecard.of("By segment", rows);
  }

  private static BundleSection bundleSection(MetricBundle bundle, BundleScore cx) {
    BundleSection.Builder b = BundleSection.builder(bundle.name())
        .title("CX index: what makes up the score")
        .coverage(cx.coverage());
    if (!cx.isEmpty()) {
      b.score(Estimate.of(cx.value(), cx.standardError(), cx.lower(), cx.upper(), cx.confidence(),
          Math.max(1, cx.components().stream().mapToLong(c -> c.input().n()).max().orElse(1)), "delta-method"));
      b.status(status(cx.status()));
    }
    for (ComponentScore c : cx.components()) {
      b.component(c.metricId(), c.normalised(), c.weight(), c.present() ? c.contribution() : Double.NaN);
    }
    return b.build();
  }

  private static TrendSection trend(ScoreReader.Data byMonth, ScoreOptions options) throws IOException {
    // NPS per month and segment: one pass per segment over the month groups.
    TrendSection.Builder t = TrendSection.builder("NPS by month and segment").unit("points").threshold("target", 30);
    Map<String, List<TrendSection.Point>> series = new LinkedHashMap<>();
    for (String segment : DemoData.SEGMENTS) {
      series.put(segment, new ArrayList<>());
    }
    Path file = byMonth.file();
    Map<String, Map<String, GroupStats>> monthSegment = new LinkedHashMap<>();
    try (var source = RowSource.open(file)) {
      int month = source.require("month", "");
      int segment = source.require("segment", "");
      int nps = source.require("nps", "");
      while (source.next()) {
        String v = source.get(nps);
        if (v == null) {
          continue;
        }
        monthSegment.computeIfAbsent(source.get(segment), k -> new LinkedHashMap<>())
            .computeIfAbsent(source.get(month), k -> new GroupStats(options.csatBox))
            .nps.add(Integer.parseInt(v));
      }
    }
    for (String segment : DemoData.SEGMENTS) {
      for (String m : DemoData.MONTHS) {
        GroupStats g = monthSegment.getOrDefault(segment, Map.of()).get(m);
        if (g == null || g.nps.isEmpty()) {
          series.get(segment).add(TrendSection.Point.missing(m));
        } else {
          series.get(segment).add(TrendSection.Point.of(m, g.nps.snapshot(options.npsInterval, options.confidence).estimate()));
        }
      }
      t.series(segment, series.get(segment));
    }
    return t.build();
  }

  private static TableSection journeyTable(JourneysCommand.Analysis a, ScoreOptions o) {
    List<List<String>> rows = new ArrayList<>();
    Map<String, JourneyReport> all = new LinkedHashMap<>(a.byType());
    all.put("all journeys", a.overall());
    all.forEach((type, r) -> {
      Map<String, Estimate> m = JourneysCommand.estimates(r, 0.95, o.proportionInterval);
      rows.add(List.of(type, String.valueOf(r.journeys()),
          Num.fixed(m.get("contacts-per-journey").value(), 2),
          pct(m.get("channel-switch-rate")), pct(m.get("information-repeat-rate")), pct(m.get("fcr")),
          pct(m.get("touchpoint-satisfaction")), pct(m.get("journey-satisfaction")),
          Num.fixed(m.get("journey-touchpoint-gap").value(), 1)));
    });
    return TableSection.of("Journeys: touchpoints against the whole journey",
        List.of("Journey type", "Journeys", "Contacts per journey", "Channel switch %", "Information repeat %",
            "FCR %", "Touchpoint satisfaction %", "Journey satisfaction %", "Paired gap (points)"),
        rows);
  }

  private static String pct(Estimate e) {
    return e.isEmpty() ? "" : Num.fixed(e.value(), 1) + " (" + Num.fixed(e.lower(), 1) + " to " + Num.fixed(e.upper(), 1) + ")";
  }

  private static QuadrantSection driverQuadrant(DriverReport r) {
    List<QuadrantSection.Point> points = new ArrayList<>();
    for (DriverResult d : r.drivers()) {
      points.add(QuadrantSection.Point.of(d.name(), d.importance().value(), d.performanceMean().mean(),
          d.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    double splitX = Double.isFinite(r.importanceSplit()) ? r.importanceSplit() : 0;
    double splitY = Double.isFinite(r.performanceSplit()) ? r.performanceSplit() : 3;
    return QuadrantSection.of("Key drivers of NPS (importance against performance)", splitX, splitY, points);
  }

  private void summary(
      PrintWriter w, List<Path> written, long responsesRead, long interactions, int incidents,
      GroupStats.Snapshot s, BundleScore cx, JourneysCommand.Analysis journeys,
      Map<String, Estimate> jm, ProportionResult proactive, MaturityView maturity, Panel panel,
      DriverReport drivers) {
    w.println("cem demo: wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
    w.println(format("  data in %s: responses.csv (%d rows), interactions.csv (%d rows), incidents.csv (%d),"
        + " assessments.json (%d respondents)", out.resolve("data"), responsesRead, interactions, incidents,
        panel.assessments().size()));
    w.println();
    w.println(format("  NPS %s (95%% CI %s to %s, n %d)   CSAT %s%%   FCR %s%%   SLA %s%%",
        Num.fixed(s.nps().estimate().value(), 1), Num.fixed(s.nps().estimate().lower(), 1),
        Num.fixed(s.nps().estimate().upper(), 1), s.nps().n(), Num.fixed(s.csat().estimate().value(), 1),
        Num.fixed(s.fcr().estimate().value(), 1), Num.fixed(s.sla().estimate().value(), 1)));
    w.println(format("  CX index %s of 100 (%s)", Num.fixed(cx.value(), 1), cx.status()));
    w.println(format("  Journeys %d: channel switch %s%%, information repeat %s%%, journey-touchpoint gap %s points",
        journeys.overall().journeys(), Num.fixed(jm.get("channel-switch-rate").value(), 1),
        Num.fixed(jm.get("information-repeat-rate").value(), 1), Num.fixed(jm.get("journey-touchpoint-gap").value(), 1)));
    w.println(format("  Proactive detection %s%% (%d of %d incidents)", Num.fixed(proactive.estimate().value(), 1),
        proactive.successes(), proactive.trials()));
    MaturityResult r = maturity.result();
    w.println(format("  Maturity: stage %d %s (score %s of 5), panel of %d%s", r.stage(), maturity.stageName(r.stage()),
        Num.fixed(r.score(), 2), panel.assessments().size(),
        panel.mostDivergent().map(d -> "; most divergent: " + d.label()).orElse("")));
    drivers.drivers().stream()
        .filter(d -> Double.isFinite(d.importance().value()))
        .max(Comparator.comparingDouble(d -> d.importance().value()))
        .ifPresent(d -> w.println(format("  Top driver of NPS: %s (importance %s, %s)", d.name(),
            Num.fixed(d.importance().value(), 2), d.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
    w.println();
    w.println("Open " + written.get(0) + " in a browser.");
    w.flush();
  }
}
