package dev.cem.core;

import static dev.cem.core.CoreTesting.ALICE;
import static dev.cem.core.CoreTesting.HOTLINE;
import static dev.cem.core.CoreTesting.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionTest {

  private static final Interaction CALL = Interaction.of("i-1", ALICE, HOTLINE, T0,
      Outcome.TRANSFERRED);

  @Test
  void of_fillsDocumentedDefaults() {
    assertThat(CALL.handlingTime()).isEqualTo(Duration.ZERO);
    assertThat(CALL.initiator()).isEqualTo(Initiator.CUSTOMER);
    assertThat(CALL.repeatedInformation()).isFalse();
    assertThat(CALL.contactReason()).isEmpty();
    assertThat(CALL.journeyType()).isEmpty();
    assertThat(CALL.journeyTypeOrUnspecified()).isEqualTo("unspecified");
    assertThat(CALL.channel()).isEqualTo(Channel.PHONE);
    assertThat(CALL.phase()).isEqualTo(ServicePhase.TRANSACTION);
  }

  @Test
  void with_setsEachOptionalComponent() {
    Interaction full =
        CALL.withHandlingTime(Duration.ofMinutes(7))
            .withInitiator(Initiator.COMPANY)
            .withOutcome(Outcome.RESOLVED)
            .withRepeatedInformation(true)
            .withContactReason("Where is my parcel?")
            .withJourneyType("delivery")
            .withTimestamp(T0.plusSeconds(60));
    assertThat(full)
        .isEqualTo(
            new Interaction(
                "i-1", ALICE, HOTLINE, T0.plusSeconds(60), Duration.ofMinutes(7),
                Initiator.COMPANY, Outcome.RESOLVED, true, Optional.of("Where is my parcel?"),
                Optional.of("delivery")));
    assertThat(full.journeyTypeOrUnspecified()).isEqualTo("delivery");
  }

  @Test
  void withHandlingTime_negative_throwsNamingValue() {
    assertThatThrownBy(() -> CALL.withHandlingTime(Duration.ofSeconds(-5)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("handling time (PT-5S) must be >= PT0S");
  }

  @Test
  void withJourneyType_notAnIdentifier_throws() {
    assertThatThrownBy(() -> CALL.withJourneyType("move house"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("journey type ('move house') must be");
  }

  @Test
  void withContactReason_blankOrControl_throws() {
    assertThatThrownBy(() -> CALL.withContactReason("  "))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("contact reason ('  ') must be 1 to 200 characters");
    assertThatThrownBy(() -> CALL.withContactReason("late\r\nfake log line"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("without control characters");
  }

  @Test
  void of_invalidIdOrNull_throws() {
    assertThatThrownBy(() -> Interaction.of("", ALICE, HOTLINE, T0, Outcome.RESOLVED))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("interaction id ('') must be");
    assertThatThrownBy(() -> Interaction.of("i", ALICE, HOTLINE, null, Outcome.RESOLVED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timestamp");
    assertThatThrownBy(() -> Interaction.of("i", null, HOTLINE, T0, Outcome.RESOLVED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }
}
