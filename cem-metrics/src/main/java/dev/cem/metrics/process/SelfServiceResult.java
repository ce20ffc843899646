package dev.cem.metrics.process;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkNonNegative;

import dev.cem.metrics.ProportionResult;

/**
 * Self-service containment and deflection over a set of journeys; see {@link
 * ProactiveCare#selfService}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param containment of the journeys that started on a self-service channel, those resolved
 *     without any assisted contact; not null
 * @param deflectedContacts the contained journeys: each one is at least one assisted contact
 *     avoided (a lower bound), >= 0
 * @param deflectionRate contained journeys out of contained journeys plus journeys with an
 *     assisted contact: the share of demand served without an employee; not null
 */
public record SelfServiceResult(
    ProportionResult containment, long deflectedContacts, ProportionResult deflectionRate) {

  public SelfServiceResult {
    checkNotNull(containment, "containment");
    checkNonNegative(deflectedContacts, "deflectedContacts");
    checkNotNull(deflectionRate, "deflectionRate");
  }
}
