package dev.cem.metrics.journey;

import dev.cem.core.Channel;
import dev.cem.core.CustomerId;
import dev.cem.core.Department;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyMap;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.ServicePhase;
import dev.cem.core.Subject;
import dev.cem.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Named journeys and responses with expected values worked by hand, a seeded generator with
 * known ground truth, and a naive reference computation of the journey figures.
 */
public final class JourneyTesting {
  private JourneyTesting() {}

  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  public static final Touchpoint WEB_FORM =
      Touchpoint.of("web-form", "Web form", Channel.WEB, ServicePhase.PREPARATION, Department.SALES);
  public static final Touchpoint CHAT =
      Touchpoint.of(
          "chat", "Chat", Channel.CHAT, ServicePhase.PREPARATION, Department.CUSTOMER_SERVICE);
  public static final Touchpoint HOTLINE =
      Touchpoint.of(
          "hotline", "Hotline", Channel.PHONE, ServicePhase.TRANSACTION, Department.CALL_CENTRE);
  public static final Touchpoint STORE =
      Touchpoint.of("store", "Store", Channel.STORE, ServicePhase.TRANSACTION, Department.SALES);

  public static final List<Touchpoint> TOUCHPOINTS = List.of(WEB_FORM, CHAT, HOTLINE, STORE);

  /** apply (web form, chat; 1 h), help (hotline; 30 min), visit (store; 1 day). */
  public static final JourneyMap MOVE_MAP =
      JourneyMap.of(
          "move-map",
          "move",
          List.of(
              JourneyMap.Stage.of("apply", List.of("web-form", "chat"), Duration.ofHours(1)),
              JourneyMap.Stage.of("help", List.of("hotline"), Duration.ofMinutes(30)),
              JourneyMap.Stage.of("visit", List.of("store"), Duration.ofDays(1))));

  public static final CustomerId ALICE = CustomerId.of("alice");
  public static final CustomerId BOB = CustomerId.of("bob");
  public static final CustomerId CAROL = CustomerId.of("carol");

  static Instant at(Duration offset) {
    return T0.plus(offset);
  }

  static Response csat(CustomerId customer, Subject subject, Duration offset, int value) {
    return Response.of(customer, subject, at(offset), Scale.CSAT, value);
  }

  // ---- the hand-worked data set --------------------------------------------------------------

  /**
   * Alice, "move": web form at T0, hotline at T0 + 1 h (information repeated), resolved. Rated web
   * form 5 (100%), hotline 4 (75%); the journey 2 (25%) on the journey itself. Every touchpoint
   * top-2-box, the journey bottom-2-box: the green-red case. Gap 25 - (100 + 75) / 2 = -62.5.
   */
  public static final Journey J1 =
      new Journey(
          "j1",
          ALICE,
          "move",
          List.of(
              Interaction.of("i1", ALICE, WEB_FORM, T0, Outcome.TRANSFERRED),
              Interaction.of("i2", ALICE, HOTLINE, at(Duration.ofHours(1)), Outcome.RESOLVED)
                  .withRepeatedInformation(true)),
          Optional.of(csat(ALICE, Subject.journey("j1"), Duration.ofHours(3), 2)),
          Outcome.RESOLVED);

  /** Bob, "move": one chat at T0, resolved at first contact. Chat 3 (50%), journey 4 (75%). */
  public static final Journey J2 =
      Journey.of(
          "j2", BOB, "move", List.of(Interaction.of("i3", BOB, CHAT, T0, Outcome.RESOLVED)));

  /** Carol, "move": web form at T0, store at T0 + 2 days, unresolved; no ratings. */
  public static final Journey J3 =
      Journey.of(
          "j3",
          CAROL,
          "move",
          List.of(
              Interaction.of("i4", CAROL, WEB_FORM, T0, Outcome.TRANSFERRED),
              Interaction.of("i5", CAROL, STORE, at(Duration.ofDays(2)), Outcome.UNRESOLVED)));

  /** Carol, another journey type: skipped when analysed against {@link #MOVE_MAP}. */
  public static final Journey J4 =
      Journey.of(
          "j4",
          CAROL,
          "billing",
          List.of(
              Interaction.of("i6", CAROL, HOTLINE, at(Duration.ofDays(20)), Outcome.RESOLVED)));

  /**
   * Six responses: four match (alice's two, bob's chat and bob's journey response listed by
   * subject), two do not (carol rated the hotline, which her "move" journey never used; bob rated
   * the chat ten days later, outside the 7-day window).
   */
  public static final List<Response> RESPONSES =
      List.of(
          csat(ALICE, Subject.of(WEB_FORM), Duration.ofHours(2), 5),
          csat(ALICE, Subject.of(HOTLINE), Duration.ofHours(2), 4),
          csat(BOB, Subject.of(CHAT), Duration.ofMinutes(30), 3),
          csat(BOB, Subject.journey("j2"), Duration.ofHours(1), 4),
          csat(CAROL, Subject.of(HOTLINE), Duration.ofDays(1), 3),
          csat(BOB, Subject.of(CHAT), Duration.ofDays(10), 5));

  public static final List<Journey> JOURNEYS = List.of(J1, J2, J3);

  // ---- the generator with known ground truth -------------------------------------------------

  /** A generated data set; {@code greenRed} holds the ids of the journeys of the green-red segment. */
  public record Generated(List<Journey> journeys, List<Response> responses, Set<String> greenRed) {}

  /**
   * Generates {@code count} "move" journeys of distinct customers. Every fourth journey belongs
   * to the <em>green-red segment</em>: each touchpoint it used is rated 4 or 5 but the journey 1
   * or 2. The others rate touchpoints 1..5 uniformly and the journey the rounded mean of its
   * touchpoint ratings. Each journey reaches a random furthest stage of {@link #MOVE_MAP}, with
   * one interaction per stage (web form or chat in the first), random repeated information and
   * outcome; 10% of journeys have no journey rating, 10% of touchpoint ratings are missing.
   */
  public static Generated generate(long seed, int count) {
    Random random = new Random(seed);
    List<Journey> journeys = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    Set<String> greenRed = new HashSet<>();
    for (int k = 0; k < count; k++) {
      CustomerId customer = CustomerId.of(String.format(java.util.Locale.ROOT, "c%04d", k));
      String id = "g" + k;
      boolean segment = k % 4 == 0;
      if (segment) {
        greenRed.add(id);
      }
      Instant start = T0.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
      int furthest = random.nextInt(3);
      List<Interaction> interactions = new ArrayList<>();
      Instant t = start;
      int sum = 0;
      int rated = 0;
      for (int stage = 0; stage <= furthest; stage++) {
        Touchpoint tp =
            stage == 0 ? (random.nextBoolean() ? WEB_FORM : CHAT) : stage == 1 ? HOTLINE : STORE;
        Outcome outcome =
            stage == furthest
                ? Outcome.values()[random.nextInt(Outcome.values().length)]
                : Outcome.TRANSFERRED;
        interactions.add(
            Interaction.of(id + "-" + stage, customer, tp, t, outcome)
                .withRepeatedInformation(random.nextInt(3) == 0));
        if (random.nextInt(10) != 0) {
          int rating = segment ? 4 + random.nextInt(2) : 1 + random.nextInt(5);
          sum += rating;
          rated++;
          responses.add(
              Response.of(customer, Subject.of(tp), t.plus(Duration.ofHours(1)), Scale.CSAT, rating));
        }
        t = t.plus(Duration.ofMinutes(10 + random.nextInt(60 * 24)));
      }
      Journey journey = Journey.of(id, customer, "move", interactions);
      if (random.nextInt(10) != 0) {
        int rating =
            segment
                ? 1 + random.nextInt(2)
                : rated == 0 ? 1 + random.nextInt(5) : (int) Math.round((double) sum / rated);
        journey =
            journey.withResponse(
                Response.of(customer, Subject.journey(id), t, Scale.CSAT, rating));
      }
      journeys.add(journey);
    }
    return new Generated(journeys, responses, greenRed);
  }

  // ---- the naive reference -------------------------------------------------------------------

  /** The figures the reference computes, with plain loops and no library statistics. */
  public record Reference(
      int journeys,
      double journeyMean,
      int journeyRated,
      double touchpointMean,
      int touchpointRated,
      double gapMean,
      double gapStandardError,
      int paired,
      int greenRed,
      int journeyTop,
      int touchpointTop,
      double contactsMean,
      int repeatContactJourneys,
      double switchesMean,
      int switchJourneys,
      int infoRepeatJourneys,
      int firstContactResolved,
      int withinTotalTarget,
      long[] reached,
      long[] continued) {}

  /**
   * Recomputes the journey figures by scanning the whole response list for every journey, with
   * CSAT (1..5) ratings mapped to percent by hand: 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100.
   */
  public static Reference reference(
      List<Journey> journeys, List<Response> responses, JourneyMap map, Duration window) {
    double journeySum = 0;
    int journeyRated = 0;
    double tpSum = 0;
    int tpRated = 0;
    List<Double> gaps = new ArrayList<>();
    int greenRed = 0;
    int journeyTop = 0;
    int tpTop = 0;
    int contacts = 0;
    int repeat = 0;
    int switches = 0;
    int switchJourneys = 0;
    int info = 0;
    int fcr = 0;
    int within = 0;
    int stages = map.stages().size();
    long[] reached = new long[stages];
    long[] continued = new long[stages];
    Duration total = Duration.ZERO;
    for (JourneyMap.Stage s : map.stages()) {
      total = total.plus(s.targetDuration());
    }
    for (Journey j : journeys) {
      Response jr = j.response().orElse(null);
      for (Response r : responses) {
        if (jr == null
            && r.subject().equals(Subject.journey(j.id()))
            && r.customer().equals(j.customer())) {
          jr = r;
        }
      }
      List<Integer> tps = new ArrayList<>();
      for (Response r : responses) {
        if (!r.subject().isTouchpoint() || !r.customer().equals(j.customer())) {
          continue;
        }
        boolean used = false;
        for (Interaction i : j.interactions()) {
          used |= i.touchpoint().id().equals(r.subject().id());
        }
        Instant last = j.interactions().get(j.interactions().size() - 1).timestamp();
        if (used
            && !r.timestamp().isBefore(j.interactions().get(0).timestamp())
            && !r.timestamp().isAfter(last.plus(window))) {
          tps.add(r.value());
        }
      }
      double tpLocal = 0;
      boolean allTop = true;
      for (int v : tps) {
        double pct = (v - 1) * 25.0;
        tpSum += pct;
        tpLocal += pct;
        tpRated++;
        if (v >= 4) {
          tpTop++;
        } else {
          allTop = false;
        }
      }
      if (jr != null) {
        double pct = (jr.value() - 1) * 25.0;
        journeySum += pct;
        journeyRated++;
        if (jr.value() >= 4) {
          journeyTop++;
        }
        if (!tps.isEmpty()) {
          gaps.add(pct - tpLocal / tps.size());
          if (allTop && jr.value() <= 2) {
            greenRed++;
          }
        }
      }
      int n = j.interactions().size();
      contacts += n;
      if (n > 1) {
        repeat++;
      }
      int sw = 0;
      boolean anyInfo = false;
      for (int i = 0; i < n; i++) {
        anyInfo |= j.interactions().get(i).repeatedInformation();
        if (i > 0
            && !j.interactions().get(i).touchpoint().channel()
                .equals(j.interactions().get(i - 1).touchpoint().channel())) {
          sw++;
        }
      }
      switches += sw;
      if (sw > 0) {
        switchJourneys++;
      }
      if (anyInfo) {
        info++;
      }
      if (n == 1 && j.interactions().get(0).outcome() == Outcome.RESOLVED) {
        fcr++;
      }
      Duration elapsed =
          Duration.between(j.interactions().get(0).timestamp(), j.interactions().get(n - 1).timestamp());
      if (elapsed.compareTo(total) <= 0) {
        within++;
      }
      int furthest = -1;
      for (Interaction i : j.interactions()) {
        for (int s = 0; s < stages; s++) {
          if (map.stages().get(s).expectedTouchpointIds().contains(i.touchpoint().id())) {
            furthest = Math.max(furthest, s);
          }
        }
      }
      for (int s = 0; s <= furthest; s++) {
        reached[s]++;
        if (s < furthest || (s == stages - 1 && j.outcome() == Outcome.RESOLVED)) {
          continued[s]++;
        }
      }
    }
    double gapMean = 0;
    for (double g : gaps) {
      gapMean += g;
    }
    gapMean /= gaps.size();
    double ss = 0;
    for (double g : gaps) {
      ss += (g - gapMean) * (g - gapMean);
    }
    double gapSe = Math.sqrt(ss / (gaps.size() - 1) / gaps.size());
    int count = journeys.size();
    return new Reference(
        count,
        journeySum / journeyRated,
        journeyRated,
        tpSum / tpRated,
        tpRated,
        gapMean,
        gapSe,
        gaps.size(),
        greenRed,
        journeyTop,
        tpTop,
        (double) contacts / count,
        repeat,
        (double) switches / count,
        switchJourneys,
        info,
        fcr,
        within,
        reached,
        continued);
  }
}
