package dev.cem.metrics.account;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.cem.core.CustomerId;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Who has what: the products held per customer. A holding listed twice counts once.
 *
 * <p>The customer base is every customer with a holding, plus the customers passed to {@link
 * #of(Iterable, Collection)} (who may hold nothing); it is the denominator of {@link
 * #penetration} and of {@link #productsPerCustomer}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductHoldings {
  private final ImmutableSortedMap<CustomerId, SortedSet<String>> byCustomer;

  private ProductHoldings(SortedMap<CustomerId, SortedSet<String>> byCustomer) {
    this.byCustomer = ImmutableSortedMap.copyOfSorted(byCustomer);
  }

  /** The holdings of the customers that hold something. */
  public static ProductHoldings of(Iterable<Holding> holdings) {
    return of(holdings, List.of());
  }

  /**
   * The holdings, with {@code customers} in the base even if they hold nothing.
   *
   * @param holdings not null, no null elements
   * @param customers not null, no null elements
   */
  public static ProductHoldings of(Iterable<Holding> holdings, Collection<CustomerId> customers) {
    checkNotNull(holdings, "holdings");
    checkNotNull(customers, "customers");
    TreeMap<CustomerId, TreeSet<String>> map = new TreeMap<>();
    for (CustomerId customer : customers) {
      map.computeIfAbsent(checkNotNull(customer, "customers element"), c -> new TreeSet<>());
    }
    for (Holding holding : holdings) {
      checkNotNull(holding, "holdings element");
      map.computeIfAbsent(holding.account(), c -> new TreeSet<>()).add(holding.product());
    }
    TreeMap<CustomerId, SortedSet<String>> frozen = new TreeMap<>();
    map.forEach((c, products) -> frozen.put(c, ImmutableSortedSet.copyOfSorted(products)));
    return new ProductHoldings(frozen);
  }

  /** Products per customer, customers in id order, products sorted. */
  public SortedMap<CustomerId, SortedSet<String>> byCustomer() {
    return byCustomer;
  }

  /** The customers in the base. */
  public SortedSet<CustomerId> customers() {
    return byCustomer.keySet();
  }

  /** Every product held by anyone, sorted. */
  public SortedSet<String> products() {
    TreeSet<String> all = new TreeSet<>();
    byCustomer.values().forEach(all::addAll);
    return ImmutableSortedSet.copyOfSorted(all);
  }

  /** The products of a customer; empty if the customer holds none or is not in the base. */
  public SortedSet<String> productsOf(CustomerId customer) {
    SortedSet<String> products = byCustomer.get(checkNotNull(customer, "customer"));
    return products == null ? ImmutableSortedSet.of() : products;
  }

  /** The number of products per customer over the base; empty with no customers. */
  public MeanResult productsPerCustomer() {
    MomentsAccumulator acc = MomentsAccumulator.create();
    byCustomer.values().forEach(products -> acc.add(products.size()));
    return acc.snapshot();
  }

  /** The share of the base holding the product; empty with no customers. */
  public ProportionResult penetration(String product) {
    checkId(product, "product");
    ProportionAccumulator acc = ProportionAccumulator.binary();
    byCustomer.values().forEach(products -> acc.add(products.contains(product)));
    return acc.snapshot();
  }

  /** Penetration of every product, by product id. */
  public SortedMap<String, ProportionResult> penetration() {
    TreeMap<String, ProportionResult> result = new TreeMap<>();
    for (String product : products()) {
      result.put(product, penetration(product));
    }
    return ImmutableSortedMap.copyOfSorted(result);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProductHoldings && byCustomer.equals(((ProductHoldings) o).byCustomer);
  }

  @Override
  public int hashCode() {
    return byCustomer.hashCode();
  }

  @Override
  public String toString() {
    return "ProductHoldings" + byCustomer;
  }
}
