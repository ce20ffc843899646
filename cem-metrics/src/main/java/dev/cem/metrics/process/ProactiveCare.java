package dev.cem.metrics.process;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.Channel;
import dev.cem.core.Incident;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.Outcome;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;

/**
 * Proactive-care ratios: incidents detected before customers reported them, and journeys served
 * by self-service. Every ratio is a {@link ProportionResult} (percent, Wilson interval); no input
 * gives an empty result, never 0.
 *
 * <p>Channels: {@link Channel#isSelfService()} and {@link Channel#isAssisted()} classify the
 * built-in channels; a custom channel is neither, so it neither starts a self-service journey nor
 * breaks containment. Classify such channels in the host if it matters.
 */
public final class ProactiveCare {
  private ProactiveCare() {}

  /**
   * The proactive detection ratio: incidents the company detected before any customer reported
   * them ({@link Incident#isProactivelyDetected()}) out of all incidents.
   *
   * @param incidents not null, no null elements
   */
  public static ProportionResult proactiveDetection(Iterable<Incident> incidents) {
    checkNotNull(incidents, "incidents");
    ProportionAccumulator acc = ProportionAccumulator.binary();
    for (Incident incident : incidents) {
      acc.add(checkNotNull(incident, "incidents element").isProactivelyDetected());
    }
    return acc.snapshot();
  }

  /**
   * The share of affected customers whose incident was detected proactively: the sum of {@link
   * Incident#affectedCustomers()} over proactively detected incidents out of the sum over all.
   *
   * @param incidents not null, no null elements
   */
  public static ProportionResult proactiveAffectedShare(Iterable<Incident> incidents) {
    checkNotNull(incidents, "incidents");
    ProportionAccumulator acc = ProportionAccumulator.binary();
    for (Incident incident : incidents) {
      checkNotNull(incident, "incidents element");
      long affected = incident.affectedCustomers();
      acc.addCounts(incident.isProactivelyDetected() ? affected : 0, affected);
    }
    return acc.snapshot();
  }

  /**
   * Self-service containment and deflection. A journey <em>starts in self-service</em> when its
   * first interaction is on a self-service channel; it is <em>contained</em> when it started in
   * self-service, none of its interactions is on an assisted channel and its outcome is {@link
   * Outcome#RESOLVED}.
   *
   * @param journeys not null, no null elements
   */
  public static SelfServiceResult selfService(Iterable<Journey> journeys) {
    checkNotNull(journeys, "journeys");
    ProportionAccumulator containment = ProportionAccumulator.binary();
    long contained = 0;
    long assisted = 0;
    for (Journey journey : journeys) {
      checkNotNull(journey, "journeys element");
      boolean anyAssisted = false;
      for (Interaction interaction : journey.interactions()) {
        anyAssisted |= interaction.channel().isAssisted();
      }
      if (anyAssisted) {
        assisted++;
      }
      if (journey.first().channel().isSelfService()) {
        boolean ok = !anyAssisted && journey.outcome() == Outcome.RESOLVED;
        containment.add(ok);
        if (ok) {
          contained++;
        }
      }
    }
    ProportionAccumulator deflection = ProportionAccumulator.binary();
    deflection.addCounts(contained, contained + assisted);
    return new SelfServiceResult(containment.snapshot(), contained, deflection.snapshot());
  }
}
