/** Small programs a host developer copies from; each is run by a test. */
module dev.cem.examples {
  requires dev.cem.metrics;
  requires dev.cem.maturity;
  requires dev.cem.report;

  exports dev.cem.examples;
}
