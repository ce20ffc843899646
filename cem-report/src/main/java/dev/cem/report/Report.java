package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report: a title, an optional subtitle and generation time, and ordered sections.
 *
 * <p>The renderers never read the clock: pass {@code generatedAt} to show a time, so that the
 * same report always renders to the same bytes.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the report's title; not blank
 * @param subtitle a line under the title, or null for none
 * @param generatedAt when the data was reported, or null to show no time
 * @param sections the sections in reading order; not null, may be empty
 */
public record Report(
    String title, @Nullable String subtitle, @Nullable Instant generatedAt, List<Section> sections) {

  public Report {
    checkTitle(title, "report title");
    sections = copy(sections, "sections");
  }

  /** Returns a report with no subtitle and no time. */
  public static Report of(String title, List<Section> sections) {
    return new Report(title, null, null, sections);
  }

  /** Returns a builder for a report with the given title. */
  public static Builder builder(String title) {
    return new Builder(checkNotNull(title, "title"));
  }

  /** Builds a {@link Report}; validated in {@link #build()}. Not thread safe. */
  public static final class Builder {
    private final String title;
    private @Nullable String subtitle;
    private @Nullable Instant generatedAt;
    private final List<Section> sections = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /** Sets the subtitle; null for none. */
    public Builder subtitle(@Nullable String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    /** Sets the generation time; null for none. */
    public Builder generatedAt(@Nullable Instant generatedAt) {
      this.generatedAt = generatedAt;
      return this;
    }

    /** Appends a section. */
    public Builder add(Section section) {
      sections.add(checkNotNull(section, "section"));
      return this;
    }

    /** Appends sections in order. */
    public Builder addAll(List<? extends Section> more) {
      checkNotNull(more, "sections").forEach(this::add);
      return this;
    }

    public Report build() {
      return new Report(title, subtitle, generatedAt, sections);
    }
  }
}
