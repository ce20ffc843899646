package dev.cem.metrics.journey;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkConfidence;
import static dev.cem.core.internal.Checks.checkNonNegative;

import com.google.common.collect.ImmutableSortedMap;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyMap;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionInterval;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.internal.JourneyResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Journey analytics over a set of {@link Journey}s and survey {@link Response}s: satisfaction of
 * the journey against its touchpoints, satisfaction and drop-off along the stages of an optional
 * {@link JourneyMap}, effort and first-contact resolution. Every rate and mean is computed by the
 * library's accumulators ({@link ProportionAccumulator}, {@link MomentsAccumulator}, {@link
 * DurationAccumulator}), so every figure carries its interval.
 *
 * <h3>How responses are matched to journeys</h3>
 *
 * <ul>
 *   <li><b>Journey rating:</b> the journey's own {@link Journey#response()}; if it has none, the
 *       response in the list whose subject is {@code journey:<journey id>} and whose customer is
 *       the journey's customer (the latest if there are several).
 *   <li><b>Touchpoint ratings:</b> every response in the list whose subject is a touchpoint, whose
 *       customer is the journey's customer, whose touchpoint is one the journey has an interaction
 *       at, and whose timestamp lies in {@code [journey start, journey end + response window]}
 *       (both ends included; the window is 7 days unless changed). A touchpoint rated twice counts
 *       twice. If two journeys of one customer overlap in time and share the touchpoint, the
 *       response counts for both.
 *   <li>Responses that match no analysed journey are counted in {@link
 *       JourneyReport#unmatchedResponses()}, not used.
 * </ul>
 *
 * <p>Scores are compared in percent of their scale; see {@link SatisfactionGap}.
 *
 * <h3>Journeys and the map</h3>
 *
 * Without a map every journey is analysed. With a map only journeys whose {@link Journey#type()}
 * is the map's journey type are analysed; the others are counted as skipped. Stage definitions
 * are in {@link StageResult}.
 *
 * <p>This class is immutable and thread-safe; one instance can analyse many data sets.
 */
public final class JourneyAnalytics {
  /** The response window used unless changed: 7 days after the journey's last contact. */
  public static final Duration DEFAULT_RESPONSE_WINDOW = Duration.ofDays(7);

  private final @Nullable JourneyMap map;
  private final GapRule rule;
  private final Duration window;
  private final double confidence;

  private JourneyAnalytics(
      @Nullable JourneyMap map, GapRule rule, Duration window, double confidence) {
    this.map = map;
    this.rule = rule;
    this.window = window;
    this.confidence = confidence;
  }

  /** Analytics of every journey, without a map, with the default rule, window and 95%. */
  public static JourneyAnalytics create() {
    return new JourneyAnalytics(
        null, GapRule.DEFAULT, DEFAULT_RESPONSE_WINDOW, Estimate.DEFAULT_CONFIDENCE);
  }

  /** Analytics of the journeys of the map's type, measured against its stages; not null. */
  public static JourneyAnalytics forMap(JourneyMap map) {
    return create().withMap(map);
  }

  /** A copy using the map; not null. */
  public JourneyAnalytics withMap(JourneyMap newMap) {
    return new JourneyAnalytics(checkNotNull(newMap, "newMap"), rule, window, confidence);
  }

  /** A copy with another rule for flagging the gap; not null. */
  public JourneyAnalytics withGapRule(GapRule newRule) {
    return new JourneyAnalytics(map, checkNotNull(newRule, "newRule"), window, confidence);
  }

  /**
   * A copy with another response window after a journey's last contact.
   *
   * @throws dev.cem.core.CemArgumentException if the window is negative
   */
  public JourneyAnalytics withResponseWindow(Duration newWindow) {
    checkNonNegative(checkNotNull(newWindow, "newWindow"), "response window");
    return new JourneyAnalytics(map, rule, newWindow, confidence);
  }

  /**
   * A copy with another confidence level for every interval.
   *
   * @throws dev.cem.core.CemArgumentException if not strictly between 0 and 1
   */
  public JourneyAnalytics withConfidence(double newConfidence) {
    return new JourneyAnalytics(map, rule, window, checkConfidence(newConfidence));
  }

  /** The journey map, if any. */
  public Optional<JourneyMap> map() {
    return Optional.ofNullable(map);
  }

  /** The gap rule. */
  public GapRule gapRule() {
    return rule;
  }

  /** The response window. */
  public Duration responseWindow() {
    return window;
  }

  /** The confidence level. */
  public double confidence() {
    return confidence;
  }

  /**
   * Analyses the journeys. Empty input gives a report whose results are all empty, never 0.
   *
   * @param journeys the journeys, read once; not null, no null elements
   * @param responses journey and touchpoint responses, read once before the journeys; not null,
   *     no null elements; may be empty
   */
  public JourneyReport analyse(Iterable<Journey> journeys, Iterable<Response> responses) {
    checkNotNull(journeys, "journeys");
    JourneyResponses index = JourneyResponses.index(responses, window);
    Run run = new Run();
    for (Journey journey : journeys) {
      checkNotNull(journey, "journeys element");
      if (map != null && !map.journeyType().equals(journey.type())) {
        run.skipped++;
        continue;
      }
      run.add(journey, index);
    }
    return run.report(index);
  }

  /**
   * Analyses the journeys per segment, e.g. per customer tier or per region: one report per
   * segment key, in key order, as if {@link #analyse} had been called on each segment's journeys.
   * Responses are indexed once; in every segment's report {@link JourneyReport#responses()} is the
   * number of responses given and {@link JourneyReport#unmatchedResponses()} the number matched to
   * no analysed journey of any segment. Journeys skipped for the map's type count in no segment.
   *
   * @param journeys the journeys, read once; not null, no null elements
   * @param responses journey and touchpoint responses; not null, no null elements
   * @param segment a journey's segment key; must not return null; not null
   */
  public SortedMap<String, JourneyReport> analyseBy(
      Iterable<Journey> journeys,
      Iterable<Response> responses,
      Function<? super Journey, String> segment) {
    checkNotNull(journeys, "journeys");
    checkNotNull(segment, "segment");
    JourneyResponses index = JourneyResponses.index(responses, window);
    TreeMap<String, Run> runs = new TreeMap<>();
    for (Journey journey : journeys) {
      checkNotNull(journey, "journeys element");
      if (map != null && !map.journeyType().equals(journey.type())) {
        continue;
      }
      String key = checkNotNull(segment.apply(journey), "segment of journey %s", journey.id());
      runs.computeIfAbsent(key, k -> new Run()).add(journey, index);
    }
    TreeMap<String, JourneyReport> reports = new TreeMap<>();
    runs.forEach((key, run) -> reports.put(key, run.report(index)));
    return ImmutableSortedMap.copyOfSorted(reports);
  }

  /** The accumulators of one analysis. Not thread safe. */
  private final class Run {
    long journeys;
    long skipped;
    long offMap;
    final MomentsAccumulator journeyScore = MomentsAccumulator.create();
    final MomentsAccumulator touchpointScore = MomentsAccumulator.create();
    final MomentsAccumulator gap = MomentsAccumulator.create();
    final ProportionAccumulator journeyTopBox = ProportionAccumulator.binary();
    final ProportionAccumulator touchpointTopBox = ProportionAccumulator.binary();
    final ProportionAccumulator greenRed = ProportionAccumulator.binary();
    final List<String> greenRedIds = new ArrayList<>();
    final MomentsAccumulator contacts = MomentsAccumulator.create();
    final ProportionAccumulator repeatContact = ProportionAccumulator.binary();
    final MomentsAccumulator switches = MomentsAccumulator.create();
    final ProportionAccumulator switchRate = ProportionAccumulator.binary();
    final MomentsAccumulator infoRepeats = MomentsAccumulator.create();
    final ProportionAccumulator infoRepeatRate = ProportionAccumulator.binary();
    final DurationAccumulator elapsed = DurationAccumulator.create();
    final ProportionAccumulator fcr = ProportionAccumulator.binary();
    final int stageCount = map == null ? 0 : map.stages().size();
    final long[] reached = new long[stageCount];
    final long[] continued = new long[stageCount];
    final MomentsAccumulator[] stageScore = new MomentsAccumulator[stageCount];
    final ProportionAccumulator[] stageWithin = new ProportionAccumulator[stageCount];

    Run() {
      for (int i = 0; i < stageCount; i++) {
        stageScore[i] = MomentsAccumulator.create();
        stageWithin[i] = ProportionAccumulator.binary();
      }
    }

    void add(Journey journey, JourneyResponses index) {
      journeys++;
      addSatisfaction(journey, index);
      contacts.add(journey.contactCount());
      repeatContact.add(journey.contactCount() > 1);
      switches.add(journey.channelSwitches());
      switchRate.add(journey.channelSwitches() > 0);
      infoRepeats.add(journey.informationRepeats());
      infoRepeatRate.add(journey.informationRepeats() > 0);
      fcr.add(journey.resolvedAtFirstContact());
      if (map == null) {
        elapsed.add(journey.elapsed());
      } else {
        elapsed.add(journey.elapsed(), map.totalTargetDuration());
        addStages(journey);
      }
    }

    private void addSatisfaction(Journey journey, JourneyResponses index) {
      Optional<Response> journeyResponse = index.journeyResponse(journey);
      List<Response> touchpoints = index.touchpointResponses(journey);
      double tpSum = 0;
      boolean allTop = true;
      for (Response r : touchpoints) {
        double score = JourneyResponses.percentOfScale(r);
        tpSum += score;
        boolean top = JourneyResponses.isTopBox(r.scale(), r.value());
        allTop &= top;
        touchpointScore.add(score);
        touchpointTopBox.add(top);
        if (map != null) {
          int stage = map.stageIndexOf(r.subject().id());
          if (stage >= 0) {
            stageScore[stage].add(score);
          }
        }
      }
      if (journeyResponse.isEmpty()) {
        return;
      }
      Response jr = journeyResponse.get();
      double score = JourneyResponses.percentOfScale(jr);
      journeyScore.add(score);
      journeyTopBox.add(JourneyResponses.isTopBox(jr.scale(), jr.value()));
      if (!touchpoints.isEmpty()) {
        gap.add(score - tpSum / touchpoints.size());
        boolean greenRedCase = allTop && JourneyResponses.isBottomBox(jr.scale(), jr.value());
        greenRed.add(greenRedCase);
        if (greenRedCase) {
          greenRedIds.add(journey.id());
        }
      }
    }

    private void addStages(Journey journey) {
      Instant[] first = new Instant[stageCount];
      Instant[] last = new Instant[stageCount];
      int furthest = -1;
      for (Interaction interaction : journey.interactions()) {
        int stage = map.stageIndexOf(interaction.touchpoint().id());
        if (stage < 0) {
          continue;
        }
        furthest = Math.max(furthest, stage);
        if (first[stage] == null) {
          first[stage] = interaction.timestamp();
        }
        last[stage] = interaction.timestamp();
      }
      if (furthest < 0) {
        offMap++;
        return;
      }
      for (int i = 0; i <= furthest; i++) {
        reached[i]++;
        if (i < furthest || (i == stageCount - 1 && journey.outcome() == Outcome.RESOLVED)) {
          continued[i]++;
        }
        if (first[i] != null) {
          Duration spent = Duration.between(first[i], last[i]);
          stageWithin[i].add(spent.compareTo(map.stages().get(i).targetDuration()) <= 0);
        }
      }
    }

    JourneyReport report(JourneyResponses index) {
      SatisfactionGap satisfaction =
          new SatisfactionGap(
              journeyScore.snapshot(confidence),
              touchpointScore.snapshot(confidence),
              gap.snapshot(confidence),
              proportion(journeyTopBox),
              proportion(touchpointTopBox),
              proportion(greenRed),
              greenRedIds,
              rule,
              rule.flags(
                  proportion(touchpointTopBox).estimate().value(),
                  proportion(journeyTopBox).estimate().value()));
      List<StageResult> stages = new ArrayList<>(stageCount);
      for (int i = 0; i < stageCount; i++) {
        ProportionAccumulator cont = ProportionAccumulator.binary();
        cont.addCounts(continued[i], reached[i]);
        stages.add(
            new StageResult(
                map.stages().get(i),
                i,
                reached[i],
                proportion(cont),
                stageScore[i].snapshot(confidence),
                proportion(stageWithin[i])));
      }
      EffortResult effort =
          new EffortResult(
              contacts.snapshot(confidence),
              proportion(repeatContact),
              switches.snapshot(confidence),
              proportion(switchRate),
              infoRepeats.snapshot(confidence),
              proportion(infoRepeatRate),
              elapsed.snapshot(confidence, ProportionInterval.WILSON));
      return new JourneyReport(
          journeys,
          skipped,
          satisfaction,
          stages,
          offMap,
          effort,
          proportion(fcr),
          index.total(),
          index.total() - index.matched(),
          Optional.ofNullable(map));
    }

    private ProportionResult proportion(ProportionAccumulator acc) {
      return acc.snapshot(ProportionInterval.WILSON, confidence);
    }
  }
}
