package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkNonNegative;

/**
 * One account's contacts against its plan.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param plan the plan; not null
 * @param actualContacts the contacts counted in the period, >= 0
 */
public record AccountCompliance(ContactPlan plan, long actualContacts) {

  public AccountCompliance {
    checkNotNull(plan, "plan");
    checkNonNegative(actualContacts, "actualContacts");
  }

  /** True when at least the planned number of contacts took place. */
  public boolean isCompliant() {
    return actualContacts >= plan.plannedContacts();
  }

  /** Actual contacts in percent of planned, {@code 100 actual / planned}; may exceed 100. */
  public double attainmentPercent() {
    return 100.0 * actualContacts / plan.plannedContacts();
  }
}
