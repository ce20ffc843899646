package dev.cem.core;

import static dev.cem.core.internal.Checks.format;

import dev.cem.core.JourneyAssembler.OutOfOrderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The streaming session as it was before the allocation-free rewrite (commit deab550): maps per
 * customer, a fresh list per journey, {@code Duration.between} per interaction. Kept as the oracle
 * that the fast {@link JourneyAssembler.Session} must match journey for journey, in the same
 * order, with the same report and the same errors.
 */
final class PreviousJourneyAssembler {
  private final Duration inactivityGap;
  private final boolean splitOnResolution;
  private final OutOfOrderPolicy outOfOrderPolicy;
  private final Map<String, List<Interaction>> open = new LinkedHashMap<>();
  private final Map<String, Integer> sequences = new HashMap<>();
  private final Map<String, Interaction> seen = new HashMap<>();
  private final Consumer<? super Journey> sink;
  private CustomerId customer;
  private Instant lastTimestamp;
  private long read;
  private long duplicates;
  private long conflicts;
  private long outOfOrder;
  private long emitted;

  private PreviousJourneyAssembler(JourneyAssembler settings, Consumer<? super Journey> sink) {
    this.inactivityGap = settings.inactivityGap();
    this.splitOnResolution = settings.splitOnResolution();
    this.outOfOrderPolicy = settings.outOfOrderPolicy();
    this.sink = sink;
  }

  /** What {@code settings.assembleSorted(sorted, sink)} returned before the rewrite. */
  static AssemblyReport assembleSorted(
      JourneyAssembler settings, Iterator<Interaction> sorted, Consumer<? super Journey> sink) {
    PreviousJourneyAssembler session = new PreviousJourneyAssembler(settings, sink);
    while (sorted.hasNext()) {
      session.add(sorted.next());
    }
    session.closeCustomer();
    return new AssemblyReport(
        session.read, session.duplicates, session.conflicts, session.outOfOrder, session.emitted);
  }

  private void add(Interaction interaction) {
    read++;
    if (customer != null) {
      int order = interaction.customer().compareTo(customer);
      if (order < 0 || (order == 0 && interaction.timestamp().isBefore(lastTimestamp))) {
        if (outOfOrderPolicy == OutOfOrderPolicy.FAIL) {
          throw new CemArgumentException(
              format(
                  "interaction '%s' (customer %s, %s) is out of order after customer %s at %s:"
                      + " streaming input must be sorted by customer, then timestamp",
                  interaction.id(), interaction.customer(), interaction.timestamp(), customer,
                  lastTimestamp));
        }
        outOfOrder++;
        return;
      }
      if (order > 0) {
        closeCustomer();
      }
    }
    customer = interaction.customer();
    Interaction earlier = seen.putIfAbsent(interaction.id(), interaction);
    if (earlier != null) {
      duplicates++;
      if (!earlier.equals(interaction)) {
        conflicts++;
      }
      return;
    }
    lastTimestamp = interaction.timestamp();
    String type = interaction.journeyTypeOrUnspecified();
    List<Interaction> journey = open.get(type);
    if (journey != null) {
      Instant previous = journey.get(journey.size() - 1).timestamp();
      if (Duration.between(previous, interaction.timestamp()).compareTo(inactivityGap) > 0) {
        emit(type, open.remove(type));
        journey = null;
      }
    }
    if (journey == null) {
      journey = new ArrayList<>();
      open.put(type, journey);
    }
    journey.add(interaction);
    if (splitOnResolution && interaction.outcome() == Outcome.RESOLVED) {
      emit(type, open.remove(type));
    }
  }

  private void closeCustomer() {
    for (String type : new ArrayList<>(open.keySet())) {
      emit(type, open.remove(type));
    }
    sequences.clear();
    seen.clear();
  }

  private void emit(String type, List<Interaction> interactions) {
    int sequence = sequences.merge(type, 1, Integer::sum);
    sink.accept(
        Journey.of(
            JourneyAssembler.journeyId(customer, type, sequence), customer, type, interactions));
    emitted++;
  }
}
