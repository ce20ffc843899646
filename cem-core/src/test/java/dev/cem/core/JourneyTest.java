package dev.cem.core;

import static dev.cem.core.CoreTesting.ALICE;
import static dev.cem.core.CoreTesting.BOB;
import static dev.cem.core.CoreTesting.CHAT;
import static dev.cem.core.CoreTesting.HOTLINE;
import static dev.cem.core.CoreTesting.ORDER_PAGE;
import static dev.cem.core.CoreTesting.at;
import static dev.cem.core.CoreTesting.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyTest {

  // Web at 0, chat at 10 (transferred), phone at 30 and 90 (repeating information both times).
  private static final List<Interaction> BROKEN_DELIVERY =
      List.of(
          interaction("i1", ALICE, ORDER_PAGE, 0, Outcome.UNRESOLVED),
          interaction("i2", ALICE, CHAT, 10, Outcome.TRANSFERRED),
          interaction("i3", ALICE, HOTLINE, 30, Outcome.UNRESOLVED).withRepeatedInformation(true),
          interaction("i4", ALICE, HOTLINE, 90, Outcome.RESOLVED).withRepeatedInformation(true));

  private static final Journey JOURNEY =
      Journey.of("alice:delivery:1", ALICE, "delivery", BROKEN_DELIVERY);

  @Test
  void derivedFacts_brokenDeliveryJourney_handWorked() {
    assertThat(JOURNEY.channelsUsed()).containsExactly(Channel.WEB, Channel.CHAT, Channel.PHONE);
    // web->chat, chat->phone; phone->phone is no switch
    assertThat(JOURNEY.channelSwitches()).isEqualTo(2);
    assertThat(JOURNEY.contactCount()).isEqualTo(4);
    assertThat(JOURNEY.repeatContacts()).isEqualTo(3);
    assertThat(JOURNEY.elapsed()).isEqualTo(Duration.ofMinutes(90));
    assertThat(JOURNEY.informationRepeats()).isEqualTo(2);
    assertThat(JOURNEY.phasesTouched())
        .containsExactly(ServicePhase.PREPARATION, ServicePhase.TRANSACTION);
    assertThat(JOURNEY.resolvedAtFirstContact()).isFalse();
    assertThat(JOURNEY.outcome()).isEqualTo(Outcome.RESOLVED);
    assertThat(JOURNEY.start()).isEqualTo(at(0));
    assertThat(JOURNEY.end()).isEqualTo(at(90));
    assertThat(JOURNEY.first().id()).isEqualTo("i1");
    assertThat(JOURNEY.last().id()).isEqualTo("i4");
  }

  @Test
  void resolvedAtFirstContact_singleResolvedContact_isTrue() {
    Journey quick =
        Journey.of("j", ALICE, "delivery",
            List.of(interaction("i1", ALICE, HOTLINE, 0, Outcome.RESOLVED)));
    assertThat(quick.resolvedAtFirstContact()).isTrue();
    assertThat(quick.channelSwitches()).isZero();
    assertThat(quick.repeatContacts()).isZero();
    assertThat(quick.elapsed()).isEqualTo(Duration.ZERO);
  }

  @Test
  void resolvedAtFirstContact_singleUnresolvedOrResolvedThenRepeated_isFalse() {
    Journey abandoned =
        Journey.of("j", ALICE, "delivery",
            List.of(interaction("i1", ALICE, HOTLINE, 0, Outcome.ABANDONED)));
    assertThat(abandoned.resolvedAtFirstContact()).isFalse();
    Journey cameBack =
        Journey.of("j", ALICE, "delivery",
            List.of(
                interaction("i1", ALICE, HOTLINE, 0, Outcome.RESOLVED),
                interaction("i2", ALICE, HOTLINE, 60, Outcome.RESOLVED)));
    assertThat(cameBack.resolvedAtFirstContact()).isFalse();
  }

  @Test
  void withResponse_journeyResponseOfSameCustomer_kept() {
    Response nps = Response.of(ALICE, Subject.journey(JOURNEY.id()), at(200), Scale.NPS, 3);
    assertThat(JOURNEY.withResponse(nps).response()).contains(nps);
    assertThat(JOURNEY.withOutcome(Outcome.ABANDONED).outcome()).isEqualTo(Outcome.ABANDONED);
  }

  @Test
  void withResponse_touchpointSubject_throws() {
    Response touchpointScore = Response.of(ALICE, Subject.touchpoint("hotline"), at(200),
        Scale.CSAT, 4);
    assertThatThrownBy(() -> JOURNEY.withResponse(touchpointScore))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "journey 'alice:delivery:1' response subject (touchpoint:hotline) must be a journey");
  }

  @Test
  void withResponse_otherCustomer_throws() {
    Response bobs = Response.of(BOB, Subject.journey("alice:delivery:1"), at(200), Scale.NPS, 3);
    assertThatThrownBy(() -> JOURNEY.withResponse(bobs))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "journey 'alice:delivery:1' response customer (bob) must be the journey's customer"
                + " (alice)");
  }

  @Test
  void of_noInteractions_throws() {
    assertThatThrownBy(() -> Journey.of("j", ALICE, "delivery", List.of()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("journey 'j' must have at least one interaction");
  }

  // interactions, expected message: one broken rule per row
  static Stream<Arguments> invalidInteractions() {
    return Stream.of(
        // another customer's interaction
        Arguments.of(
            List.of(
                interaction("i1", ALICE, HOTLINE, 0, Outcome.UNRESOLVED),
                interaction("i2", BOB, HOTLINE, 5, Outcome.RESOLVED)),
            "journey 'j' interaction 'i2' customer (bob) must be the journey's customer (alice)"),
        // timestamps going backwards: minute 10, then minute 5
        Arguments.of(
            List.of(
                interaction("i1", ALICE, HOTLINE, 10, Outcome.UNRESOLVED),
                interaction("i2", ALICE, HOTLINE, 5, Outcome.RESOLVED)),
            "journey 'j' interaction 'i2' timestamp (2026-03-02T09:05:00Z) must not be before the"
                + " previous one (2026-03-02T09:10:00Z)"),
        // the same interaction twice
        Arguments.of(
            List.of(
                interaction("i1", ALICE, HOTLINE, 0, Outcome.UNRESOLVED),
                interaction("i1", ALICE, HOTLINE, 0, Outcome.UNRESOLVED)),
            "journey 'j' interaction id ('i1') must not repeat"));
  }

  @ParameterizedTest
  @MethodSource("invalidInteractions")
  void of_invalidInteractions_throwsNamingInteraction(List<Interaction> input, String message) {
    assertThatThrownBy(() -> Journey.of("j", ALICE, "delivery", input))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(message);
  }

  /** {@code size} interactions of Alice a minute apart, ids i0, i1 ...; the last repeats i{repeat}. */
  private static List<Interaction> withRepeatedId(int size, int repeat) {
    List<Interaction> list = new ArrayList<>();
    for (int i = 0; i < size - 1; i++) {
      list.add(interaction("i" + i, ALICE, HOTLINE, i, Outcome.UNRESOLVED));
    }
    list.add(interaction("i" + repeat, ALICE, CHAT, size, Outcome.RESOLVED));
    return list;
  }

  // Short journeys compare ids pairwise, long ones use a set: both find the repeat.
  @ParameterizedTest
  @ValueSource(ints = {2, 16, 17, 40})
  void of_repeatedIdShortOrLong_throwsNamingTheId(int size) {
    assertThatThrownBy(() -> Journey.of("j", ALICE, "delivery", withRepeatedId(size, 0)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("journey 'j' interaction id ('i0') must not repeat");
    List<Interaction> distinct = new ArrayList<>(withRepeatedId(size, 0));
    distinct.set(size - 1, interaction("last", ALICE, CHAT, size, Outcome.RESOLVED));
    assertThat(Journey.of("j", ALICE, "delivery", distinct).contactCount()).isEqualTo(size);
  }

  @Test
  void of_immutableListGiven_keptWithoutCopy() {
    List<Interaction> immutable = ImmutableList.copyOf(BROKEN_DELIVERY);
    assertThat(Journey.of("j", ALICE, "delivery", immutable).interactions()).isSameAs(immutable);
  }

  @Test
  void of_typeNotAnIdentifier_throws() {
    assertThatThrownBy(() -> Journey.of("j", ALICE, "move house", BROKEN_DELIVERY))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("journey type ('move house') must be");
  }

  @Test
  void interactions_areAnImmutableCopy() {
    assertThatThrownBy(() -> JOURNEY.interactions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void informationRepeats_countsOnlyInteractionsWithRepeatedInformation() {
    Interaction plain =
        interaction("r1", ALICE, HOTLINE, 0, Outcome.TRANSFERRED);
    Interaction repeated =
        interaction("r2", ALICE, HOTLINE, 5, Outcome.TRANSFERRED)
            .withRepeatedInformation(true);
    Interaction last =
        interaction("r3", ALICE, HOTLINE, 9, Outcome.RESOLVED)
            .withRepeatedInformation(true);
    assertThat(Journey.of("jr", ALICE, "t", List.of(plain)).informationRepeats())
        .isZero();
    assertThat(
            Journey.of("jr", ALICE, "t", List.of(plain, repeated, last))
                .informationRepeats())
        .isEqualTo(2);
  }
}
