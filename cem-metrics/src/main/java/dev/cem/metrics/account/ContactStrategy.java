package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.cem.core.CustomerId;
import dev.cem.core.Interaction;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Contact-strategy compliance: planned contact frequency per account against the contacts that
 * actually took place in a period {@code [from, to)}.
 *
 * <p>An account is compliant when its contacts reach the plan; {@link #compliance()} is the share
 * of planned accounts that are compliant, {@link #attainment()} the mean of {@code 100 actual /
 * planned} over planned accounts (over 100 for accounts contacted more than planned). Interactions
 * of accounts without a plan are counted in {@link #unplannedAccounts()}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param from the first instant of the period; not null
 * @param to the first instant after the period; not null
 * @param accounts one result per plan, in plan order; not null
 * @param unplannedAccounts accounts with contacts in the period but no plan, >= 0
 */
public record ContactStrategy(
    Instant from, Instant to, List<AccountCompliance> accounts, long unplannedAccounts) {

  public ContactStrategy {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(from.isBefore(to), "period start (%s) must be before its end (%s)", from, to);
    accounts = ImmutableList.copyOf(accounts);
  }

  /** Counts every interaction (customer- or company-initiated) in the period. */
  public static ContactStrategy measure(
      Iterable<ContactPlan> plans, Iterable<Interaction> interactions, Instant from, Instant to) {
    return measure(plans, interactions, from, to, interaction -> true);
  }

  /**
   * Counts the interactions in {@code [from, to)} that {@code counts} accepts, e.g. only {@code
   * Initiator.COMPANY} contacts for an outbound plan.
   *
   * @param plans one per account; not null, no null elements
   * @param interactions not null, no null elements
   * @param from the first instant; not null
   * @param to the first instant after the period; not null
   * @param counts which interactions count as contacts; not null
   * @throws dev.cem.core.CemArgumentException if an account has two plans or {@code from} is not
   *     before {@code to}
   */
  public static ContactStrategy measure(
      Iterable<ContactPlan> plans,
      Iterable<Interaction> interactions,
      Instant from,
      Instant to,
      Predicate<Interaction> counts) {
    checkNotNull(plans, "plans");
    checkNotNull(interactions, "interactions");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(counts, "counts");
    Map<CustomerId, Long> actual = new HashMap<>();
    for (Interaction interaction : interactions) {
      checkNotNull(interaction, "interactions element");
      Instant t = interaction.timestamp();
      if (!t.isBefore(from) && t.isBefore(to) && counts.test(interaction)) {
        actual.merge(interaction.customer(), 1L, Long::sum);
      }
    }
    ImmutableList.Builder<AccountCompliance> result = ImmutableList.builder();
    Set<CustomerId> planned = new HashSet<>();
    for (ContactPlan plan : plans) {
      checkNotNull(plan, "plans element");
      checkArgument(planned.add(plan.account()), "account %s has more than one plan", plan.account());
      result.add(new AccountCompliance(plan, actual.getOrDefault(plan.account(), 0L)));
    }
    long unplanned = actual.keySet().stream().filter(a -> !planned.contains(a)).count();
    return new ContactStrategy(from, to, result.build(), unplanned);
  }

  /** The share of planned accounts that reached their plan; empty without plans. */
  public ProportionResult compliance() {
    ProportionAccumulator acc = ProportionAccumulator.binary();
    accounts.forEach(a -> acc.add(a.isCompliant()));
    return acc.snapshot();
  }

  /** The mean attainment in percent over planned accounts; empty without plans. */
  public MeanResult attainment() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    accounts.forEach(a -> acc.add(a.attainmentPercent()));
    return acc.snapshot();
  }
}
