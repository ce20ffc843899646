/**
 * Spark SQL aggregate functions over the cem accumulators: NPS, proportions (CSAT top box, FCR,
 * SLA attainment), means (CES, CSAT), durations and metric bundles, with exportable binary partial
 * aggregates. Start with {@link dev.cem.spark.CemFunctions}.
 */
@NullMarked
package dev.cem.spark;

import org.jspecify.annotations.NullMarked;
