package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkLabel;
import static dev.cem.core.internal.Checks.checkSize;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;

/**
 * A customer with the attributes metrics are segmented by, such as region or product line, and a
 * service tier.
 *
 * <p>Segment attributes are a small map (at most {@value #MAX_SEGMENTS} entries) from an
 * identifier-like key to a label; keys are sorted, so two customers with the same attributes are
 * equal and print the same whatever the insertion order.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param id the customer's id; not null
 * @param segments segment attributes, key to value; not null, may be empty
 * @param tier the service tier, e.g. {@code "standard"} or {@code "gold"}; not null
 */
public record Customer(CustomerId id, Map<String, String> segments, String tier) {

  /** The most segment attributes a customer may carry. */
  public static final int MAX_SEGMENTS = 32;
  /** The tier of {@link #of(CustomerId)}. */
  public static final String DEFAULT_TIER = "standard";

  /**
   * Validates and copies the segments.
   *
   * @throws CemArgumentException if there are too many segments, a key is not an identifier, a
   *     value is blank or too long, or the tier is not an identifier
   */
  public Customer {
    checkNotNull(id, "id");
    checkNotNull(segments, "segments");
    checkSize(segments.size(), MAX_SEGMENTS, "segments of customer '" + id + "'");
    segments.forEach(
        (key, value) -> {
          checkId(key, "segment key");
          checkLabel(value, "segment '" + key + "' value", 200);
        });
    segments = ImmutableSortedMap.copyOf(segments);
    checkId(tier, "tier");
  }

  /**
   * Returns a customer of the given id with no segments and the {@link #DEFAULT_TIER}.
   *
   * @param id the id; not null
   */
  public static Customer of(CustomerId id) {
    return new Customer(checkNotNull(id, "id"), Map.of(), DEFAULT_TIER);
  }

  /**
   * Returns a customer with the given segments and tier.
   *
   * @param id the id; not null
   * @param segments the segment attributes; not null
   * @param tier the tier; not null
   */
  public static Customer of(CustomerId id, Map<String, String> segments, String tier) {
    return new Customer(id, segments, tier);
  }

  /** Returns the value of a segment attribute, or empty if this customer has none for the key. */
  public Optional<String> segment(String key) {
    return Optional.ofNullable(segments.get(checkNotNull(key, "key")));
  }

  /** Returns a copy with the segment attribute set, replacing any earlier value of the key. */
  public Customer withSegment(String key, String value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    ImmutableSortedMap.Builder<String, String> builder = ImmutableSortedMap.naturalOrder();
    segments.forEach(
        (k, v) -> {
          if (!k.equals(key)) {
            builder.put(k, v);
          }
        });
    builder.put(key, value);
    return new Customer(id, builder.build(), tier);
  }

  /** Returns a copy with another tier. */
  public Customer withTier(String newTier) {
    return new Customer(id, segments, checkNotNull(newTier, "newTier"));
  }
}
