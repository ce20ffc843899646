package dev.cem.core;

import dev.cem.core.internal.Keys;

/**
 * The six phases of customer service as a process (Gartner, M. Maoz). Every touchpoint belongs to
 * one phase; a company that measures only {@link #TRANSACTION} optimises one link of a chain.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ServicePhase {
  /** Noticing that a customer needs something, ideally before the customer says so. */
  DETECTION("Noticing that a customer needs help, ideally before the customer reports it."),
  /** Getting ready to serve: routing, knowledge, the customer's history at hand. */
  PREPARATION("Getting ready to serve: routing, knowledge and the customer's history at hand."),
  /** The interaction itself, where the customer's request is handled. */
  TRANSACTION("The interaction itself, where the customer's request is handled."),
  /** Measuring how the interaction and the journey went. */
  MEASUREMENT("Measuring how the interaction and the whole journey went."),
  /** Understanding why: root causes behind the measurements. */
  UNDERSTANDING("Understanding why: the root causes behind the measurements."),
  /** Changing processes and products so that the problem does not recur. */
  IMPROVEMENT("Changing processes and products so that the problem does not recur.");

  private final String description;

  ServicePhase(String description) {
    this.description = description;
  }

  /** A one-line description of the phase, in English. */
  public String description() {
    return description;
  }

  /**
   * Parses a phase name, ignoring case (in {@link java.util.Locale#ROOT}), surrounding blanks and
   * '-' versus '_'.
   *
   * @param text the name, e.g. {@code "detection"}; not null
   * @throws CemArgumentException naming the text and the six allowed names
   */
  public static ServicePhase parse(String text) {
    return Keys.parseEnum(ServicePhase.class, text, "service phase");
  }
}
