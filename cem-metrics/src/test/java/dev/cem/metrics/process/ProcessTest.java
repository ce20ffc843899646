package dev.cem.metrics.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Channel;
import dev.cem.core.CustomerId;
import dev.cem.core.Department;
import dev.cem.core.Incident;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.Outcome;
import dev.cem.core.ServicePhase;
import dev.cem.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessTest {
  private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
  private static final CustomerId C = CustomerId.of("c1");

  private static Touchpoint tp(String id, Channel channel, ServicePhase phase) {
    return Touchpoint.of(id, id, channel, phase, Department.CUSTOMER_SERVICE);
  }

  private static final Touchpoint WEB = tp("web", Channel.WEB, ServicePhase.PREPARATION);
  private static final Touchpoint CHAT = tp("chat", Channel.CHAT, ServicePhase.PREPARATION);
  private static final Touchpoint HOTLINE = tp("hotline", Channel.PHONE, ServicePhase.TRANSACTION);
  private static final Touchpoint PORTAL =
      tp("portal", Channel.SELF_SERVICE_PORTAL, ServicePhase.TRANSACTION);
  private static final Touchpoint NOTICE = tp("notice", Channel.EMAIL, ServicePhase.DETECTION);
  private static final Touchpoint SURVEY = tp("survey", Channel.EMAIL, ServicePhase.MEASUREMENT);
  private static final Touchpoint KIOSK = tp("kiosk", Channel.of("kiosk"), ServicePhase.TRANSACTION);

  // ---- phase coverage -------------------------------------------------------------------------

  @Test
  void of_handWorked_coveredBlindSpotsAndScore() {
    PhaseCoverage coverage =
        PhaseCoverage.of(
            List.of(WEB, CHAT, HOTLINE, NOTICE, SURVEY),
            Map.of("hotline", List.of("fcr", "csat"), "survey", Set.of("nps"), "notice", List.of()));
    assertThat(coverage.covered()).containsExactly(ServicePhase.TRANSACTION, ServicePhase.MEASUREMENT);
    assertThat(coverage.blindSpots())
        .containsExactly(
            ServicePhase.DETECTION,
            ServicePhase.PREPARATION,
            ServicePhase.UNDERSTANDING,
            ServicePhase.IMPROVEMENT);
    assertThat(coverage.phase(ServicePhase.DETECTION).state()).isEqualTo(PhaseState.NOT_MEASURED);
    assertThat(coverage.phase(ServicePhase.PREPARATION).touchpointIds()).containsExactly("chat", "web");
    assertThat(coverage.phase(ServicePhase.IMPROVEMENT).state()).isEqualTo(PhaseState.NO_TOUCHPOINT);
    assertThat(coverage.phase(ServicePhase.TRANSACTION).metricIds()).containsExactly("csat", "fcr");
    // 2 of 6 phases
    assertThat(coverage.score()).isCloseTo(100.0 * 2 / 6, within(1e-12));
  }

  @Test
  void of_noTouchpoints_scoreZeroAllBlind() {
    PhaseCoverage coverage = PhaseCoverage.of(List.of(), Map.of());
    assertThat(coverage.score()).isZero();
    assertThat(coverage.blindSpots()).hasSize(6);
  }

  @Test
  void of_metricsOfUnknownTouchpoint_rejected() {
    assertThatThrownBy(() -> PhaseCoverage.of(List.of(WEB), Map.of("ghost", List.of("nps"))))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("metrics name touchpoint 'ghost', which is not in the touchpoints");
  }

  @Test
  void of_repeatedTouchpoint_rejected() {
    assertThatThrownBy(() -> PhaseCoverage.of(List.of(WEB, WEB), Map.of()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must not repeat");
  }

  // ---- proactive detection --------------------------------------------------------------------

  private static final List<Incident> INCIDENTS =
      List.of(
          // detected, never reported: proactive
          Incident.detected("a", T0).withAffectedCustomers(100),
          // a customer reported an hour before detection: reactive
          Incident.detected("b", T0).withFirstReportedByCustomerAt(T0.minusSeconds(3600)).withAffectedCustomers(50),
          // reported at the same instant: not proactive
          Incident.detected("c", T0).withFirstReportedByCustomerAt(T0),
          // detected an hour before the first report: proactive
          Incident.detected("d", T0).withFirstReportedByCustomerAt(T0.plusSeconds(3600)).withAffectedCustomers(10));

  @Test
  void proactiveDetection_handWorked_twoOfFour() {
    assertThat(ProactiveCare.proactiveDetection(INCIDENTS).successes()).isEqualTo(2);
    assertThat(ProactiveCare.proactiveDetection(INCIDENTS).estimate().value()).isEqualTo(100.0 * 2 / 4);
  }

  @Test
  void proactiveAffectedShare_handWorked_weightsByCustomers() {
    // (100 + 10) of (100 + 50 + 0 + 10)
    assertThat(ProactiveCare.proactiveAffectedShare(INCIDENTS).estimate().value())
        .isCloseTo(100.0 * 110 / 160, within(1e-12));
  }

  @Test
  void proactiveDetection_noIncidents_emptyNotZero() {
    assertThat(ProactiveCare.proactiveDetection(List.of()).estimate().isEmpty()).isTrue();
  }

  // ---- self-service ---------------------------------------------------------------------------

  private static Journey journey(String id, Outcome outcome, Touchpoint... touchpoints) {
    Interaction[] interactions = new Interaction[touchpoints.length];
    for (int i = 0; i < touchpoints.length; i++) {
      interactions[i] =
          Interaction.of(id + i, C, touchpoints[i], T0.plus(Duration.ofMinutes(i)), Outcome.TRANSFERRED);
    }
    return Journey.of(id, C, "help", List.of(interactions)).withOutcome(outcome);
  }

  @Test
  void selfService_handWorked_containmentAndDeflection() {
    List<Journey> journeys =
        List.of(
            journey("s1", Outcome.RESOLVED, WEB), // contained
            journey("s2", Outcome.RESOLVED, WEB, HOTLINE), // escalated to an agent
            journey("s3", Outcome.UNRESOLVED, PORTAL), // self-service, not resolved
            journey("s4", Outcome.RESOLVED, HOTLINE), // assisted from the start
            journey("s5", Outcome.RESOLVED, KIOSK)); // custom channel: neither
    SelfServiceResult result = ProactiveCare.selfService(journeys);
    // s1, s2, s3 started in self-service; only s1 contained
    assertThat(result.containment().successes()).isEqualTo(1);
    assertThat(result.containment().trials()).isEqualTo(3);
    assertThat(result.deflectedContacts()).isEqualTo(1);
    // 1 contained of 1 contained + 2 with an assisted contact (s2, s4)
    assertThat(result.deflectionRate().successes()).isEqualTo(1);
    assertThat(result.deflectionRate().trials()).isEqualTo(3);
  }

  @Test
  void selfService_noJourneys_emptyNotZero() {
    SelfServiceResult result = ProactiveCare.selfService(List.of());
    assertThat(result.containment().estimate().isEmpty()).isTrue();
    assertThat(result.deflectionRate().estimate().valueIfPresent()).isEmpty();
    assertThat(result.deflectedContacts()).isZero();
  }

  @Test
  void selfService_onlyAssisted_containmentEmpty() {
    SelfServiceResult result = ProactiveCare.selfService(List.of(journey("x", Outcome.RESOLVED, CHAT)));
    assertThat(result.containment().isEmpty()).isTrue();
    assertThat(result.deflectionRate().estimate().value()).isZero();
  }
}
