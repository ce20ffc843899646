package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;

import dev.cem.core.CustomerId;

/**
 * A person at an account the company is in contact with, and the person's role there.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param account the account; not null
 * @param person the person's id, an identifier; not null
 * @param role the role, an identifier such as {@code "buyer"} or {@code "it-manager"}; not null
 */
public record AccountContact(CustomerId account, String person, String role) {

  public AccountContact {
    checkNotNull(account, "account");
    checkId(person, "person");
    checkId(role, "role");
  }

  /** Returns a contact. */
  public static AccountContact of(CustomerId account, String person, String role) {
    return new AccountContact(account, person, role);
  }
}
