/**
 * Trends and alerts: time-bucketed series (day, ISO week, month, in an explicit time zone) of any
 * metric or bundle, period-over-period changes with a significance test, and alerts.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results are immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.trend;

import org.jspecify.annotations.NullMarked;
