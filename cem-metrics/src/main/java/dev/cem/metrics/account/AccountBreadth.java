package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import dev.cem.core.CustomerId;
import java.util.SortedSet;

/**
 * The breadth of contacts at one account.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param account the account; not null
 * @param persons the distinct persons, sorted; not null
 * @param roles the distinct roles, sorted; not null
 */
public record AccountBreadth(CustomerId account, SortedSet<String> persons, SortedSet<String> roles) {

  public AccountBreadth {
    checkNotNull(account, "account");
    persons = ImmutableSortedSet.copyOfSorted(persons);
    roles = ImmutableSortedSet.copyOfSorted(roles);
  }

  /** True when the account hangs on one person only. */
  public boolean isSingleThreaded() {
    return persons.size() == 1;
  }
}
