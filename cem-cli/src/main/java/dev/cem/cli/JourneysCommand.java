package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.io.Cells;
import dev.cem.cli.io.InputOptions;
import dev.cem.cli.io.InvalidRowException;
import dev.cem.cli.io.OnInvalid;
import dev.cem.cli.io.Rejections;
import dev.cem.cli.io.RowSource;
import dev.cem.cli.out.Format;
import dev.cem.cli.out.Json;
import dev.cem.cli.out.Num;
import dev.cem.cli.out.OutputOptions;
import dev.cem.cli.out.TableFormatOption;
import dev.cem.cli.out.Result;
import dev.cem.cli.out.Table;
import dev.cem.core.AssemblyReport;
import dev.cem.core.CemArgumentException;
import dev.cem.core.Channel;
import dev.cem.core.CustomerId;
import dev.cem.core.Department;
import dev.cem.core.Initiator;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyAssembler;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.ServicePhase;
import dev.cem.core.Subject;
import dev.cem.core.Touchpoint;
import dev.cem.core.internal.Checks;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.ProportionInterval;
import dev.cem.metrics.journey.JourneyAnalytics;
import dev.cem.metrics.journey.JourneyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cem journeys}: assembles interactions into journeys and measures the journeys. */
@Command(
    name = "journeys",
    header = "Assemble interactions into journeys and measure them.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Assembles interactions into journeys (per customer and journey type; a journey ends after"
          + " a resolved contact or a pause longer than --gap) and measures them: contacts per"
          + " journey, channel-switch rate, repeat-contact rate, information-repeat rate, FCR and"
          + " the journey-touchpoint gap, each with its uncertainty.",
      "Columns: customer, timestamp (ISO-8601), channel and outcome are required; journey_type,"
          + " touchpoint, phase, repeated_info, initiator, handling_seconds, department, id,"
          + " journey_rating and touchpoint_rating (1..5) are optional."
    })
final class JourneysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Interactions, CSV or JSON lines.")
  Path file;

  @Option(
      names = "--gap",
      paramLabel = "DURATION",
      defaultValue = "30m",
      converter = Durations.class,
      description = "The longest pause within a journey, e.g. 30m, 2h, 7d. Default: ${DEFAULT-VALUE}.")
  Duration gap = Duration.ofMinutes(30);

  @Option(
      names = "--sorted",
      description =
          "The file is sorted by customer, then timestamp: journeys are assembled while the file"
              + " streams (no sort in memory); rows out of order fail, or are skipped with"
              + " --on-invalid skip.")
  boolean sorted;

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      defaultValue = "0.95",
      description = "Confidence level of the intervals. Default: ${DEFAULT-VALUE}.")
  double confidence = 0.95;

  @Option(
      names = "--proportion-interval",
      paramLabel = "METHOD",
      defaultValue = "wilson",
      description =
          "wilson, wilson-cc, agresti-coull, jeffreys or clopper-pearson. Default: ${DEFAULT-VALUE}.")
  ProportionInterval interval = ProportionInterval.WILSON;

  @Mixin InputOptions input = new InputOptions();

  @Mixin TableFormatOption formatOption = new TableFormatOption();

  @Mixin OutputOptions output = new OutputOptions();

  /**
   * The journey metrics of a {@link JourneyReport} under the metric catalogue's ids, proportions
   * with the chosen interval method. The journey-touchpoint gap is the library's paired gap: per
   * journey with both kinds of rating, the journey score minus the mean of its touchpoint scores
   * (both in percent of the scale), averaged with a t interval.
   */
  static Map<String, Estimate> estimates(JourneyReport r, double confidence, ProportionInterval method) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    m.put("contacts-per-journey", r.effort().contacts().estimate());
    m.put("channel-switch-rate", r.effort().channelSwitchRate().withInterval(method, confidence).estimate());
    m.put("repeat-contact-rate", r.effort().repeatContactRate().withInterval(method, confidence).estimate());
    m.put("information-repeat-rate",
        r.effort().informationRepeatRate().withInterval(method, confidence).estimate());
    m.put("fcr", r.firstContactResolution().withInterval(method, confidence).estimate());
    m.put("journey-satisfaction", r.satisfaction().journeyTopBox().withInterval(method, confidence).estimate());
    m.put("touchpoint-satisfaction",
        r.satisfaction().touchpointTopBox().withInterval(method, confidence).estimate());
    m.put("journey-score", r.satisfaction().journeyScore().estimate());
    m.put("touchpoint-score", r.satisfaction().touchpointScore().estimate());
    m.put("journey-touchpoint-gap", r.satisfaction().gap().estimate());
    m.put("green-touchpoints-red-journey",
        r.satisfaction().greenTouchpointsRedJourney().withInterval(method, confidence).estimate());
    return m;
  }

  @Override
  public Integer call() throws Exception {
    Format format = formatOption.checked(output);
    Checks.checkConfidence(confidence);
    Analysis a = analyse(file, gap, sorted, confidence, input, spec.commandLine().getErr());
    output.emit(
        new JourneysResult(file, a.rows(), a.rejections(), a.report(), a.overall(), a.byType(),
            estimates(a.overall(), confidence, interval), gap),
        format);
    return 0;
  }

  /** What reading and assembling a file gave: overall statistics and per journey type. */
  record Analysis(
      long rows,
      Rejections rejections,
      AssemblyReport report,
      JourneyReport overall,
      Map<String, JourneyReport> byType) {}

  /** Reads interactions, assembles journeys and accumulates their statistics. */
  static Analysis analyse(
      Path file, Duration gap, boolean sorted, double confidence, InputOptions input, PrintWriter err)
      throws IOException {
    Map<String, Response> journeyRatings = new HashMap<>();
    List<Journey> journeys = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    JourneyAssembler assembler =
        JourneyAssembler.of(gap)
            .withOutOfOrderPolicy(
                input.onInvalid() == OnInvalid.SKIP
                    ? JourneyAssembler.OutOfOrderPolicy.DROP_AND_COUNT
                    : JourneyAssembler.OutOfOrderPolicy.FAIL);
    // A journey's rating is the last one given on its contacts; it becomes the journey's response.
    Consumer<Journey> sink =
        j -> {
          Response rating = null;
          for (Interaction i : j.interactions()) {
            Response r = journeyRatings.remove(i.id());
            if (r != null) {
              rating = r;
            }
          }
          journeys.add(
              rating == null
                  ? j
                  : j.withResponse(
                      Response.of(j.customer(), Subject.journey(j.id()), rating.timestamp(),
                          rating.scale(), rating.value())));
        };
    Rejections rejections = new Rejections(input.onInvalid());
    List<Interaction> all = new ArrayList<>();
    JourneyAssembler.Session session = sorted ? assembler.open(sink) : null;
    long rows;
    try (RowSource source = RowSource.open(file)) {
      Cells cells = new Cells(source);
      int customer = source.require("customer", "");
      int timestamp = source.require("timestamp", "");
      int channel = source.require("channel", "");
      int outcome = source.require("outcome", "");
      int type = source.has("journey_type") ? source.column("journey_type") : -1;
      int touchpoint = source.has("touchpoint") ? source.column("touchpoint") : -1;
      int phase = source.has("phase") ? source.column("phase") : -1;
      int repeated = source.has("repeated_info") ? source.column("repeated_info") : -1;
      int initiator = source.has("initiator") ? source.column("initiator") : -1;
      int handling = source.has("handling_seconds") ? source.column("handling_seconds") : -1;
      int department = source.has("department") ? source.column("department") : -1;
      int id = source.has("id") ? source.column("id") : -1;
      int journeyRating = source.has("journey_rating") ? source.column("journey_rating") : -1;
      int touchpointRating = source.has("touchpoint_rating") ? source.column("touchpoint_rating") : -1;
      Progress progress =
          Progress.create(
              err, input.progress(), file.getFileName().toString(),
              source::bytesRead, source.size());
      while (true) {
        try {
          if (!source.next()) {
            break;
          }
          CustomerId c = parse(cells, customer, "customer", CustomerId::of);
          Instant at = cells.instant(timestamp, "timestamp");
          if (at == null) {
            throw cells.invalid(timestamp, "timestamp", "missing", "has no value; a value is required");
          }
          Channel ch = parse(cells, channel, "channel", Channel::of);
          Outcome out = parse(cells, outcome, "outcome", Outcome::parse);
          ServicePhase ph = phase < 0 || cells.text(phase) == null ? ServicePhase.TRANSACTION : parse(cells, phase, "phase", ServicePhase::parse);
          Initiator in = initiator < 0 || cells.text(initiator) == null ? Initiator.CUSTOMER : parse(cells, initiator, "initiator", Initiator::parse);
          Department dep = department < 0 || cells.text(department) == null ? Department.CUSTOMER_SERVICE : parse(cells, department, "department", Department::of);
          String tpId = touchpoint < 0 || cells.text(touchpoint) == null ? ch.id() : cells.text(touchpoint);
          Touchpoint tp = parse(cells, touchpoint < 0 ? channel : touchpoint, "touchpoint", t -> Touchpoint.of(tpId, tpId, ch, ph, dep));
          double seconds = cells.nonNegative(handling, "handling_seconds");
          boolean rep = cells.bool(repeated, "repeated_info") == 1;
          int jr = cells.score(journeyRating, "journey_rating", Scale.CSAT);
          int tr = cells.score(touchpointRating, "touchpoint_rating", Scale.CSAT);
          String interactionId = id >= 0 && cells.text(id) != null ? cells.text(id) : "row-" + source.line();
          String journeyType = type < 0 ? null : cells.text(type);
          if (journeyType != null) {
            parse(cells, type, "journey_type", t -> Checks.checkId(t, "journey type"));
          }
          Interaction interaction =
              parse(
                  cells,
                  id >= 0 ? id : customer,
                  id >= 0 ? "id" : "interaction",
                  t ->
                      new Interaction(
                          interactionId, c, tp, at,
                          Double.isNaN(seconds) ? Duration.ZERO : Duration.ofMillis(Math.round(seconds * 1000)),
                          in, out, rep, Optional.empty(), Optional.ofNullable(journeyType)));
          // Ratings are recorded before the interaction is added: a journey may close on it.
          Response journeyResponse =
              jr == Integer.MIN_VALUE
                  ? null
                  : Response.of(c, Subject.journey(interactionId), at, Scale.CSAT, jr);
          if (journeyResponse != null) {
            journeyRatings.put(interactionId, journeyResponse);
          }
          if (session != null) {
            try {
              session.add(interaction);
            } catch (CemArgumentException e) {
              journeyRatings.remove(interactionId);
              throw new InvalidRowException(
                  "out of order",
                  source.where(timestamp) + ": " + e.getMessage()
                      + "; sort the file by customer, then timestamp, or leave out --sorted");
            }
          } else {
            all.add(interaction);
          }
          if (tr != Integer.MIN_VALUE) {
            responses.add(Response.of(c, Subject.of(tp), at, Scale.CSAT, tr));
          }
        } catch (InvalidRowException e) {
          rejections.reject(e);
        }
        progress.update(source.rowsRead());
      }
      progress.finish(source.rowsRead());
      rows = source.rowsRead();
    }
    AssemblyReport report;
    if (session != null) {
      report = session.finish();
    } else {
      var result = assembler.assemble(all);
      all.clear();
      result.journeys().forEach(sink);
      report = result.report();
    }
    JourneyAnalytics analytics = JourneyAnalytics.create().withConfidence(confidence);
    JourneyReport overall = analytics.analyse(journeys, responses);
    Map<String, JourneyReport> byType = analytics.analyseBy(journeys, responses, Journey::type);
    return new Analysis(rows, rejections, report, overall, byType);
  }

  /** Parses a cell with a domain parser; its CemArgumentException becomes an invalid row. */
  private static <T> T parse(Cells cells, int column, String field, Function<String, T> parser) {
    String text = cells.requiredText(column, field);
    try {
      return parser.apply(text);
    } catch (CemArgumentException e) {
      throw cells.invalid(column, field, "invalid", e.getMessage());
    }
  }

  /** The command's output. */
  record JourneysResult(
      Path file,
      long rows,
      Rejections rejections,
      AssemblyReport report,
      JourneyReport analysis,
      Map<String, JourneyReport> byType,
      Map<String, Estimate> metrics,
      Duration gap)
      implements Result {

    @Override
    public String title() {
      return "Journeys: " + file.getFileName();
    }

    @Override
    public JsonNode json() {
      ObjectNode root = Json.object();
      root.put("schemaVersion", 1);
      Json.putInput(root, file, rows, rejections);
      root.put("gap", gap.toString());
      root.put("interactions", report.interactionsUsed());
      root.put("duplicatesDropped", report.duplicatesDropped());
      root.put("outOfOrderDropped", report.outOfOrderDropped());
      root.put("journeys", analysis.journeys());
      root.put("responses", analysis.responses());
      root.put("unmatchedResponses", analysis.unmatchedResponses());
      root.put("flagged", analysis.satisfaction().flagged());
      ObjectNode types = root.putObject("journeysByType");
      byType.forEach((type, r) -> types.put(type, r.journeys()));
      ObjectNode m = root.putObject("metrics");
      metrics.forEach((k, e) -> Json.putEstimate(m.putObject(k), e));
      return root;
    }

    @Override
    public List<Table> tables() {
      Table t =
          new Table(
              format(
                  "%s: %d journeys from %d interactions (gap %s; %d rows rejected)",
                  title(), analysis.journeys(), report.interactionsUsed(), gap, rejections.total()),
              "metric", "value", "lower", "upper", "se", "n", "method");
      metrics.forEach(
          (k, e) -> {
            int d = k.equals("contacts-per-journey") ? 2 : 1;
            t.row(k, Num.fixed(e.value(), d), Num.fixed(e.lower(), d), Num.fixed(e.upper(), d),
                Num.fixed(e.standardError(), d + 1), e.n(), e.method());
          });
      List<Table> out = new ArrayList<>(List.of(t));
      if (rejections.total() > 0) {
        Table r = new Table("Rejected rows", "reason", "rows");
        rejections.byReason().forEach(r::row);
        out.add(r);
      }
      return out;
    }
  }
}
