/**
 * Journey analytics: journey satisfaction against its touchpoint scores (and the "every
 * touchpoint green, journey red" gap), satisfaction and drop-off along the stages of a {@link
 * dev.cem.core.JourneyMap}, customer effort and first-contact resolution at journey level.
 *
 * <pre>{@code
 * JourneyReport report = JourneyAnalytics.forMap(moveMap).analyse(journeys, responses);
 * SatisfactionGap gap = report.satisfaction();
 * if (gap.flagged()) {
 *   // touchpoints look fine, the journey does not: gap.gap().mean() points, with its t interval
 * }
 * for (StageResult stage : report.stages()) {
 *   stage.stage().name(); stage.reached(); stage.dropOffPercent(); stage.satisfaction().mean();
 * }
 * report.effort().channelSwitchRate().estimate();  // percent of journeys, Wilson interval
 * report.firstContactResolution().estimate();
 * }</pre>
 *
 * <p>A stream of journeys can be passed as {@code stream::iterator}; it is read once.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results and {@link dev.cem.metrics.journey.JourneyAnalytics}
 * are immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.journey;

import org.jspecify.annotations.NullMarked;
