package dev.cem.report;

import java.util.Locale;

/** A traffic-light status against a target. */
public enum Status {
  RED,
  AMBER,
  GREEN;

  /** The lower-case name, e.g. {@code "amber"}, formatted with {@link Locale#ROOT}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
