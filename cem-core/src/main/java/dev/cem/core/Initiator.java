package dev.cem.core;

import dev.cem.core.internal.Keys;

/**
 * Who started an interaction.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Initiator {
  /** The customer contacted the company. */
  CUSTOMER,
  /** The company reached out first: proactive outreach, e.g. a delay notice. */
  COMPANY;

  /**
   * Parses an initiator name, ignoring case (in {@link java.util.Locale#ROOT}).
   *
   * @param text the name; not null
   * @throws CemArgumentException naming the text and the allowed names
   */
  public static Initiator parse(String text) {
    return Keys.parseEnum(Initiator.class, text, "initiator");
  }
}
