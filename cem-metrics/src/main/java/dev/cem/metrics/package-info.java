/**
 * Metrics and their statistics. Every value is an {@link dev.cem.metrics.Estimate}: value,
 * standard error, confidence interval, sample size and method; an empty sample is an explicit
 * empty estimate, never 0.
 *
 * <h2>Overview</h2>
 *
 * <ul>
 *   <li>Accumulators (mergeable, serialisable, not thread safe): {@link
 *       dev.cem.metrics.NpsAccumulator}, {@link dev.cem.metrics.ProportionAccumulator}, {@link
 *       dev.cem.metrics.MomentsAccumulator}, {@link dev.cem.metrics.DurationAccumulator}; each
 *       has {@code add}, {@code addAll}, {@code merge}, {@code snapshot}, {@code toByteArray} and
 *       {@code fromByteArray}.
 *   <li>Results (immutable records): {@link dev.cem.metrics.NpsResult}, {@link
 *       dev.cem.metrics.ProportionResult}, {@link dev.cem.metrics.MeanResult}, {@link
 *       dev.cem.metrics.DurationResult}, {@link dev.cem.metrics.Availability}.
 *   <li>Interval methods: {@link dev.cem.metrics.NpsInterval}, {@link
 *       dev.cem.metrics.ProportionInterval}.
 *   <li>Comparisons: {@link dev.cem.metrics.Comparisons} returning {@link
 *       dev.cem.metrics.Comparison}, with Holm's correction.
 *   <li>The columnar fast path: {@link dev.cem.metrics.ColumnarBatch}, {@link
 *       dev.cem.metrics.ColumnarScorer}, {@link dev.cem.metrics.ColumnarResult}, {@link
 *       dev.cem.metrics.SegmentScores}.
 * </ul>
 *
 * <p>Units: NPS in points from -100 to 100; proportions in percent from 0 to 100; means in the
 * scale's units; durations in seconds.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}; public methods reject a null argument with a {@link NullPointerException}
 * naming the parameter. <b>Errors:</b> invalid values raise {@link
 * dev.cem.core.CemArgumentException}, corrupt images {@link dev.cem.core.CemFormatException},
 * self-merges {@link dev.cem.core.CemStateException}. <b>Threads:</b> results are immutable and
 * thread-safe; accumulators are not thread safe and are merged across threads.
 */
@NullMarked
package dev.cem.metrics;

import org.jspecify.annotations.NullMarked;
