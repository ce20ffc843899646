package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;

/**
 * An assessed dimension of a maturity model, such as strategy or voice of the customer, with its
 * weight in the overall score.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param id the dimension's identifier; not null
 * @param name a display name; not null or blank
 * @param weight the relative weight in the overall score, a finite number &gt; 0
 */
public record Dimension(String id, String name, double weight) {

  public Dimension {
    checkId(id, "dimension id");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "dimension '%s' name must not be blank", id);
    checkArgument(
        weight > 0 && weight < Double.POSITIVE_INFINITY,
        "dimension '%s' weight (%s) must be a finite number > 0",
        id,
        weight);
  }

  /** Returns a dimension. */
  public static Dimension of(String id, String name, double weight) {
    return new Dimension(checkNotNull(id, "id"), name, weight);
  }
}
