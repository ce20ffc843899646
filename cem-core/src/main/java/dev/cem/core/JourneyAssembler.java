package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkPositive;
import static dev.cem.core.internal.Checks.checkState;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Streams;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Journey}s from {@link Interaction}s.
 *
 * <h3>Rules</h3>
 *
 * <ol>
 *   <li>Interactions are grouped by customer and by {@linkplain
 *       Interaction#journeyTypeOrUnspecified() journey type}; a customer may have journeys of
 *       several types open at once.
 *   <li>Within a group, a journey ends when the next interaction comes more than the {@linkplain
 *       #inactivityGap() inactivity gap} after the journey's last interaction (a gap of exactly
 *       the limit does not split), and, if {@linkplain #splitOnResolution() split on resolution}
 *       is on (the default), right after an interaction whose outcome is {@link Outcome#RESOLVED}.
 *   <li>A journey's outcome is its last interaction's outcome.
 *   <li>Journey ids are deterministic: {@code customer:type:n}, where n counts the journeys of that
 *       customer and type from 1 in time order. If that would exceed 200 characters, the id is
 *       {@code j:<sha-256 prefix of customer and type>:n}.
 * </ol>
 *
 * <h3>Two modes</h3>
 *
 * <ul>
 *   <li>{@link #assemble(Collection)}, in memory, over input in any order: sorts by customer,
 *       timestamp and id ({@link #ASSEMBLY_ORDER}), drops interactions whose id was already seen
 *       and counts them. O(n log n) time, O(n) memory.
 *   <li>{@link #open(Consumer)} (push), {@link #assembleSorted(Iterator, Consumer)} and the lazy
 *       {@link #stream(Iterator, Consumer)} (pull), streaming over input sorted by customer, then
 *       timestamp: journeys are handed on as soon as they close. O(n) time; memory holds only the
 *       current customer's open journeys and the ids seen for that customer (plus, for speed,
 *       emptied per-type buffers of bounded size), so duplicates are detected within a customer
 *       only.
 *       Input out of order (a customer id lower than the previous one, or a timestamp earlier than
 *       the previous one of the same customer) fails or is dropped and counted, as the {@link
 *       OutOfOrderPolicy} says. Interactions with equal timestamps are taken in arrival order.
 * </ul>
 *
 * <p>On the same input sorted by {@link #ASSEMBLY_ORDER} both modes give the same journeys in the
 * same order.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. A {@link Session} is not
 * thread safe.
 */
public final class JourneyAssembler {

  /** What streaming mode does with an interaction that breaks the sort order. */
  public enum OutOfOrderPolicy {
    /** Throw a {@link CemArgumentException} naming the interaction and the order broken. */
    FAIL,
    /** Drop the interaction and count it in {@link AssemblyReport#outOfOrderDropped()}. */
    DROP_AND_COUNT
  }

  /** The in-memory order: customer, then timestamp, then interaction id. */
  public static final Comparator<Interaction> ASSEMBLY_ORDER =
      Comparator.comparing(Interaction::customer)
          .thenComparing(Interaction::timestamp)
          .thenComparing(Interaction::id);

  private static final int MAX_ID_LENGTH = 200;

  private final Duration inactivityGap;
  private final boolean splitOnResolution;
  private final OutOfOrderPolicy outOfOrderPolicy;

  private JourneyAssembler(
      Duration inactivityGap, boolean splitOnResolution, OutOfOrderPolicy outOfOrderPolicy) {
    this.inactivityGap = checkPositive(inactivityGap, "inactivity gap");
    this.splitOnResolution = splitOnResolution;
    this.outOfOrderPolicy = checkNotNull(outOfOrderPolicy, "outOfOrderPolicy");
  }

  /**
   * Returns an assembler with the given inactivity gap that splits on resolution and fails on
   * out-of-order streaming input.
   *
   * @param inactivityGap the longest pause within a journey, greater than zero; not null
   * @throws CemArgumentException if the gap is not positive
   */
  public static JourneyAssembler of(Duration inactivityGap) {
    return new JourneyAssembler(
        checkNotNull(inactivityGap, "inactivityGap"), true, OutOfOrderPolicy.FAIL);
  }

  /** Returns a copy with another inactivity gap, greater than zero. */
  public JourneyAssembler withInactivityGap(Duration newGap) {
    return new JourneyAssembler(
        checkNotNull(newGap, "newGap"), splitOnResolution, outOfOrderPolicy);
  }

  /** Returns a copy that does or does not end a journey after a resolved interaction. */
  public JourneyAssembler withSplitOnResolution(boolean split) {
    return new JourneyAssembler(inactivityGap, split, outOfOrderPolicy);
  }

  /** Returns a copy with another policy for out-of-order streaming input. */
  public JourneyAssembler withOutOfOrderPolicy(OutOfOrderPolicy policy) {
    return new JourneyAssembler(inactivityGap, splitOnResolution, checkNotNull(policy, "policy"));
  }

  /** The longest pause between consecutive interactions of one journey. */
  public Duration inactivityGap() {
    return inactivityGap;
  }

  /** True if a resolved interaction ends its journey. */
  public boolean splitOnResolution() {
    return splitOnResolution;
  }

  /** What streaming mode does with out-of-order input. */
  public OutOfOrderPolicy outOfOrderPolicy() {
    return outOfOrderPolicy;
  }

  /**
   * Assembles journeys in memory from interactions in any order. Of several interactions with the
   * same id, the first in {@link #ASSEMBLY_ORDER} is kept (for a full tie, the first in input
   * order) and the others are counted as duplicates. O(n log n) time, O(n) memory.
   *
   * @param interactions the input, no null elements; not null
   * @return the journeys ordered by customer and, within a customer, in the order they closed
   *     (after a resolved interaction, after a gap, or at the customer's end in order of first
   *     interaction); and the report
   */
  public AssemblyResult assemble(Collection<? extends Interaction> interactions) {
    checkNotNull(interactions, "interactions");
    List<Interaction> sorted = new ArrayList<>(interactions.size());
    for (Interaction interaction : interactions) {
      sorted.add(checkNotNull(interaction, "interaction"));
    }
    sorted.sort(ASSEMBLY_ORDER);
    List<Journey> journeys = new ArrayList<>();
    Session session = open(journeys::add);
    Map<String, Interaction> kept = new HashMap<>();
    long duplicates = 0;
    long conflicts = 0;
    for (Interaction interaction : sorted) {
      Interaction earlier = kept.putIfAbsent(interaction.id(), interaction);
      if (earlier == null) {
        session.add(interaction);
      } else {
        duplicates++;
        if (!earlier.equals(interaction)) {
          conflicts++;
        }
      }
    }
    AssemblyReport streamed = session.finish();
    AssemblyReport report =
        new AssemblyReport(sorted.size(), duplicates, conflicts, 0, streamed.journeysEmitted());
    return new AssemblyResult(journeys, report);
  }

  /**
   * Opens a streaming session that hands each journey to {@code sink} as soon as it closes. Feed
   * it interactions sorted by customer, then timestamp, and call {@link Session#finish()} at the
   * end to flush the last customer's journeys.
   *
   * @param sink receives the journeys; not null
   */
  public Session open(Consumer<? super Journey> sink) {
    return new Session(this, checkNotNull(sink, "sink"));
  }

  /**
   * Streams journeys from interactions sorted by customer, then timestamp. O(n) time; memory
   * bounded by one customer's interactions.
   *
   * @param sorted the input; not null
   * @param sink receives the journeys; not null
   * @return the report
   * @throws CemArgumentException on out-of-order input under {@link OutOfOrderPolicy#FAIL}
   */
  public AssemblyReport assembleSorted(
      Iterator<? extends Interaction> sorted, Consumer<? super Journey> sink) {
    checkNotNull(sorted, "sorted");
    Session session = open(sink);
    while (sorted.hasNext()) {
      session.add(sorted.next());
    }
    return session.finish();
  }

  /**
   * Streams journeys lazily from interactions sorted by customer, then timestamp: each pull reads
   * only as many interactions as it takes to close the next journey. O(n) time; memory bounded by
   * one customer's interactions. The stream is sequential and not thread safe; out-of-order input
   * under {@link OutOfOrderPolicy#FAIL} throws from the terminal operation.
   *
   * @param sorted the input; not null
   * @param onFinish receives the report once the input is exhausted; not null
   */
  public Stream<Journey> stream(
      Iterator<? extends Interaction> sorted, Consumer<? super AssemblyReport> onFinish) {
    checkNotNull(sorted, "sorted");
    checkNotNull(onFinish, "onFinish");
    Deque<Journey> ready = new ArrayDeque<>();
    Session session = open(ready::add);
    Iterator<Journey> journeys =
        new AbstractIterator<>() {
          private boolean finished;

          @Override
          protected Journey computeNext() {
            while (ready.isEmpty() && !finished) {
              if (sorted.hasNext()) {
                session.add(sorted.next());
              } else {
                finished = true;
                onFinish.accept(session.finish());
              }
            }
            return ready.isEmpty() ? endOfData() : ready.poll();
          }
        };
    return Streams.stream(journeys);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JourneyAssembler that
        && inactivityGap.equals(that.inactivityGap)
        && splitOnResolution == that.splitOnResolution
        && outOfOrderPolicy == that.outOfOrderPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(inactivityGap, splitOnResolution, outOfOrderPolicy);
  }

  @Override
  public String toString() {
    return format(
        "JourneyAssembler[inactivityGap=%s, splitOnResolution=%s, outOfOrderPolicy=%s]",
        inactivityGap, splitOnResolution, outOfOrderPolicy);
  }

  static String journeyId(CustomerId customer, String type, int sequence) {
    String id = customer.value() + ':' + type + ':' + sequence;
    if (id.length() <= MAX_ID_LENGTH) {
      return id;
    }
    String hash =
        Hashing.sha256()
            .hashString(customer.value() + '\n' + type, StandardCharsets.UTF_8)
            .toString()
            .substring(0, 32);
    return "j:" + hash + ':' + sequence;
  }

  /**
   * A streaming assembly in progress: {@link #add} interactions sorted by customer, then
   * timestamp, then {@link #finish()}. Holds the current customer's open journeys only.
   *
   * <p>This class is not thread safe.
   */
  public static final class Session {
    /** Up to this many interactions of a customer, duplicates are found by a scan, not a map. */
    private static final int SCAN_LIMIT = 16;
    /** Above this many journey types, the per-type buffers are dropped between customers. */
    private static final int RETAINED_TYPES = 64;
    /** A buffer that grew above this many elements is not kept for the next journey. */
    private static final int RETAINED_CAPACITY = 1024;

    private final JourneyAssembler assembler;
    private final Consumer<? super Journey> sink;
    // The gap as seconds and nanos, so that the per-interaction check needs no Duration.
    private final long gapSeconds;
    private final int gapNanos;
    /** One reusable state per journey type; kept across customers while there are few types. */
    private final Map<String, TypeState> types = new HashMap<>();
    /** The types the current customer used, whose sequences restart at the next customer. */
    private final List<TypeState> usedTypes = new ArrayList<>();
    /** The types with an open journey, in the order those journeys opened. */
    private final List<TypeState> open = new ArrayList<>();
    /** The current customer's interactions so far, without duplicates, to detect duplicates. */
    private List<Interaction> seen = new ArrayList<>();
    /** An index of {@link #seen} by id, built once the customer has many interactions. */
    private @Nullable Map<String, Interaction> seenById;
    private @Nullable CustomerId customer;
    private @Nullable Instant lastTimestamp;
    private long read;
    private long duplicates;
    private long conflicts;
    private long outOfOrder;
    private long emitted;
    private boolean finished;

    private Session(JourneyAssembler assembler, Consumer<? super Journey> sink) {
      this.assembler = assembler;
      this.sink = sink;
      this.gapSeconds = assembler.inactivityGap.getSeconds();
      this.gapNanos = assembler.inactivityGap.getNano();
    }

    /**
     * Adds the next interaction; may hand finished journeys to the sink.
     *
     * @param interaction the next interaction; not null
     * @throws CemArgumentException if it is out of order and the policy is {@link
     *     OutOfOrderPolicy#FAIL}
     * @throws CemStateException if the session is finished
     */
    public void add(Interaction interaction) {
      checkNotNull(interaction, "interaction");
      checkState(!finished, "journey assembly session is already finished");
      read++;
      if (customer != null) {
        int order = interaction.customer().compareTo(customer);
        if (order < 0 || (order == 0 && interaction.timestamp().isBefore(lastTimestamp))) {
          outOfOrder(interaction);
          return;
        }
        if (order > 0) {
          closeCustomer();
        }
      }
      customer = interaction.customer();
      Interaction earlier = seenBefore(interaction.id());
      if (earlier != null) {
        duplicates++;
        if (!earlier.equals(interaction)) {
          conflicts++;
        }
        return;
      }
      remember(interaction);
      lastTimestamp = interaction.timestamp();
      TypeState type = typeState(interaction.journeyTypeOrUnspecified());
      List<Interaction> journey = type.interactions;
      if (!journey.isEmpty()
          && exceedsGap(journey.get(journey.size() - 1).timestamp(), interaction.timestamp())) {
        open.remove(type);
        emit(type);
      }
      if (type.interactions.isEmpty()) {
        open.add(type);
      }
      type.interactions.add(interaction);
      if (assembler.splitOnResolution && interaction.outcome() == Outcome.RESOLVED) {
        open.remove(type);
        emit(type);
      }
    }

    /**
     * Flushes the open journeys and returns the report. Further calls return the same report.
     */
    public AssemblyReport finish() {
      if (!finished) {
        closeCustomer();
        finished = true;
      }
      return report();
    }

    /** The counts so far. */
    public AssemblyReport report() {
      return new AssemblyReport(read, duplicates, conflicts, outOfOrder, emitted);
    }

    private void outOfOrder(Interaction interaction) {
      if (assembler.outOfOrderPolicy == OutOfOrderPolicy.FAIL) {
        throw new CemArgumentException(
            format(
                "interaction '%s' (customer %s, %s) is out of order after customer %s at %s:"
                    + " streaming input must be sorted by customer, then timestamp",
                interaction.id(),
                interaction.customer(),
                interaction.timestamp(),
                customer,
                lastTimestamp));
      }
      outOfOrder++;
    }

    /** The first kept interaction of the current customer with this id, or null. */
    private @Nullable Interaction seenBefore(String id) {
      if (seenById != null) {
        return seenById.get(id);
      }
      // Hash codes first: they are cached in the strings, so most comparisons are one int.
      int hash = id.hashCode();
      for (int i = 0; i < seen.size(); i++) {
        Interaction interaction = seen.get(i);
        String other = interaction.id();
        if (other.hashCode() == hash && other.equals(id)) {
          return interaction;
        }
      }
      return null;
    }

    private void remember(Interaction interaction) {
      seen.add(interaction);
      if (seenById != null) {
        seenById.put(interaction.id(), interaction);
      } else if (seen.size() > SCAN_LIMIT) {
        seenById = new HashMap<>();
        for (Interaction kept : seen) {
          seenById.put(kept.id(), kept);
        }
      }
    }

    private TypeState typeState(String type) {
      TypeState state = types.get(type);
      if (state == null) {
        state = new TypeState(type);
        types.put(type, state);
      }
      if (!state.used) {
        state.used = true;
        usedTypes.add(state);
      }
      return state;
    }

    /** {@code Duration.between(from, to).compareTo(inactivityGap) > 0}, without a Duration. */
    private boolean exceedsGap(Instant from, Instant to) {
      long seconds = to.getEpochSecond() - from.getEpochSecond();
      int nanos = to.getNano() - from.getNano();
      if (nanos < 0) {
        seconds--;
        nanos += 1_000_000_000;
      }
      return seconds > gapSeconds || (seconds == gapSeconds && nanos > gapNanos);
    }

    private void closeCustomer() {
      for (TypeState type : open) {
        emit(type);
      }
      open.clear();
      for (TypeState type : usedTypes) {
        type.sequence = 0;
        type.used = false;
      }
      usedTypes.clear();
      if (types.size() > RETAINED_TYPES) {
        types.clear();
      }
      seen = seen.size() > RETAINED_CAPACITY ? new ArrayList<>() : clear(seen);
      seenById = null;
    }

    /** Hands the type's open journey to the sink and empties its buffer for the next one. */
    private void emit(TypeState type) {
      // The journey's only copy: Journey keeps an ImmutableList as it is.
      List<Interaction> interactions = ImmutableList.copyOf(type.interactions);
      type.interactions =
          type.interactions.size() > RETAINED_CAPACITY ? new ArrayList<>() : clear(type.interactions);
      type.sequence++;
      sink.accept(
          Journey.of(journeyId(customer, type.name, type.sequence), customer, type.name,
              interactions));
      emitted++;
    }

    private static List<Interaction> clear(List<Interaction> list) {
      list.clear();
      return list;
    }

    /** One journey type of the current customer: its open journey and how many have closed. */
    private static final class TypeState {
      final String name;
      /** The open journey, empty if none. */
      List<Interaction> interactions = new ArrayList<>();
      /** Journeys of this type emitted for the current customer. */
      int sequence;
      /** True if listed in {@link Session#usedTypes}. */
      boolean used;

      TypeState(String name) {
        this.name = name;
      }
    }
  }
}
