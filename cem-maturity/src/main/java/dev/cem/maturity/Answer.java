package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One answer: a level name and an optional note on the evidence behind it. In a document it is
 * either an object {@code {"level": "FULLY", "note": "..."}} or just the level name.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param level the answer level name, e.g. {@code "LARGELY"} or {@code "NOT_APPLICABLE"}
 * @param note a free-text evidence note, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String level, @Nullable String note) {

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Answer(@JsonProperty("level") String level, @JsonProperty("note") @Nullable String note) {
    this.level = checkNotNull(level, "level");
    this.note = note;
  }

  /** An answer without a note; also reads the short form (a bare level name) of documents. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Answer of(String level) {
    return new Answer(level, null);
  }

  /** An answer with an evidence note. */
  public static Answer of(String level, @Nullable String note) {
    return new Answer(level, note);
  }
}
