package dev.cem.metrics.journey;

import static dev.cem.core.internal.Checks.checkInRange;

/**
 * When the "every touchpoint green, journey red" case is flagged for a set of journeys: the
 * touchpoints look fine (their pooled top-2-box share, in percent, is at least {@code
 * touchpointTopBoxMin}) while the journeys do not (the journeys' top-2-box share is below {@code
 * journeyTopBoxMax}).
 *
 * <p>Independently of this rule, every single journey whose touchpoint ratings are all in the
 * top-2 box while its own rating is in the bottom-2 box is counted (see {@link
 * SatisfactionGap#greenTouchpointsRedJourney()}). On a two-point scale the boxes are one point.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param touchpointTopBoxMin percent, 0..100
 * @param journeyTopBoxMax percent, 0..100
 */
public record GapRule(double touchpointTopBoxMin, double journeyTopBoxMax) {

  /** Touchpoint top-2-box at least 70%, journey top-2-box below 50%. */
  public static final GapRule DEFAULT = new GapRule(70, 50);

  /** @throws dev.cem.core.CemArgumentException if a share is not between 0 and 100 */
  public GapRule {
    checkInRange(touchpointTopBoxMin, 0, 100, "touchpointTopBoxMin");
    checkInRange(journeyTopBoxMax, 0, 100, "journeyTopBoxMax");
  }

  /** Returns a rule with the given shares in percent. */
  public static GapRule of(double touchpointTopBoxMin, double journeyTopBoxMax) {
    return new GapRule(touchpointTopBoxMin, journeyTopBoxMax);
  }

  /** True if the shares (percent, NaN when empty) meet the rule; false when either is NaN. */
  public boolean flags(double touchpointTopBox, double journeyTopBox) {
    return touchpointTopBox >= touchpointTopBoxMin && journeyTopBox < journeyTopBoxMax;
  }
}
