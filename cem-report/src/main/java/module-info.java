/** Report renderers: JSON, Markdown and self-contained HTML with SVG charts. */
module dev.cem.report {
  requires transitive dev.cem.maturity;
  requires static org.jspecify;
  // API packages are exported as their classes land.

}
