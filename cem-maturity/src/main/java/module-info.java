/** Five-stage CEM maturity assessment: models as data, scoring, panels, evidence and roadmap. */
module dev.cem.maturity {
  requires transitive dev.cem.metrics;
  requires static org.jspecify;

  exports dev.cem.maturity;

  // Jackson binds the public records and the internal document types by reflection.
  opens dev.cem.maturity to
      com.fasterxml.jackson.databind;
  opens dev.cem.maturity.internal to
      com.fasterxml.jackson.databind;
}
