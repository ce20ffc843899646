package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

/**
 * One stage of a maturity model. Stage 0 ("not on the scale") holds no criteria; stages 1 to the
 * model's maximum each hold at least one.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param ordinal the stage number, 0 to {@value #MAX_ORDINAL}
 * @param name a short name, e.g. {@code "Defined"}; not null or blank
 * @param description what characterises an organisation at this stage; not null, may be empty
 */
public record Stage(int ordinal, String name, String description) {

  /** The largest stage ordinal a model may use. */
  public static final int MAX_ORDINAL = 20;

  public Stage {
    checkNotNull(name, "name");
    checkNotNull(description, "description");
    checkArgument(
        ordinal >= 0 && ordinal <= MAX_ORDINAL,
        "stage ordinal (%d) must be between 0 and %d",
        ordinal,
        MAX_ORDINAL);
    checkArgument(!name.isBlank(), "stage %d name must not be blank", ordinal);
  }

  /** Returns a stage. */
  public static Stage of(int ordinal, String name, String description) {
    return new Stage(ordinal, name, description);
  }
}
