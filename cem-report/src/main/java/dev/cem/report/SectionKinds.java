package dev.cem.report;

/** The name of each section kind, shared by the HTML classes and the JSON {@code type}. */
final class SectionKinds {
  private SectionKinds() {}

  /**
   * Returns {@code scorecard}, {@code bundle}, {@code trend}, {@code maturity}, {@code
   * quadrant}, {@code table} or {@code text}.
   */
  static String kind(Section s) {
    if (s instanceof Scorecard) {
      return "scorecard";
    } else if (s instanceof BundleSection) {
      return "bundle";
    } else if (s instanceof TrendSection) {
      return "trend";
    } else if (s instanceof MaturitySection) {
      return "maturity";
    } else if (s instanceof QuadrantSection) {
      return "quadrant";
    } else if (s instanceof TableSection) {
      return "table";
    } else if (s instanceof TextSection) {
      return "text";
    }
    throw new AssertionError("unknown section kind: " + s.getClass());
  }
}
