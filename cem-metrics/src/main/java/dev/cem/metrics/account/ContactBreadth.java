package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cem.core.CustomerId;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The breadth of contacts per account: distinct persons and roles. A person listed twice (or in
 * two roles) counts once as a person; every role counts.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param accounts one result per account, in account id order; not null
 */
public record ContactBreadth(List<AccountBreadth> accounts) {

  public ContactBreadth {
    accounts = ImmutableList.copyOf(accounts);
  }

  /**
   * Groups the contacts by account.
   *
   * @param contacts not null, no null elements
   */
  public static ContactBreadth of(Iterable<AccountContact> contacts) {
    checkNotNull(contacts, "contacts");
    TreeMap<CustomerId, TreeSet<String>> persons = new TreeMap<>();
    TreeMap<CustomerId, TreeSet<String>> roles = new TreeMap<>();
    for (AccountContact contact : contacts) {
      checkNotNull(contact, "contacts element");
      persons.computeIfAbsent(contact.account(), a -> new TreeSet<>()).add(contact.person());
      roles.computeIfAbsent(contact.account(), a -> new TreeSet<>()).add(contact.role());
    }
    ImmutableList.Builder<AccountBreadth> result = ImmutableList.builder();
    persons.forEach((account, p) -> result.add(new AccountBreadth(account, p, roles.get(account))));
    return new ContactBreadth(result.build());
  }

  /** Distinct persons per account; empty without accounts. */
  public MeanResult personsPerAccount() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    accounts.forEach(a -> acc.add(a.persons().size()));
    return acc.snapshot();
  }

  /** Distinct roles per account; empty without accounts. */
  public MeanResult rolesPerAccount() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    accounts.forEach(a -> acc.add(a.roles().size()));
    return acc.snapshot();
  }

  /** The share of accounts with a single contact person; empty without accounts. */
  public ProportionResult singleThreaded() {
    ProportionAccumulator acc = ProportionAccumulator.binary();
    accounts.forEach(a -> acc.add(a.isSingleThreaded()));
    return acc.snapshot();
  }
}
