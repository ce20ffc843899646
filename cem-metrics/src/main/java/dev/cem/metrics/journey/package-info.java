/**
 * Journey analytics: journey satisfaction against its touchpoint scores (and the "every
 * touchpoint green, journey red" gap), satisfaction and drop-off along the stages of a {@link
 * dev.cem.core.JourneyMap}, customer effort and first-contact resolution at journey level.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results and {@link dev.cem.metrics.journey.JourneyAnalytics}
 * are immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.journey;

import org.jspecify.annotations.NullMarked;
