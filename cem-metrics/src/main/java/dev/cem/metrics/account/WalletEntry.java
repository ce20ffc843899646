package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkNonNegative;

import dev.cem.core.CustomerId;

/**
 * One account's revenue with us against its estimated total spend on the category, over the same
 * period and in the same currency.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param account the account; not null
 * @param revenue our revenue with the account, finite and >= 0
 * @param estimatedTotalSpend the account's estimated total spend, ours included: finite, > 0 and
 *     >= revenue
 */
public record WalletEntry(CustomerId account, double revenue, double estimatedTotalSpend) {

  /** @throws dev.cem.core.CemArgumentException if an amount is invalid */
  public WalletEntry {
    checkNotNull(account, "account");
    checkNonNegative(revenue, "revenue of " + account);
    checkArgument(
        estimatedTotalSpend > 0 && Double.isFinite(estimatedTotalSpend),
        "estimated total spend of %s (%s) must be a finite number > 0",
        account,
        estimatedTotalSpend);
    checkArgument(
        revenue <= estimatedTotalSpend,
        "revenue of %s (%s) must be <= its estimated total spend (%s), which includes it",
        account,
        revenue,
        estimatedTotalSpend);
  }

  /** Returns an entry. */
  public static WalletEntry of(CustomerId account, double revenue, double estimatedTotalSpend) {
    return new WalletEntry(account, revenue, estimatedTotalSpend);
  }

  /** Our share of the account's wallet, percent: {@code 100 revenue / estimatedTotalSpend}. */
  public double sharePercent() {
    return 100 * revenue / estimatedTotalSpend;
  }

  /** The potential: spend we do not have yet, {@code estimatedTotalSpend - revenue}. */
  public double potential() {
    return estimatedTotalSpend - revenue;
  }
}
