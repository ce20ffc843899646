package dev.cem.metrics.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.metrics.DurationResult;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.ProportionResult;

/**
 * Customer effort over a set of journeys, from the derived facts of {@link dev.cem.core.Journey}.
 * Every rate is a share of journeys in percent; every mean is per journey.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param contacts contacts per journey ({@link dev.cem.core.Journey#contactCount()}); not null
 * @param repeatContactRate journeys with more than one contact; not null
 * @param channelSwitches channel switches per journey; not null
 * @param channelSwitchRate journeys with at least one channel switch; not null
 * @param informationRepeats interactions with repeated information, per journey; not null
 * @param informationRepeatRate journeys in which the customer repeated information at least once;
 *     not null
 * @param elapsed first to last contact; with a journey map its SLA attainment is the share of
 *     journeys within the map's total target duration, otherwise empty; not null
 */
public record EffortResult(
    MeanResult contacts,
    ProportionResult repeatContactRate,
    MeanResult channelSwitches,
    ProportionResult channelSwitchRate,
    MeanResult informationRepeats,
    ProportionResult informationRepeatRate,
    DurationResult elapsed) {

  public EffortResult {
    checkNotNull(contacts, "contacts");
    checkNotNull(repeatContactRate, "repeatContactRate");
    checkNotNull(channelSwitches, "channelSwitches");
    checkNotNull(channelSwitchRate, "channelSwitchRate");
    checkNotNull(informationRepeats, "informationRepeats");
    checkNotNull(informationRepeatRate, "informationRepeatRate");
    checkNotNull(elapsed, "elapsed");
  }

  /** The share of journeys within the map's target duration; empty without a map. */
  public ProportionResult withinTarget() {
    return elapsed.slaAttainment();
  }
}
