package dev.cem.metrics.process;

/** How well one service phase is covered. */
public enum PhaseState {
  /** At least one touchpoint of the phase has at least one metric measured on it. */
  COVERED,
  /** The phase has touchpoints, but no metric is measured on any of them: a blind spot. */
  NOT_MEASURED,
  /** No touchpoint belongs to the phase: a blind spot. */
  NO_TOUCHPOINT;

  /** True for the two blind-spot states. */
  public boolean isBlindSpot() {
    return this != COVERED;
  }
}
