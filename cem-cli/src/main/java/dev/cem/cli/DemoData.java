package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import dev.cem.cli.out.AtomicFiles;
import dev.cem.core.Incident;
import dev.cem.maturity.Answer;
import dev.cem.maturity.Assessment;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.MaturityJson;
import dev.cem.maturity.MaturityModel;
import dev.cem.maturity.Respondent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded, realistic sample data set for {@code cem demo}: survey responses over four segments
 * and six channels and six months, interactions forming journeys (with channel switches, repeated
 * information and one journey type whose touchpoints all look fine while the journey does not),
 * incidents (some detected before any customer reported them) and a panel of five department
 * self-assessments that disagree as real departments do. The same seed always gives the same
 * files.
 */
final class DemoData {
  static final List<String> SEGMENTS = List.of("retail", "smb", "enterprise", "public-sector");
  static final List<String> CHANNELS = List.of("web", "mobile-app", "email", "chat", "phone", "store");
  static final List<String> MONTHS =
      List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
  static final List<String> DRIVERS = List.of("speed", "knowledge", "friendliness", "ease");
  static final List<String> JOURNEY_TYPES =
      List.of("billing-question", "order-status", "repair", "move-house");
  /** The journey type whose touchpoints look fine while the journey as a whole does not. */
  static final String POOR_JOURNEY = "move-house";

  private static final double[] SEGMENT_QUALITY = {0.64, 0.58, 0.70, 0.50};
  private static final double[] SEGMENT_TREND = {0.012, 0.004, 0.0, -0.010};
  private static final double[] CHANNEL_EFFECT = {-0.03, 0.03, -0.07, 0.0, 0.02, 0.08};
  private static final long[] SLA_SECONDS = {24 * 3600, 8 * 3600, 4 * 3600, 48 * 3600};

  private final SplittableRandom random;

  DemoData(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private double gaussian() {
    // Box-Muller on the seeded generator, so that runs repeat exactly.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int rating(double quality, double noise) {
    return 1 + (int) Math.round(4 * clamp(quality + noise * gaussian()));
  }

  private long logNormalSeconds(double medianSeconds, double sigma) {
    return Math.max(1, Math.round(medianSeconds * Math.exp(sigma * gaussian())));
  }

  /** Writes {@code responses.csv}: one survey response per row, with service times. */
  long writeResponses(Path file, int count) throws IOException {
    try (Csv csv = new Csv(file)) {
      csv.row("month", "segment", "channel", "nps", "csat", "ces", "fcr", "response_seconds",
          "resolution_seconds", "sla_seconds", "speed", "knowledge", "friendliness", "ease");
      for (int i = 0; i < count; i++) {
        int s = random.nextInt(SEGMENTS.size());
        int c = weightedChannel();
        int m = random.nextInt(MONTHS.size());
        double base = SEGMENT_QUALITY[s] + CHANNEL_EFFECT[c] + SEGMENT_TREND[s] * m;
        double u = clamp(base + 0.18 * gaussian());
        int speed = rating(u - 0.05, 0.18);
        int knowledge = rating(u + 0.05, 0.2);
        int friendliness = rating(0.85, 0.12);
        int ease = rating(u, 0.2);
        double x = 0.45 * (speed - 1) / 4.0 + 0.25 * (knowledge - 1) / 4.0
            + 0.05 * (friendliness - 1) / 4.0 + 0.25 * (ease - 1) / 4.0;
        int nps = (int) Math.max(0, Math.min(10, Math.round(10 * x + 1.3 * gaussian() + 1.9)));
        int csat = rating(x + 0.1, 0.12);
        int ces = 7 - (int) Math.round(6 * clamp((ease - 1) / 4.0 + 0.1 * gaussian()));
        boolean fcr = chance(0.35 + 0.5 * x);
        long response = switch (CHANNELS.get(c)) {
          case "chat" -> logNormalSeconds(45, 0.6);
          case "phone" -> logNormalSeconds(150, 0.7);
          case "email" -> logNormalSeconds(6 * 3600, 0.8);
          case "store" -> logNormalSeconds(300, 0.5);
          default -> logNormalSeconds(1800, 1.0);
        };
        long resolution = response + logNormalSeconds(SLA_SECONDS[s] * (fcr ? 0.25 : 0.7), 0.9);
        csv.row(
            MONTHS.get(m), SEGMENTS.get(s), CHANNELS.get(c),
            chance(0.07) ? "" : nps,
            chance(0.10) ? "" : csat,
            chance(0.25) ? "" : ces,
            chance(0.05) ? "" : fcr,
            chance(0.08) ? "" : response,
            chance(0.12) ? "" : resolution,
            SLA_SECONDS[s],
            speed, chance(0.06) ? 0 : knowledge, friendliness, chance(0.04) ? 0 : ease);
      }
    }
    return count;
  }

  private int weightedChannel() {
    double[] w = {0.30, 0.15, 0.10, 0.17, 0.20, 0.08};
    double r = random.nextDouble();
    for (int i = 0; i < w.length; i++) {
      r -= w[i];
      if (r < 0) {
        return i;
      }
    }
    return w.length - 1;
  }

  /** Writes {@code interactions.csv}: contacts of customers forming journeys; returns the rows. */
  long writeInteractions(Path file, int journeys) throws IOException {
    long rows = 0;
    Instant start = Instant.parse("2026-11-02T08:00:00Z");
    try (Csv csv = new Csv(file)) {
      csv.row("customer", "segment", "journey_type", "timestamp", "touchpoint", "channel", "phase",
          "outcome", "repeated_info", "initiator", "handling_seconds", "journey_rating",
          "touchpoint_rating");
      for (int j = 0; j < journeys; j++) {
        String customer = format("c%05d", j);
        String segment = SEGMENTS.get(random.nextInt(SEGMENTS.size()));
        String type = JOURNEY_TYPES.get(random.nextInt(JOURNEY_TYPES.size()));
        boolean poor = type.equals(POOR_JOURNEY);
        int contacts = 1;
        while (contacts < 6 && chance(poor ? 0.62 : 0.38)) {
          contacts++;
        }
        Instant t = start.plusSeconds(random.nextLong(28L * 24 * 3600));
        int channel = weightedChannel();
        boolean proactive = type.equals("repair") && chance(0.3);
        for (int k = 0; k < contacts; k++) {
          if (k > 0) {
            t = t.plusSeconds(300 + random.nextLong(poor ? 5400 : 3600));
            if (chance(poor ? 0.6 : 0.3)) {
              channel = random.nextInt(CHANNELS.size());
            }
          }
          boolean last = k == contacts - 1;
          String outcome = !last ? (chance(0.3) ? "transferred" : "unresolved")
              : chance(poor ? 0.7 : 0.85) ? "resolved" : chance(0.5) ? "unresolved" : "abandoned";
          boolean repeated = k > 0 && chance(poor ? 0.55 : 0.2);
          String phase = proactive && k == 0 ? "detection" : "transaction";
          String initiator = proactive && k == 0 ? "company" : "customer";
          // Every touchpoint of a poor journey looks fine on its own; the journey does not.
          String touchpointRating = chance(0.6) ? String.valueOf(rating(poor ? 0.88 : 0.75, 0.12)) : "";
          String journeyRating = last && chance(0.7)
              ? String.valueOf(rating(poor ? 0.58 - 0.03 * contacts : 0.8 - 0.08 * (contacts - 1), 0.15))
              : "";
          String ch = CHANNELS.get(channel);
          csv.row(customer, segment, type, t, ch + "-desk", ch, phase, outcome, repeated, initiator,
              60 + random.nextInt(900), journeyRating, touchpointRating);
          rows++;
        }
      }
    }
    return rows;
  }

  /** Generates incidents; some were detected before any customer reported them. */
  List<Incident> incidents(int count) {
    List<Incident> out = new ArrayList<>();
    Instant start = Instant.parse("2026-06-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      Instant detected = start.plusSeconds(random.nextLong(180L * 24 * 3600));
      Incident incident = Incident.detected(format("inc-%03d", i + 1), detected);
      if (chance(0.55)) {
        // a customer reported it first (before the company noticed) or soon after
        long offset = -600 - random.nextLong(7200);
        incident = incident.withFirstReportedByCustomerAt(detected.plusSeconds(offset));
      } else if (chance(0.4)) {
        incident = incident.withFirstReportedByCustomerAt(detected.plusSeconds(600 + random.nextLong(3600)));
      }
      incident = incident
          .withResolvedAt(detected.plusSeconds(1800 + random.nextLong(36 * 3600)))
          .withAffectedCustomers(1 + random.nextInt(2000));
      out.add(incident);
    }
    return out;
  }

  /** Writes the incidents as {@code incidents.csv}. */
  static void writeIncidents(Path file, List<Incident> incidents) throws IOException {
    try (Csv csv = new Csv(file)) {
      csv.row("id", "detected_at", "first_reported_by_customer_at", "resolved_at", "affected_customers", "proactive");
      for (Incident i : incidents) {
        csv.row(i.id(), i.detectedAt(), i.firstReportedByCustomerAt().map(Object::toString).orElse(""),
            i.resolvedAt().map(Object::toString).orElse(""), i.affectedCustomers(), i.isProactivelyDetected());
      }
    }
  }

  /**
   * Five department self-assessments of the model. Each dimension has a true stage; departments
   * add their own optimism or pessimism and noise; criteria with an evidence rule are often left
   * unanswered, for the data to answer.
   */
  List<Assessment> assessments(MaturityModel model) {
    Map<String, Double> trueStage = Map.of(
        "strategy", 2.6, "leadership", 2.1, "measurement", 3.2, "governance", 1.7,
        "culture", 2.0, "process", 2.4, "technology", 2.9, "voice", 3.0);
    String[][] departments = {
      {"billing", "Head of billing", "0.2"},
      {"marketing", "Marketing director", "0.9"},
      {"logistics", "Logistics manager", "-0.3"},
      {"call-centre", "Call centre lead", "-0.6"},
      {"partners", "Partner manager", "-0.2"},
    };
    List<Assessment> out = new ArrayList<>();
    for (String[] d : departments) {
      double bias = Double.parseDouble(d[2]);
      Assessment.Builder b =
          Assessment.builder(model)
              .respondent(new Respondent(null, d[1], d[0]))
              .date(LocalDate.parse("2026-11-20"));
      for (Criterion c : model.criteria()) {
        if (c.evidence() != null && chance(0.6)) {
          continue;
        }
        double level = trueStage.getOrDefault(c.dimension(), 2.0) + bias + 0.5 * gaussian() - c.stage() + 1;
        String answer = level < 0.25 ? "NO" : level < 0.55 ? "PARTLY" : level < 0.85 ? "LARGELY" : "FULLY";
        b.answer(c.id(), Answer.of(answer));
      }
      out.add(b.build());
    }
    return out;
  }

  static void writeAssessments(Path file, List<Assessment> assessments) throws IOException {
    AtomicFiles.writeString(file, MaturityJson.writeAssessments(assessments, MaturityJson.Format.JSON) + "\n");
  }

  /** A minimal CSV writer for generated values (no value needs quoting). */
  private static final class Csv implements AutoCloseable {
    private final BufferedWriter w;

    Csv(Path file) throws IOException {
      this.w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }

    void row(Object... cells) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(String.valueOf(cells[i]));
      }
      w.write('\n');
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }

  static Duration journeyGap() {
    return Duration.ofHours(2);
  }
}
