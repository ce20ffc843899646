package dev.cem.maturity;

/** Whether a criterion was answered in an assessment. */
public enum AnswerStatus {
  /** Answered with one of the model's levels. */
  ANSWERED,
  /** Answered {@link AnswerLevel#NOT_APPLICABLE}; scored by the model's policy. */
  NOT_APPLICABLE,
  /** Not answered: scored 0, blocks its stage and lowers the confidence. */
  UNANSWERED
}
