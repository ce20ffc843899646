/**
 * The metric catalogue: what each metric is (id, label, unit, direction, natural range). {@link
 * dev.cem.metrics.catalog.StandardMetrics} holds the built-in customer-experience metrics; hosts
 * extend a {@link dev.cem.metrics.catalog.MetricCatalog} with their own.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}; a null argument raises {@link java.lang.NullPointerException} naming it.
 * Every type here is immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.catalog;

import org.jspecify.annotations.NullMarked;
