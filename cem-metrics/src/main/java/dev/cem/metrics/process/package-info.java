/**
 * Process and proactive care: coverage of the six service phases by measured touchpoints, and
 * proactive-care ratios (proactive detection, self-service containment, deflected contacts).
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results are immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.process;

import org.jspecify.annotations.NullMarked;
