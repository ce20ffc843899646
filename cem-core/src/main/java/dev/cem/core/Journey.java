package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One customer's way to one goal across touchpoints and channels: the interactions in time order,
 * an optional journey-level survey response and the outcome.
 *
 * <p>The derived facts ({@link #channelSwitches()}, {@link #repeatContacts()}, {@link
 * #informationRepeats()} ...) are what usually explains a journey score that is lower than its
 * touchpoint scores. They are computed on each call in time linear in the number of interactions.
 * Every interaction counts as a contact, whoever initiated it.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param id the identifier; {@link JourneyAssembler} uses {@code customer:type:sequence}; not null
 * @param customer the customer; not null
 * @param type the journey type or goal, e.g. {@code "move-house"}; not null
 * @param interactions the interactions, at least one, all of this customer, in non-decreasing
 *     timestamp order, with distinct ids; not null
 * @param response the journey-level survey response (subject kind {@link Subject.Kind#JOURNEY}, of
 *     this customer), or empty; not null
 * @param outcome how the journey ended; not null
 */
public record Journey(
    String id,
    CustomerId customer,
    String type,
    List<Interaction> interactions,
    Optional<Response> response,
    Outcome outcome) {

  /** The journey type of interactions that carry none. */
  public static final String UNSPECIFIED_TYPE = "unspecified";

  /**
   * Validates and copies the interactions.
   *
   * @throws CemArgumentException if the journey has no interactions, an interaction belongs to
   *     another customer, timestamps go backwards, an interaction id repeats, or the response is
   *     not a journey response of this customer
   */
  public Journey {
    checkId(id, "journey id");
    checkNotNull(customer, "customer");
    checkId(type, "journey type");
    checkNotNull(interactions, "interactions");
    // Free when the list is already an ImmutableList, as JourneyAssembler passes it.
    interactions = ImmutableList.copyOf(interactions);
    checkArgument(!interactions.isEmpty(), "journey '%s' must have at least one interaction", id);
    checkInteractions(id, customer, interactions);
    checkNotNull(response, "response");
    if (response.isPresent()) {
      Response r = response.get();
      checkArgument(
          r.subject().isJourney(), "journey '%s' response subject (%s) must be a journey", id,
          r.subject());
      checkArgument(
          r.customer().equals(customer),
          "journey '%s' response customer (%s) must be the journey's customer (%s)",
          id,
          r.customer(),
          customer);
    }
    checkNotNull(outcome, "outcome");
  }

  /** Up to this many interactions, repeated ids are found by comparing pairs, without a set. */
  private static final int PAIRWISE_ID_CHECK_LIMIT = 16;

  /**
   * Customer, time order and distinct ids, reported at the first interaction that breaks one, in
   * that order. Runs once per assembled journey, so it allocates nothing on the usual short
   * journey: the message arguments are built only on failure.
   */
  private static void checkInteractions(
      String id, CustomerId customer, List<Interaction> interactions) {
    int size = interactions.size();
    Set<String> ids = size > PAIRWISE_ID_CHECK_LIMIT ? new HashSet<>() : null;
    Instant previous = Instant.MIN;
    for (int i = 0; i < size; i++) {
      Interaction interaction = interactions.get(i);
      if (!interaction.customer().equals(customer)) {
        throw new CemArgumentException(
            format(
                "journey '%s' interaction '%s' customer (%s) must be the journey's customer (%s)",
                id, interaction.id(), interaction.customer(), customer));
      }
      if (interaction.timestamp().isBefore(previous)) {
        throw new CemArgumentException(
            format(
                "journey '%s' interaction '%s' timestamp (%s) must not be before the previous"
                    + " one (%s)",
                id, interaction.id(), interaction.timestamp(), previous));
      }
      boolean repeated = ids != null ? !ids.add(interaction.id()) : idBefore(interactions, i);
      if (repeated) {
        throw new CemArgumentException(
            format("journey '%s' interaction id ('%s') must not repeat", id, interaction.id()));
      }
      previous = interaction.timestamp();
    }
  }

  /** True if an interaction before index {@code i} has the id of the one at {@code i}. */
  private static boolean idBefore(List<Interaction> interactions, int i) {
    String id = interactions.get(i).id();
    for (int k = 0; k < i; k++) {
      if (interactions.get(k).id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a journey without a response whose outcome is the last interaction's outcome.
   *
   * @param id the identifier; not null
   * @param customer the customer; not null
   * @param type the journey type; not null
   * @param interactions at least one, in time order; not null
   */
  public static Journey of(
      String id, CustomerId customer, String type, List<Interaction> interactions) {
    checkNotNull(interactions, "interactions");
    checkArgument(!interactions.isEmpty(), "journey '%s' must have at least one interaction", id);
    Outcome last = interactions.get(interactions.size() - 1).outcome();
    return new Journey(id, customer, type, interactions, Optional.empty(), last);
  }

  /** Returns a copy with the given journey-level response. */
  public Journey withResponse(Response newResponse) {
    return new Journey(
        id, customer, type, interactions, Optional.of(checkNotNull(newResponse, "newResponse")),
        outcome);
  }

  /** Returns a copy with another outcome. */
  public Journey withOutcome(Outcome newOutcome) {
    return new Journey(
        id, customer, type, interactions, response, checkNotNull(newOutcome, "newOutcome"));
  }

  /** The first interaction. */
  public Interaction first() {
    return interactions.get(0);
  }

  /** The last interaction. */
  public Interaction last() {
    return interactions.get(interactions.size() - 1);
  }

  /** The timestamp of the first interaction. */
  public Instant start() {
    return first().timestamp();
  }

  /** The timestamp of the last interaction. */
  public Instant end() {
    return last().timestamp();
  }

  /** Time from the first interaction's timestamp to the last's; zero for one interaction. */
  public Duration elapsed() {
    return Duration.between(start(), end());
  }

  /** The channels used, in order of first use. */
  public Set<Channel> channelsUsed() {
    ImmutableSet.Builder<Channel> channels = ImmutableSet.builder();
    interactions.forEach(interaction -> channels.add(interaction.channel()));
    return channels.build();
  }

  /** The number of consecutive pairs of interactions whose channels differ. */
  public int channelSwitches() {
    int switches = 0;
    for (int i = 1; i < interactions.size(); i++) {
      if (!interactions.get(i).channel().equals(interactions.get(i - 1).channel())) {
        switches++;
      }
    }
    return switches;
  }

  /** The number of interactions, at least one. */
  public int contactCount() {
    return interactions.size();
  }

  /** The contacts after the first: {@code contactCount() - 1}. */
  public int repeatContacts() {
    return interactions.size() - 1;
  }

  /** The number of interactions in which the customer had to repeat information. */
  public int informationRepeats() {
    int repeats = 0;
    for (Interaction interaction : interactions) {
      if (interaction.repeatedInformation()) {
        repeats++;
      }
    }
    return repeats;
  }

  /** The service phases the journey touched, in phase order. */
  public Set<ServicePhase> phasesTouched() {
    return Sets.immutableEnumSet(
        interactions.stream().map(Interaction::phase).collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * True if the journey is one contact whose outcome is {@link Outcome#RESOLVED}: the need was met
   * at first contact and the customer did not come back within the journey.
   */
  public boolean resolvedAtFirstContact() {
    return interactions.size() == 1 && first().outcome() == Outcome.RESOLVED;
  }
}
