package dev.cem.metrics.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.ProportionResult;
import java.util.List;

/**
 * Journey satisfaction against touchpoint satisfaction. All scores are in percent of their scale
 * (0 at the scale's minimum, 100 at its maximum), so a journey rated on NPS 0..10 and touchpoints
 * rated on CSAT 1..5 compare.
 *
 * <h3>The gap</h3>
 *
 * For every journey with a journey rating and at least one matched touchpoint rating, the paired
 * difference is {@code journey score - mean of that journey's touchpoint scores}; {@link #gap()}
 * is the mean of these differences with a t interval on n - 1 degrees of freedom (a paired t
 * interval, from {@link dev.cem.metrics.MomentsAccumulator}). A negative gap means the journey
 * scores worse than its touchpoints.
 *
 * <h3>Empty and non-finite values</h3>
 *
 * Every component is an explicit empty result when there is nothing to measure, never 0; {@link
 * #flagged()} is then false.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param journeyScore journey ratings, percent of scale, over every journey with a rating; not
 *     null
 * @param touchpointScore matched touchpoint ratings, percent of scale, pooled over all responses;
 *     not null
 * @param gap the mean paired difference over journeys with both kinds of rating; not null
 * @param journeyTopBox the journeys' top-2-box share; not null
 * @param touchpointTopBox the touchpoint responses' top-2-box share, pooled; not null
 * @param greenTouchpointsRedJourney among journeys with both kinds of rating, those whose
 *     touchpoint ratings are all top-2-box while the journey rating is bottom-2-box; not null
 * @param greenRedJourneyIds the ids of those journeys, in input order; not null
 * @param rule the rule behind {@link #flagged()}; not null
 * @param flagged true when {@code rule} flags the top-box shares
 */
public record SatisfactionGap(
    MeanResult journeyScore,
    MeanResult touchpointScore,
    MeanResult gap,
    ProportionResult journeyTopBox,
    ProportionResult touchpointTopBox,
    ProportionResult greenTouchpointsRedJourney,
    List<String> greenRedJourneyIds,
    GapRule rule,
    boolean flagged) {

  public SatisfactionGap {
    checkNotNull(journeyScore, "journeyScore");
    checkNotNull(touchpointScore, "touchpointScore");
    checkNotNull(gap, "gap");
    checkNotNull(journeyTopBox, "journeyTopBox");
    checkNotNull(touchpointTopBox, "touchpointTopBox");
    checkNotNull(greenTouchpointsRedJourney, "greenTouchpointsRedJourney");
    greenRedJourneyIds = ImmutableList.copyOf(greenRedJourneyIds);
    checkNotNull(rule, "rule");
  }
}
