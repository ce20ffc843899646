package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.core.CustomerId;

/**
 * The contact strategy for one account: how many contacts are planned in the period measured.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param account the account; not null
 * @param plannedContacts the contacts planned in the period, >= 1
 */
public record ContactPlan(CustomerId account, int plannedContacts) {

  public ContactPlan {
    checkNotNull(account, "account");
    checkArgument(
        plannedContacts >= 1,
        "planned contacts of %s (%d) must be >= 1",
        account,
        plannedContacts);
  }

  /** Returns a plan. */
  public static ContactPlan of(CustomerId account, int plannedContacts) {
    return new ContactPlan(account, plannedContacts);
  }
}
