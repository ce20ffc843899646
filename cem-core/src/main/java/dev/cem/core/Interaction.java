package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkLabel;
import static dev.cem.core.internal.Checks.checkNonNegative;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One contact between a customer and the company at a touchpoint: a call, a chat, a visit to the
 * order-status page, a proactive delay notice.
 *
 * <p>{@link #of} fills the usual defaults (customer-initiated, zero handling time, information
 * not repeated, no contact reason, no journey type); the {@code with...} methods change one
 * component at a time.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Two interactions are
 * equal when all their components are equal; the journey assembler, however, treats two
 * interactions with the same {@link #id} as duplicates.
 *
 * @param id the identifier, unique within a data set; not null
 * @param customer the customer; not null
 * @param touchpoint where the interaction happened; not null
 * @param timestamp when it started; not null
 * @param handlingTime how long it took to handle, zero or more; not null
 * @param initiator who started it; not null
 * @param outcome how it ended; not null
 * @param repeatedInformation true if the customer had to repeat information already given
 * @param contactReason why the customer got in touch (a label of at most 200 characters), or
 *     empty; not null
 * @param journeyType the journey type or goal (an identifier, e.g. {@code "move-house"}) that
 *     the journey assembler groups by, or empty for {@link Journey#UNSPECIFIED_TYPE}; not null
 */
public record Interaction(
    String id,
    CustomerId customer,
    Touchpoint touchpoint,
    Instant timestamp,
    Duration handlingTime,
    Initiator initiator,
    Outcome outcome,
    boolean repeatedInformation,
    Optional<String> contactReason,
    Optional<String> journeyType) {

  /** @throws CemArgumentException if the id, reason or journey type is invalid, or the handling
   *     time is negative */
  public Interaction {
    checkId(id, "interaction id");
    checkNotNull(customer, "customer");
    checkNotNull(touchpoint, "touchpoint");
    checkNotNull(timestamp, "timestamp");
    checkNonNegative(handlingTime, "handling time");
    checkNotNull(initiator, "initiator");
    checkNotNull(outcome, "outcome");
    checkNotNull(contactReason, "contactReason");
    contactReason.ifPresent(reason -> checkLabel(reason, "contact reason", 200));
    checkNotNull(journeyType, "journeyType");
    journeyType.ifPresent(type -> checkId(type, "journey type"));
  }

  /**
   * Returns a customer-initiated interaction with zero handling time, no repeated information, no
   * contact reason and no journey type.
   *
   * @param id the identifier; not null
   * @param customer the customer; not null
   * @param touchpoint the touchpoint; not null
   * @param timestamp when it started; not null
   * @param outcome how it ended; not null
   */
  public static Interaction of(
      String id, CustomerId customer, Touchpoint touchpoint, Instant timestamp, Outcome outcome) {
    return new Interaction(
        id,
        customer,
        touchpoint,
        timestamp,
        Duration.ZERO,
        Initiator.CUSTOMER,
        outcome,
        false,
        Optional.empty(),
        Optional.empty());
  }

  /** The channel of the touchpoint. */
  public Channel channel() {
    return touchpoint.channel();
  }

  /** The service phase of the touchpoint. */
  public ServicePhase phase() {
    return touchpoint.phase();
  }

  /** The journey type, or {@link Journey#UNSPECIFIED_TYPE} if there is none. */
  public String journeyTypeOrUnspecified() {
    return journeyType.orElse(Journey.UNSPECIFIED_TYPE);
  }

  /** Returns a copy with another timestamp. */
  public Interaction withTimestamp(Instant newTimestamp) {
    return new Interaction(
        id, customer, touchpoint, checkNotNull(newTimestamp, "newTimestamp"), handlingTime,
        initiator, outcome, repeatedInformation, contactReason, journeyType);
  }

  /** Returns a copy with another handling time, zero or more. */
  public Interaction withHandlingTime(Duration newHandlingTime) {
    return new Interaction(
        id, customer, touchpoint, timestamp, checkNotNull(newHandlingTime, "newHandlingTime"),
        initiator, outcome, repeatedInformation, contactReason, journeyType);
  }

  /** Returns a copy with another initiator. */
  public Interaction withInitiator(Initiator newInitiator) {
    return new Interaction(
        id, customer, touchpoint, timestamp, handlingTime,
        checkNotNull(newInitiator, "newInitiator"), outcome, repeatedInformation, contactReason,
        journeyType);
  }

  /** Returns a copy with another outcome. */
  public Interaction withOutcome(Outcome newOutcome) {
    return new Interaction(
        id, customer, touchpoint, timestamp, handlingTime, initiator,
        checkNotNull(newOutcome, "newOutcome"), repeatedInformation, contactReason, journeyType);
  }

  /** Returns a copy with the repeated-information flag set as given. */
  public Interaction withRepeatedInformation(boolean newRepeatedInformation) {
    return new Interaction(
        id, customer, touchpoint, timestamp, handlingTime, initiator, outcome,
        newRepeatedInformation, contactReason, journeyType);
  }

  /** Returns a copy with the given contact reason, a label of at most 200 characters. */
  public Interaction withContactReason(String newContactReason) {
    return new Interaction(
        id, customer, touchpoint, timestamp, handlingTime, initiator, outcome,
        repeatedInformation, Optional.of(checkNotNull(newContactReason, "newContactReason")),
        journeyType);
  }

  /** Returns a copy with the given journey type, an identifier. */
  public Interaction withJourneyType(String newJourneyType) {
    return new Interaction(
        id, customer, touchpoint, timestamp, handlingTime, initiator, outcome,
        repeatedInformation, contactReason,
        Optional.of(checkNotNull(newJourneyType, "newJourneyType")));
  }
}
