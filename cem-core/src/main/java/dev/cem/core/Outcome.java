package dev.cem.core;

import dev.cem.core.internal.Keys;

/**
 * How an interaction, or a whole journey, ended.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** The customer's need was met. */
  RESOLVED,
  /** The interaction ended and the need is still open. */
  UNRESOLVED,
  /** Handed to another person, team or channel. */
  TRANSFERRED,
  /** The customer gave up, e.g. hung up in the queue or left the web form. */
  ABANDONED;

  /**
   * Parses an outcome name, ignoring case (in {@link java.util.Locale#ROOT}).
   *
   * @param text the name; not null
   * @throws CemArgumentException naming the text and the allowed names
   */
  public static Outcome parse(String text) {
    return Keys.parseEnum(Outcome.class, text, "outcome");
  }
}
