package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.cem.core.CustomerId;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Share of wallet and potential over a set of accounts.
 *
 * <p>The portfolio share is pooled, {@code 100 sum(revenue) / sum(spend)}, never the average of
 * the accounts' shares; the average account share is given separately as a mean with its
 * interval, because it answers another question (how a typical account looks).
 *
 * <h3>Empty input</h3>
 *
 * With no accounts the pooled share is NaN and {@link #accountShare()} is empty; totals are 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param accounts the entries, by potential descending (then account id); not null
 * @param totalRevenue the sum of revenues
 * @param totalSpend the sum of estimated total spends
 * @param accountShare the mean account share in percent; not null
 */
public record ShareOfWallet(
    List<WalletEntry> accounts, double totalRevenue, double totalSpend, MeanResult accountShare) {

  public ShareOfWallet {
    accounts = ImmutableList.copyOf(accounts);
    checkNotNull(accountShare, "accountShare");
  }

  /**
   * Summarises the entries.
   *
   * @param entries one per account; not null, no null elements
   * @throws dev.cem.core.CemArgumentException if an account appears twice
   */
  public static ShareOfWallet of(Iterable<WalletEntry> entries) {
    checkNotNull(entries, "entries");
    List<WalletEntry> list = new ArrayList<>();
    Set<CustomerId> seen = new HashSet<>();
    MomentsAccumulator share = MomentsAccumulator.create();
    double revenue = 0;
    double spend = 0;
    for (WalletEntry entry : entries) {
      checkNotNull(entry, "entries element");
      checkArgument(seen.add(entry.account()), "account %s appears more than once", entry.account());
      list.add(entry);
      share.add(entry.sharePercent());
      revenue += entry.revenue();
      spend += entry.estimatedTotalSpend();
    }
    list.sort(
        Comparator.comparingDouble(WalletEntry::potential)
            .reversed()
            .thenComparing(WalletEntry::account));
    return new ShareOfWallet(list, revenue, spend, share.snapshot());
  }

  /** The pooled share in percent, {@code 100 totalRevenue / totalSpend}; NaN with no accounts. */
  public double pooledSharePercent() {
    return accounts.isEmpty() ? Double.NaN : 100 * totalRevenue / totalSpend;
  }

  /** The total potential, {@code totalSpend - totalRevenue}. */
  public double totalPotential() {
    return totalSpend - totalRevenue;
  }
}
