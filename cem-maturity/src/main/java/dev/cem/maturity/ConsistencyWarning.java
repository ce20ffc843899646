package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something about the answers that a reader should check.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param kind the kind of warning
 * @param dimension the dimension concerned, or null for the whole assessment
 * @param stage for {@link Kind#SKIPPED_STAGE}, the lowest unmet stage that the answers skip; for
 *     {@link Kind#UNANSWERED}, 0
 * @param criteria the criteria concerned
 * @param message a sentence for people
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsistencyWarning(
    Kind kind, @Nullable String dimension, int stage, List<String> criteria, String message) {

  /** The kinds of warning. */
  public enum Kind {
    /** Criteria above the next stage are answered as met while a lower stage is unmet. */
    SKIPPED_STAGE,
    /** Criteria without an answer. */
    UNANSWERED
  }

  public ConsistencyWarning {
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    criteria = List.copyOf(criteria);
  }
}
