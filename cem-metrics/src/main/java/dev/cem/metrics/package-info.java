/**
 * Metrics and their statistics. Every value is an {@link dev.cem.metrics.Estimate}: value,
 * standard error, confidence interval, sample size and method; an empty sample is an explicit
 * empty estimate, never 0.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results are immutable and thread-safe; accumulators are not
 * thread safe and are merged across threads.
 */
@NullMarked
package dev.cem.metrics;

import org.jspecify.annotations.NullMarked;
