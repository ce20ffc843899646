/** Report renderers: JSON, Markdown and self-contained HTML with SVG charts. */
module dev.cem.report {
  requires transitive dev.cem.maturity;
  requires static transitive org.jspecify;

  exports dev.cem.report;
  exports dev.cem.report.svg;
}
