package dev.cem.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.Subject;
import dev.cem.metrics.journey.JourneyAnalytics;
import dev.cem.metrics.journey.JourneyTesting;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverDatasetTest {
  private static final List<String> TOUCHPOINTS = List.of("web-form", "chat", "hotline", "store");

  @Test
  void fromJourneys_scaleOutcome_rowsOfRatedJourneys() {
    DriverDataset data =
        DriverDataset.fromJourneys(
            TOUCHPOINTS,
            Scale.CSAT,
            OutcomeKind.SCALE,
            JourneyTesting.JOURNEYS,
            JourneyTesting.RESPONSES,
            JourneyAnalytics.DEFAULT_RESPONSE_WINDOW);
    // j1 (journey 2: web 5, hotline 4) and j2 (journey 4 listed by subject: chat 3); j3 unrated
    assertThat(data.size()).isEqualTo(2);
    assertThat(data.outcome(0)).isEqualTo(2);
    assertThat(data.rating(0, 0)).isEqualTo(5);
    assertThat(data.rating(1, 0)).isNaN();
    assertThat(data.rating(2, 0)).isEqualTo(4);
    assertThat(data.outcome(1)).isEqualTo(4);
    assertThat(data.rating(1, 1)).isEqualTo(3);
    assertThat(data.rating(3, 1)).isNaN();
  }

  @Test
  void fromJourneys_binaryOutcome_everyJourneyResolvedOrNot() {
    DriverDataset data =
        DriverDataset.fromJourneys(
            TOUCHPOINTS,
            Scale.CSAT,
            OutcomeKind.BINARY,
            JourneyTesting.JOURNEYS,
            JourneyTesting.RESPONSES,
            JourneyAnalytics.DEFAULT_RESPONSE_WINDOW);
    // j1 and j2 resolved, j3 unresolved
    assertThat(data.size()).isEqualTo(3);
    assertThat(new double[] {data.outcome(0), data.outcome(1), data.outcome(2)})
        .containsExactly(1, 1, 0);
    assertThat(data.rating(0, 2)).isNaN();
  }

  @Test
  void fromJourneys_twoRatingsOfOneTouchpoint_averaged() {
    Response second =
        Response.of(
            JourneyTesting.ALICE,
            Subject.of(JourneyTesting.WEB_FORM),
            JourneyTesting.T0.plusSeconds(60),
            Scale.CSAT,
            2);
    DriverDataset data =
        DriverDataset.fromJourneys(
            TOUCHPOINTS,
            Scale.CSAT,
            OutcomeKind.BINARY,
            List.of(JourneyTesting.J1),
            List.of(JourneyTesting.RESPONSES.get(0), second),
            JourneyAnalytics.DEFAULT_RESPONSE_WINDOW);
    // (5 + 2) / 2
    assertThat(data.rating(0, 0)).isEqualTo(3.5);
  }

  @Test
  void fromJourneys_ratingOnAnotherScale_rejected() {
    Response nps =
        Response.of(
            JourneyTesting.ALICE, Subject.of(JourneyTesting.WEB_FORM), JourneyTesting.T0, Scale.NPS, 9);
    assertThatThrownBy(
            () ->
                DriverDataset.fromJourneys(
                    TOUCHPOINTS,
                    Scale.CSAT,
                    OutcomeKind.BINARY,
                    List.of(JourneyTesting.J1),
                    List.of(nps),
                    JourneyAnalytics.DEFAULT_RESPONSE_WINDOW))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("is on scale nps, expected csat");
  }
}
