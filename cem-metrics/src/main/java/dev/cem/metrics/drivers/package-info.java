/**
 * Key-driver analysis: importance of touchpoint ratings for a journey-level outcome (Pearson or
 * point-biserial correlation, Johnson's relative weights), performance (mean, top-2-box) and the
 * importance-performance quadrant of every driver.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results are immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.drivers;

import org.jspecify.annotations.NullMarked;
