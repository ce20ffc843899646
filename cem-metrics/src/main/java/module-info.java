/**
 * Customer-experience metrics with honest statistics: mergeable accumulators, estimates with
 * standard errors and intervals, comparisons between periods and segments, and the columnar scorer.
 */
module dev.cem.metrics {
  requires transitive dev.cem.core;
  requires HdrHistogram;
  requires org.apache.commons.statistics.distribution;
  requires static org.jspecify;

  exports dev.cem.metrics;
  exports dev.cem.metrics.catalog;
  exports dev.cem.metrics.bundle;
  exports dev.cem.metrics.journey;
  exports dev.cem.metrics.drivers;
  exports dev.cem.metrics.process;
  exports dev.cem.metrics.trend;
  exports dev.cem.metrics.account;
}
