package dev.cem.metrics.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.Journey;
import dev.cem.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class JourneyAnalyticsProperties {

  @Property(tries = 40)
  void analyse_anyGeneratedData_matchesNaiveReference(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 8, max = 120) int count) {
    JourneyTesting.Generated data = JourneyTesting.generate(seed, count);
    JourneyReport report =
        JourneyAnalytics.forMap(JourneyTesting.MOVE_MAP).analyse(data.journeys(), data.responses());
    JourneyTesting.Reference ref =
        JourneyTesting.reference(
            data.journeys(), data.responses(), JourneyTesting.MOVE_MAP, Duration.ofDays(7));
    assertThat(report.satisfaction().gap().count()).as("seed %d", seed).isEqualTo(ref.paired());
    if (ref.paired() > 0) {
      assertThat(report.satisfaction().gap().mean()).as("seed %d", seed).isCloseTo(ref.gapMean(), within(1e-9));
    }
    assertThat(report.satisfaction().greenTouchpointsRedJourney().successes()).isEqualTo(ref.greenRed());
    assertThat(report.effort().contacts().mean()).isCloseTo(ref.contactsMean(), within(1e-9));
    assertThat(report.firstContactResolution().successes()).isEqualTo(ref.firstContactResolved());
  }

  @Property(tries = 30)
  void analyse_shuffledInput_sameFigures(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    JourneyTesting.Generated data = JourneyTesting.generate(seed, 60);
    List<Journey> journeys = new ArrayList<>(data.journeys());
    List<Response> responses = new ArrayList<>(data.responses());
    Collections.shuffle(journeys, new Random(seed));
    Collections.shuffle(responses, new Random(seed + 1));
    JourneyAnalytics analytics = JourneyAnalytics.forMap(JourneyTesting.MOVE_MAP);
    JourneyReport a = analytics.analyse(data.journeys(), data.responses());
    JourneyReport b = analytics.analyse(journeys, responses);
    // counts and compensated sums are exact whatever the order; the spread within rounding
    assertThat(b.stages()).extracting(StageResult::reached)
        .isEqualTo(a.stages().stream().map(StageResult::reached).toList());
    assertThat(b.satisfaction().gap().count()).isEqualTo(a.satisfaction().gap().count());
    assertThat(b.satisfaction().gap().mean()).isEqualTo(a.satisfaction().gap().mean());
    if (a.satisfaction().gap().count() > 1) {
      assertThat(b.satisfaction().gap().variance())
          .isCloseTo(a.satisfaction().gap().variance(), within(1e-9 * (1 + a.satisfaction().gap().variance())));
    }
    assertThat(b.satisfaction().greenRedJourneyIds())
        .containsExactlyInAnyOrderElementsOf(a.satisfaction().greenRedJourneyIds());
    assertThat(b.effort().channelSwitchRate()).isEqualTo(a.effort().channelSwitchRate());
    assertThat(b.unmatchedResponses()).isEqualTo(a.unmatchedResponses());
  }
}
