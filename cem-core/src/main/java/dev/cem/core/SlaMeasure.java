package dev.cem.core;

import dev.cem.core.internal.Keys;

/**
 * What a service-level agreement measures.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SlaMeasure {
  /** Time from the customer's contact to the company's first response. */
  FIRST_RESPONSE,
  /** Time from the customer's contact (or detection) to resolution. */
  RESOLUTION;

  /** Parses a measure name, ignoring case; throws {@link CemArgumentException} if unknown. */
  public static SlaMeasure parse(String text) {
    return Keys.parseEnum(SlaMeasure.class, text, "SLA measure");
  }
}
