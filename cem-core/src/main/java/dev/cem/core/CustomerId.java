package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.internal.Checks;

/**
 * The identifier of a customer (a person or an account). Case is significant: {@code "C-1"} and
 * {@code "c-1"} are different customers.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. The natural order is by
 * value, in {@link String#compareTo} order; the journey assembler sorts by it.
 *
 * @param value 1 to 200 letters, digits, '.', '_', '-' or ':'; not null
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /** @throws CemArgumentException if the value is not a valid identifier */
  public CustomerId {
    Checks.checkId(value, "customer id");
  }

  /**
   * Returns the customer id with the given value.
   *
   * @param value the id; not null
   */
  public static CustomerId of(String value) {
    return new CustomerId(checkNotNull(value, "value"));
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  /** Returns the value. */
  @Override
  public String toString() {
    return value;
  }
}
