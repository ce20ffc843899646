package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkLabel;

/**
 * A designed point of contact between customer and company, e.g. "order status page" (web,
 * transaction phase, owned by logistics).
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Two touchpoints are equal
 * when all their components are equal.
 *
 * @param id the identifier; not null
 * @param name a human-readable name of at most 200 characters; not null
 * @param channel the channel it lives on; not null
 * @param phase the service phase it belongs to; not null
 * @param owner the department that owns it; not null
 */
public record Touchpoint(
    String id, String name, Channel channel, ServicePhase phase, Department owner) {

  /** @throws CemArgumentException if the id or the name is invalid */
  public Touchpoint {
    checkId(id, "touchpoint id");
    checkLabel(name, "touchpoint name", 200);
    checkNotNull(channel, "channel");
    checkNotNull(phase, "phase");
    checkNotNull(owner, "owner");
  }

  /** Returns a touchpoint; every argument is not null. */
  public static Touchpoint of(
      String id, String name, Channel channel, ServicePhase phase, Department owner) {
    return new Touchpoint(id, name, channel, phase, owner);
  }

  /** Returns a copy with another name. */
  public Touchpoint withName(String newName) {
    return new Touchpoint(id, checkNotNull(newName, "newName"), channel, phase, owner);
  }

  /** Returns a copy on another channel. */
  public Touchpoint withChannel(Channel newChannel) {
    return new Touchpoint(id, name, checkNotNull(newChannel, "newChannel"), phase, owner);
  }

  /** Returns a copy in another phase. */
  public Touchpoint withPhase(ServicePhase newPhase) {
    return new Touchpoint(id, name, channel, checkNotNull(newPhase, "newPhase"), owner);
  }

  /** Returns a copy owned by another department. */
  public Touchpoint withOwner(Department newOwner) {
    return new Touchpoint(id, name, channel, phase, checkNotNull(newOwner, "newOwner"));
  }
}
