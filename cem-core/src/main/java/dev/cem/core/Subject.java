package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;

import dev.cem.core.internal.Keys;

/**
 * What a survey response is about: one touchpoint, or a whole journey. Comparing the scores of
 * the two kinds shows the gap between "every touchpoint is fine" and "the journey is not".
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param kind touchpoint or journey; not null
 * @param id the touchpoint id or the journey id; not null
 */
public record Subject(Kind kind, String id) {

  /** The two kinds of subject. */
  public enum Kind {
    /** A single touchpoint, identified by {@link Touchpoint#id()}. */
    TOUCHPOINT,
    /** A whole journey, identified by {@link Journey#id()}. */
    JOURNEY;

    /** Parses a kind name, ignoring case; throws {@link CemArgumentException} if unknown. */
    public static Kind parse(String text) {
      return Keys.parseEnum(Kind.class, text, "subject kind");
    }
  }

  /** @throws CemArgumentException if the id is not a valid identifier */
  public Subject {
    checkNotNull(kind, "kind");
    checkId(id, "subject id");
  }

  /** Returns the subject for the touchpoint with the given id. */
  public static Subject touchpoint(String touchpointId) {
    return new Subject(Kind.TOUCHPOINT, checkNotNull(touchpointId, "touchpointId"));
  }

  /** Returns the subject for the given touchpoint. */
  public static Subject of(Touchpoint touchpoint) {
    return touchpoint(checkNotNull(touchpoint, "touchpoint").id());
  }

  /** Returns the subject for the journey with the given id. */
  public static Subject journey(String journeyId) {
    return new Subject(Kind.JOURNEY, checkNotNull(journeyId, "journeyId"));
  }

  /** True if this subject is a touchpoint. */
  public boolean isTouchpoint() {
    return kind == Kind.TOUCHPOINT;
  }

  /** True if this subject is a journey. */
  public boolean isJourney() {
    return kind == Kind.JOURNEY;
  }

  /** Returns {@code "touchpoint:<id>"} or {@code "journey:<id>"}. */
  @Override
  public String toString() {
    return (isTouchpoint() ? "touchpoint:" : "journey:") + id;
  }
}
