package dev.cem.metrics.journey;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkNonNegative;

import com.google.common.collect.ImmutableList;
import dev.cem.core.JourneyMap;
import dev.cem.metrics.ProportionResult;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link JourneyAnalytics#analyse}: satisfaction and its gap, stages (with a map),
 * effort and first-contact resolution.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param journeys the journeys analysed, >= 0
 * @param skipped journeys of another type than the map's, not analysed, >= 0
 * @param satisfaction journey against touchpoint satisfaction; not null
 * @param stages one result per stage of the map, in order; empty without a map; not null
 * @param offMap analysed journeys without any interaction at a touchpoint of the map (0 without a
 *     map), >= 0
 * @param effort effort measures; not null
 * @param firstContactResolution journeys resolved at first contact ({@link
 *     dev.cem.core.Journey#resolvedAtFirstContact()}) out of all analysed journeys; not null
 * @param responses the responses given to the analysis, >= 0
 * @param unmatchedResponses responses matched to no analysed journey, >= 0
 * @param map the journey map used, if any; not null
 */
public record JourneyReport(
    long journeys,
    long skipped,
    SatisfactionGap satisfaction,
    List<StageResult> stages,
    long offMap,
    EffortResult effort,
    ProportionResult firstContactResolution,
    long responses,
    long unmatchedResponses,
    Optional<JourneyMap> map) {

  public JourneyReport {
    checkNonNegative(journeys, "journeys");
    checkNonNegative(skipped, "skipped");
    checkNotNull(satisfaction, "satisfaction");
    stages = ImmutableList.copyOf(stages);
    checkNonNegative(offMap, "offMap");
    checkNotNull(effort, "effort");
    checkNotNull(firstContactResolution, "firstContactResolution");
    checkNonNegative(responses, "responses");
    checkNonNegative(unmatchedResponses, "unmatchedResponses");
    checkNotNull(map, "map");
  }
}
