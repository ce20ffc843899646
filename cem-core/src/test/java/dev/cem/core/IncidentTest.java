package dev.cem.core;

import static dev.cem.core.CoreTesting.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IncidentTest {
  private static final Incident OUTAGE = Incident.detected("inc-1", at(60));

  @Test
  void isProactivelyDetected_noCustomerReport_isTrue() {
    assertThat(OUTAGE.isProactivelyDetected()).isTrue();
  }

  @Test
  void isProactivelyDetected_reportAfterDetection_isTrue() {
    assertThat(OUTAGE.withFirstReportedByCustomerAt(at(65)).isProactivelyDetected()).isTrue();
  }

  @Test
  void isProactivelyDetected_reportBeforeOrAtDetection_isFalse() {
    assertThat(OUTAGE.withFirstReportedByCustomerAt(at(50)).isProactivelyDetected()).isFalse();
    assertThat(OUTAGE.withFirstReportedByCustomerAt(at(60)).isProactivelyDetected()).isFalse();
  }

  @Test
  void timeToResolve_open_isEmpty() {
    assertThat(OUTAGE.timeToResolve()).isEmpty();
    assertThat(OUTAGE.isResolved()).isFalse();
  }

  @Test
  void timeToResolve_proactive_fromDetection() {
    // detected at 60, reported at 90, resolved at 180: 120 minutes
    Incident incident = OUTAGE.withFirstReportedByCustomerAt(at(90)).withResolvedAt(at(180));
    assertThat(incident.openedAt()).isEqualTo(at(60));
    assertThat(incident.timeToResolve()).contains(Duration.ofMinutes(120));
  }

  @Test
  void timeToResolve_reportedFirst_fromCustomerReport() {
    // reported at 50, detected at 60, resolved at 120: 70 minutes
    Incident incident = OUTAGE.withFirstReportedByCustomerAt(at(50)).withResolvedAt(at(120));
    assertThat(incident.openedAt()).isEqualTo(at(50));
    assertThat(incident.timeToResolve()).contains(Duration.ofMinutes(70));
  }

  @Test
  void withResolvedAt_beforeDetection_throwsNamingBoth() {
    assertThatThrownBy(() -> OUTAGE.withResolvedAt(at(59)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "incident 'inc-1' resolvedAt (2026-03-02T09:59:00Z) must not be before detectedAt"
                + " (2026-03-02T10:00:00Z)");
  }

  @Test
  void withAffectedCustomers_negative_throws() {
    assertThat(OUTAGE.withAffectedCustomers(1200).affectedCustomers()).isEqualTo(1200);
    assertThatThrownBy(() -> OUTAGE.withAffectedCustomers(-1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("affected customers (-1) must be >= 0");
  }

  @Test
  void isResolved_onlyWithResolvedAt() {
    Incident open = Incident.detected("inc-9", CoreTesting.T0);
    assertThat(open.isResolved()).isFalse();
    assertThat(open.withResolvedAt(at(30)).isResolved()).isTrue();
  }
}
