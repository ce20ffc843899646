package dev.cem.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.report.internal.ModelChecks.checkFiniteOrMissing;
import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import dev.cem.metrics.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A composite index (metric bundle): its score, status and coverage, and how much each component
 * contributes. Rendered as a horizontal bar chart of the contributions plus a table.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param bundleName the bundle's name; not blank
 * @param score the bundle score (usually 0..100), possibly empty; not null
 * @param status the status, or null for none
 * @param coverage the share of the weight backed by data, between 0 and 1, or NaN if unknown
 * @param components the components in display order; not null, may be empty
 */
public record BundleSection(
    String title,
    String bundleName,
    Estimate score,
    @Nullable Status status,
    double coverage,
    List<Component> components)
    implements Section {

  public BundleSection {
    checkTitle(title, "bundle title");
    checkTitle(bundleName, "bundle name");
    checkNotNull(score, "score");
    checkArgument(
        Double.isNaN(coverage) || (coverage >= 0 && coverage <= 1),
        "coverage (%s) of bundle '%s' must be between 0 and 1, or NaN if unknown",
        coverage,
        bundleName);
    components = copy(components, "components");
  }

  /** Returns a builder for the named bundle; the title defaults to the name. */
  public static Builder builder(String bundleName) {
    return new Builder(checkNotNull(bundleName, "bundleName"));
  }

  /**
   * One component of the bundle.
   *
   * @param label the component's label, e.g. "CSAT"; not null
   * @param normalisedValue the component's value on the bundle's common scale (usually 0..100),
   *     or NaN if there was no data
   * @param weight the component's weight, finite and {@code >= 0}
   * @param contribution the points the component adds to the score, or NaN if there was no data
   */
  public record Component(
      String label, double normalisedValue, double weight, double contribution) {

    public Component {
      checkNotNull(label, "label");
      checkFiniteOrMissing(normalisedValue, "normalised value of '" + label + "'");
      checkArgument(
          weight >= 0 && Double.isFinite(weight),
          "weight for component '%s' (%s) must be a finite number >= 0",
          label,
          weight);
      checkFiniteOrMissing(contribution, "contribution of '" + label + "'");
    }

    public static Component of(
        String label, double normalisedValue, double weight, double contribution) {
      return new Component(label, normalisedValue, weight, contribution);
    }
  }

  /** Builds a {@link BundleSection}; validated in {@link #build()}. Not thread safe. */
  public static final class Builder {
    private final String bundleName;
    private @Nullable String title;
    private @Nullable Estimate score;
    private @Nullable Status status;
    private double coverage = Double.NaN;
    private final List<Component> components = new ArrayList<>();

    private Builder(String bundleName) {
      this.bundleName = bundleName;
    }

    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    public Builder score(Estimate score) {
      this.score = checkNotNull(score, "score");
      return this;
    }

    public Builder status(@Nullable Status status) {
      this.status = status;
      return this;
    }

    /** Sets the coverage, between 0 and 1; NaN (the default) means unknown. */
    public Builder coverage(double coverage) {
      this.coverage = coverage;
      return this;
    }

    public Builder component(
        String label, double normalisedValue, double weight, double contribution) {
      components.add(Component.of(label, normalisedValue, weight, contribution));
      return this;
    }

    public Builder component(Component component) {
      components.add(checkNotNull(component, "component"));
      return this;
    }

    /**
     * Builds the section.
     *
     * @throws dev.cem.core.CemArgumentException if no score was set or a value is out of range
     */
    public BundleSection build() {
      checkArgument(score != null, "bundle '%s' has no score: call score(...)", bundleName);
      return new BundleSection(
          title == null ? bundleName : title, bundleName, score, status, coverage, components);
    }
  }
}
