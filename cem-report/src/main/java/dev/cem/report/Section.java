package dev.cem.report;

/**
 * One part of a {@link Report}. The renderers switch over the permitted kinds, so adding a kind
 * is a change to every renderer.
 */
public sealed interface Section
    permits Scorecard,
        BundleSection,
        TrendSection,
        MaturitySection,
        QuadrantSection,
        TableSection,
        TextSection {

  /** The section's heading; not blank. */
  String title();
}
