package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;

import dev.cem.core.CustomerId;

/**
 * One product held by one customer (account).
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param account the customer; not null
 * @param product the product id, an identifier; not null
 */
public record Holding(CustomerId account, String product) {

  public Holding {
    checkNotNull(account, "account");
    checkId(product, "product");
  }

  /** Returns a holding; both not null. */
  public static Holding of(CustomerId account, String product) {
    return new Holding(account, product);
  }
}
