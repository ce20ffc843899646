/**
 * Domain types for customer-experience management: channels, touchpoints, the six service
 * phases, interactions, survey responses, SLAs, incidents and journeys, with JSON mapping.
 */
module dev.cem.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.cem.core;
  exports dev.cem.core.json;
  // Shared argument checks for the other cem modules; not API.
  exports dev.cem.core.internal to
      dev.cem.metrics,
      dev.cem.maturity,
      dev.cem.report,
      dev.cem.cli,
      dev.cem.spark;

  opens dev.cem.core to com.fasterxml.jackson.databind;
}
