package dev.cem.metrics.journey;

import static dev.cem.metrics.journey.JourneyTesting.J1;
import static dev.cem.metrics.journey.JourneyTesting.J2;
import static dev.cem.metrics.journey.JourneyTesting.J3;
import static dev.cem.metrics.journey.JourneyTesting.J4;
import static dev.cem.metrics.journey.JourneyTesting.JOURNEYS;
import static dev.cem.metrics.journey.JourneyTesting.MOVE_MAP;
import static dev.cem.metrics.journey.JourneyTesting.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Journey;
import dev.cem.core.JourneyMap;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.Subject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyAnalyticsTest {
  private static final double EPS = 1e-9;

  private static JourneyReport handWorked() {
    List<Journey> journeys = new ArrayList<>(JOURNEYS);
    journeys.add(J4);
    return JourneyAnalytics.forMap(MOVE_MAP).analyse(journeys, RESPONSES);
  }

  // ---- satisfaction and the gap, worked by hand (see JourneyTesting) -------------------------

  @Test
  void analyse_handWorked_satisfactionMatchesArithmetic() {
    SatisfactionGap s = handWorked().satisfaction();
    // journeys rated: j1 2 -> 25%, j2 4 -> 75%
    assertThat(s.journeyScore().count()).isEqualTo(2);
    assertThat(s.journeyScore().mean()).isCloseTo((25 + 75) / 2.0, within(EPS));
    // touchpoints matched: j1 web 5 -> 100, hotline 4 -> 75; j2 chat 3 -> 50
    assertThat(s.touchpointScore().count()).isEqualTo(3);
    assertThat(s.touchpointScore().mean()).isCloseTo((100 + 75 + 50) / 3.0, within(EPS));
    // paired differences: j1 25 - 87.5 = -62.5, j2 75 - 50 = 25
    assertThat(s.gap().count()).isEqualTo(2);
    assertThat(s.gap().mean()).isCloseTo((-62.5 + 25) / 2, within(EPS));
    // deviations +-43.75, sample variance 2 * 43.75^2 / 1, se = sqrt(var / 2) = 43.75
    assertThat(s.gap().estimate().standardError()).isCloseTo(43.75, within(EPS));
    assertThat(s.gap().estimate().lower()).isLessThan(s.gap().mean());
    assertThat(s.gap().estimate().upper()).isGreaterThan(s.gap().mean());
    // top-2-box: journeys 4 of (2, 4) -> 1/2; touchpoints (5, 4, 3) -> 2/3
    assertThat(s.journeyTopBox().successes()).isEqualTo(1);
    assertThat(s.journeyTopBox().trials()).isEqualTo(2);
    assertThat(s.touchpointTopBox().successes()).isEqualTo(2);
    assertThat(s.touchpointTopBox().trials()).isEqualTo(3);
    // j1 is the green-red case; 1 of the 2 paired journeys
    assertThat(s.greenTouchpointsRedJourney().successes()).isEqualTo(1);
    assertThat(s.greenTouchpointsRedJourney().trials()).isEqualTo(2);
    assertThat(s.greenRedJourneyIds()).containsExactly("j1");
    // touchpoint top-box 66.7% < 70%: the default rule does not flag
    assertThat(s.flagged()).isFalse();
  }

  @Test
  void analyse_lowerTouchpointThreshold_flagsGap() {
    JourneyReport report =
        JourneyAnalytics.create().withGapRule(GapRule.of(60, 60)).analyse(JOURNEYS, RESPONSES);
    // touchpoints 66.7% >= 60 and journeys 50% < 60
    assertThat(report.satisfaction().flagged()).isTrue();
  }

  @Test
  void analyse_handWorked_countsMatchedAndUnmatchedResponses() {
    JourneyReport report = handWorked();
    assertThat(report.journeys()).isEqualTo(3);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.responses()).isEqualTo(6);
    // carol's hotline rating (never used in her move journey) and bob's late chat rating
    assertThat(report.unmatchedResponses()).isEqualTo(2);
  }

  @Test
  void analyse_widerWindow_matchesLateResponse() {
    JourneyReport report =
        JourneyAnalytics.create().withResponseWindow(Duration.ofDays(11)).analyse(JOURNEYS, RESPONSES);
    // bob's chat rating 5 ten days later now counts: touchpoints 100, 75, 50, 100
    assertThat(report.satisfaction().touchpointScore().mean())
        .isCloseTo((100 + 75 + 50 + 100) / 4.0, within(EPS));
    assertThat(report.unmatchedResponses()).isEqualTo(1);
  }

  @Test
  void analyse_sameResponseListedTwice_countsTwiceAndMatchedTwice() {
    Response chat = RESPONSES.get(2);
    JourneyReport report = JourneyAnalytics.create().analyse(List.of(J2), List.of(chat, chat));
    assertThat(report.responses()).isEqualTo(2);
    assertThat(report.unmatchedResponses()).isZero();
    assertThat(report.satisfaction().touchpointScore().count()).isEqualTo(2);
  }

  @Test
  void analyse_twoListedJourneyResponses_latestUsedOtherUnmatched() {
    Response early = Response.of(J2.customer(), Subject.journey("j2"), J2.start(), Scale.CSAT, 1);
    Response late = early.withComment("changed my mind");
    Response later = new Response(late.customer(), late.subject(), J2.start().plusSeconds(60), Scale.CSAT, 5, late.comment());
    JourneyReport report = JourneyAnalytics.create().analyse(List.of(J2), List.of(later, early));
    // 5 -> 100%
    assertThat(report.satisfaction().journeyScore().mean()).isEqualTo(100);
    assertThat(report.unmatchedResponses()).isEqualTo(1);
  }

  // ---- stages ---------------------------------------------------------------------------------

  @Test
  void analyse_handWorked_stagesMatchArithmetic() {
    List<StageResult> stages = handWorked().stages();
    assertThat(stages).extracting(StageResult::reached).containsExactly(3L, 2L, 1L);
    // j1 furthest "help", j2 "apply", j3 "visit" and unresolved
    assertThat(stages).extracting(st -> st.continued().successes()).containsExactly(2L, 1L, 0L);
    assertThat(stages).extracting(StageResult::dropOff).containsExactly(1L, 1L, 1L);
    assertThat(stages.get(0).dropOffPercent()).isCloseTo(100.0 / 3, within(EPS));
    // apply: web 100 and chat 50; help: hotline 75; visit: no ratings -> empty, not 0
    assertThat(stages.get(0).satisfaction().mean()).isCloseTo(75, within(EPS));
    assertThat(stages.get(1).satisfaction().mean()).isCloseTo(75, within(EPS));
    assertThat(stages.get(2).satisfaction().isEmpty()).isTrue();
    assertThat(stages.get(2).satisfaction().estimate().valueIfPresent()).isEmpty();
    // every stage's span is 0 (one interaction per stage): all within target
    assertThat(stages).extracting(st -> st.withinTarget().trials()).containsExactly(3L, 1L, 1L);
    assertThat(stages).extracting(st -> st.withinTarget().successes()).containsExactly(3L, 1L, 1L);
    assertThat(handWorked().offMap()).isZero();
  }

  // ---- effort and FCR -------------------------------------------------------------------------

  @Test
  void analyse_handWorked_effortMatchesArithmetic() {
    JourneyReport report = handWorked();
    EffortResult e = report.effort();
    // contacts 2, 1, 2
    assertThat(e.contacts().mean()).isCloseTo((2 + 1 + 2) / 3.0, within(EPS));
    assertThat(e.repeatContactRate().successes()).isEqualTo(2);
    // switches: web->phone, none, web->store
    assertThat(e.channelSwitches().mean()).isCloseTo((1 + 0 + 1) / 3.0, within(EPS));
    assertThat(e.channelSwitchRate().successes()).isEqualTo(2);
    assertThat(e.informationRepeats().mean()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(e.informationRepeatRate().successes()).isEqualTo(1);
    // elapsed 1 h, 0, 2 days; mean (3600 + 0 + 172800) / 3 s
    assertThat(e.elapsed().mean().mean()).isCloseTo((3600 + 0 + 172800) / 3.0, within(1e-6));
    // total target 1 h + 30 min + 1 day: j1 and j2 within, j3 not
    assertThat(e.withinTarget().successes()).isEqualTo(2);
    assertThat(e.withinTarget().trials()).isEqualTo(3);
    // only j2 was resolved at first contact
    assertThat(report.firstContactResolution().successes()).isEqualTo(1);
    assertThat(report.firstContactResolution().trials()).isEqualTo(3);
    assertThat(report.firstContactResolution().estimate().value()).isCloseTo(100.0 / 3, within(EPS));
  }

  @Test
  void analyse_withoutMap_hasNoStagesAndNoTarget() {
    JourneyReport report = JourneyAnalytics.create().analyse(JOURNEYS, RESPONSES);
    assertThat(report.stages()).isEmpty();
    assertThat(report.map()).isEmpty();
    assertThat(report.effort().withinTarget().isEmpty()).isTrue();
  }

  @Test
  void analyse_journeyOffMap_countedOffMap() {
    JourneyMap storeOnly =
        JourneyMap.of(
            "billing-map",
            "billing",
            List.of(JourneyMap.Stage.of("visit", List.of("store"), Duration.ofHours(1))));
    // j4 is a billing journey at the hotline only, which the map does not expect
    JourneyReport report = JourneyAnalytics.forMap(storeOnly).analyse(List.of(J4), List.of());
    assertThat(report.journeys()).isEqualTo(1);
    assertThat(report.offMap()).isEqualTo(1);
    assertThat(report.stages().get(0).reached()).isZero();
  }

  // ---- empty and bad input ------------------------------------------------------------------

  @Test
  void analyse_noJourneys_everyResultEmptyNotZero() {
    JourneyReport report = JourneyAnalytics.forMap(MOVE_MAP).analyse(List.of(), List.of());
    assertThat(report.journeys()).isZero();
    assertThat(report.satisfaction().gap().estimate().isEmpty()).isTrue();
    assertThat(report.satisfaction().journeyScore().estimate().value()).isNaN();
    assertThat(report.satisfaction().flagged()).isFalse();
    assertThat(report.effort().contacts().isEmpty()).isTrue();
    assertThat(report.firstContactResolution().estimate().isEmpty()).isTrue();
    assertThat(report.stages()).allSatisfy(s -> assertThat(s.continued().isEmpty()).isTrue());
    assertThat(report.stages().get(0).dropOffPercent()).isNaN();
  }

  @Test
  void analyse_journeysWithoutResponses_gapEmpty() {
    JourneyReport report = JourneyAnalytics.create().analyse(List.of(J3), List.of());
    assertThat(report.satisfaction().gap().isEmpty()).isTrue();
    assertThat(report.satisfaction().greenTouchpointsRedJourney().isEmpty()).isTrue();
    assertThat(report.effort().contacts().mean()).isEqualTo(2);
  }

  @Test
  void analyse_nullElement_rejected() {
    List<Journey> journeys = new ArrayList<>();
    journeys.add(null);
    assertThatThrownBy(() -> JourneyAnalytics.create().analyse(journeys, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("journeys element");
  }

  @Test
  void withResponseWindow_negative_rejected() {
    assertThatThrownBy(() -> JourneyAnalytics.create().withResponseWindow(Duration.ofDays(-1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("response window");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, 100.5, Double.NaN})
  void gapRule_shareOutOfRange_rejected(double share) {
    assertThatThrownBy(() -> GapRule.of(share, 50))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("touchpointTopBoxMin");
  }

  @Test
  void analyse_mixedScales_comparedInPercentOfScale() {
    // j2's journey rated 9 on NPS (90%), its chat rated 3 on CSAT (50%): gap 90 - 50 = 40
    Response nps = Response.of(J2.customer(), Subject.journey("j2"), J2.start(), Scale.NPS, 9);
    Response chat = RESPONSES.get(2);
    JourneyReport report =
        JourneyAnalytics.create().analyse(List.of(J2.withResponse(nps)), List.of(chat));
    assertThat(report.satisfaction().gap().mean()).isCloseTo(90 - 50, within(EPS));
  }

  // ---- ground truth and the naive reference -------------------------------------------------

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261231L})
  void analyse_generated_matchesNaiveReference(long seed) {
    JourneyTesting.Generated data = JourneyTesting.generate(seed, 400);
    JourneyReport report = JourneyAnalytics.forMap(MOVE_MAP).analyse(data.journeys(), data.responses());
    JourneyTesting.Reference ref =
        JourneyTesting.reference(
            data.journeys(), data.responses(), MOVE_MAP, JourneyAnalytics.DEFAULT_RESPONSE_WINDOW);
    String seedInfo = "seed " + seed;
    SatisfactionGap s = report.satisfaction();
    assertThat(report.journeys()).as(seedInfo).isEqualTo(ref.journeys());
    assertThat(s.journeyScore().count()).as(seedInfo).isEqualTo(ref.journeyRated());
    assertThat(s.journeyScore().mean()).as(seedInfo).isCloseTo(ref.journeyMean(), within(EPS));
    assertThat(s.touchpointScore().count()).as(seedInfo).isEqualTo(ref.touchpointRated());
    assertThat(s.touchpointScore().mean()).as(seedInfo).isCloseTo(ref.touchpointMean(), within(EPS));
    assertThat(s.gap().count()).as(seedInfo).isEqualTo(ref.paired());
    assertThat(s.gap().mean()).as(seedInfo).isCloseTo(ref.gapMean(), within(EPS));
    assertThat(s.gap().estimate().standardError())
        .as(seedInfo)
        .isCloseTo(ref.gapStandardError(), within(EPS));
    assertThat(s.greenTouchpointsRedJourney().successes()).as(seedInfo).isEqualTo(ref.greenRed());
    assertThat(s.journeyTopBox().successes()).as(seedInfo).isEqualTo(ref.journeyTop());
    assertThat(s.touchpointTopBox().successes()).as(seedInfo).isEqualTo(ref.touchpointTop());
    EffortResult e = report.effort();
    assertThat(e.contacts().mean()).as(seedInfo).isCloseTo(ref.contactsMean(), within(EPS));
    assertThat(e.repeatContactRate().successes()).as(seedInfo).isEqualTo(ref.repeatContactJourneys());
    assertThat(e.channelSwitches().mean()).as(seedInfo).isCloseTo(ref.switchesMean(), within(EPS));
    assertThat(e.channelSwitchRate().successes()).as(seedInfo).isEqualTo(ref.switchJourneys());
    assertThat(e.informationRepeatRate().successes()).as(seedInfo).isEqualTo(ref.infoRepeatJourneys());
    assertThat(e.withinTarget().successes()).as(seedInfo).isEqualTo(ref.withinTotalTarget());
    assertThat(report.firstContactResolution().successes())
        .as(seedInfo)
        .isEqualTo(ref.firstContactResolved());
    assertThat(report.stages()).extracting(StageResult::reached).as(seedInfo)
        .containsExactly(boxed(ref.reached()));
    assertThat(report.stages()).extracting(st -> st.continued().successes()).as(seedInfo)
        .containsExactly(boxed(ref.continued()));
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 99L})
  void analyse_greenRedSegment_detectedAndFlagged(long seed) {
    JourneyTesting.Generated data = JourneyTesting.generate(seed, 400);
    List<Journey> segment =
        data.journeys().stream().filter(j -> data.greenRed().contains(j.id())).collect(Collectors.toList());
    List<Journey> others =
        data.journeys().stream().filter(j -> !data.greenRed().contains(j.id())).collect(Collectors.toList());
    SatisfactionGap inSegment = JourneyAnalytics.create().analyse(segment, data.responses()).satisfaction();
    // ground truth: every touchpoint 4-5 (75..100%), every journey 1-2 (0..25%)
    assertThat(inSegment.flagged()).as("seed %d", seed).isTrue();
    assertThat(inSegment.touchpointTopBox().estimate().value()).isEqualTo(100);
    assertThat(inSegment.journeyTopBox().estimate().value()).isEqualTo(0);
    assertThat(inSegment.greenTouchpointsRedJourney().estimate().value()).isEqualTo(100);
    // every paired difference lies in [0 - 100, 25 - 75] = [-100, -50]
    assertThat(inSegment.gap().mean()).isBetween(-100.0, -50.0);
    assertThat(inSegment.gap().estimate().upper()).isLessThan(-40);
    // outside the segment the journey rating is the rounded mean of its touchpoints: no gap flag
    SatisfactionGap outside = JourneyAnalytics.create().analyse(others, data.responses()).satisfaction();
    assertThat(outside.flagged()).isFalse();
    assertThat(Math.abs(outside.gap().mean())).isLessThan(10);
    // on the whole data set every green-red journey found is in the segment
    SatisfactionGap all = JourneyAnalytics.create().analyse(data.journeys(), data.responses()).satisfaction();
    assertThat(data.greenRed()).containsAll(all.greenRedJourneyIds());
    assertThat(all.greenRedJourneyIds()).hasSize((int) inSegment.greenTouchpointsRedJourney().successes());
  }

  @Test
  void analyseBy_segments_equalSeparateAnalyses() {
    JourneyTesting.Generated data = JourneyTesting.generate(5L, 200);
    java.util.SortedMap<String, JourneyReport> bySegment =
        JourneyAnalytics.forMap(MOVE_MAP)
            .analyseBy(
                data.journeys(),
                data.responses(),
                j -> data.greenRed().contains(j.id()) ? "green-red" : "other");
    assertThat(bySegment).containsOnlyKeys("green-red", "other");
    List<Journey> segment =
        data.journeys().stream().filter(j -> data.greenRed().contains(j.id())).collect(Collectors.toList());
    JourneyReport alone = JourneyAnalytics.forMap(MOVE_MAP).analyse(segment, data.responses());
    JourneyReport inMap = bySegment.get("green-red");
    assertThat(inMap.satisfaction()).isEqualTo(alone.satisfaction());
    assertThat(inMap.effort()).isEqualTo(alone.effort());
    assertThat(inMap.stages()).isEqualTo(alone.stages());
    assertThat(inMap.satisfaction().flagged()).isTrue();
    assertThat(bySegment.get("other").satisfaction().flagged()).isFalse();
    // every response belongs to some segment's journey
    assertThat(inMap.unmatchedResponses()).isZero();
    assertThat(inMap.journeys() + bySegment.get("other").journeys()).isEqualTo(200);
  }

  private static Long[] boxed(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
