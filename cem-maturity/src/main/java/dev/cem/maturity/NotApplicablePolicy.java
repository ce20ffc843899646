package dev.cem.maturity;

/**
 * How a criterion answered {@link AnswerLevel#NOT_APPLICABLE} is scored.
 *
 * <ul>
 *   <li>{@link #EXCLUDED}: the criterion leaves both the numerator and the denominator of its
 *       stage's fulfilment share, and it does not block the stage (it counts as met for gating).
 *   <li>{@link #SCORED_ZERO}: the criterion is scored as the value 0 against the target: it stays
 *       in the denominator and blocks its stage like an unmet criterion.
 * </ul>
 */
public enum NotApplicablePolicy {
  EXCLUDED,
  SCORED_ZERO
}
