/** Five-stage CEM maturity assessment: models as data, scoring, panels, evidence and roadmap. */
module dev.cem.maturity {
  requires transitive dev.cem.metrics;
  requires static org.jspecify;
  // API packages are exported as their classes land.

}
