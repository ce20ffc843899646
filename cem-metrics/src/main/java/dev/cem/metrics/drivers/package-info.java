/**
 * Key-driver analysis: importance of touchpoint ratings for a journey-level outcome (Pearson or
 * point-biserial correlation, Johnson's relative weights), performance (mean, top-2-box) and the
 * importance-performance quadrant of every driver.
 *
 * <pre>{@code
 * DriverDataset data =
 *     DriverDataset.create(List.of("web", "hotline"), Scale.CSAT, OptionalInt.of(0), OutcomeKind.SCALE);
 * data.add(4, 5, 0);          // outcome 4; web rated 5; hotline not applicable (0)
 * // or: DriverDataset.fromJourneys(touchpointIds, Scale.CSAT, OutcomeKind.BINARY, journeys,
 * //         responses, JourneyAnalytics.DEFAULT_RESPONSE_WINDOW)
 * DriverReport report = KeyDriverAnalysis.create().analyse(data);
 * for (DriverResult d : report.drivers()) {
 *   d.name(); d.importance().value(); d.relativeWeightPercent();
 *   d.performanceMean().mean(); d.performanceTop2().estimate().value(); d.n(); d.quadrant();
 * }
 * }</pre>
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results and {@link
 * dev.cem.metrics.drivers.KeyDriverAnalysis} are immutable and thread-safe; {@link
 * dev.cem.metrics.drivers.DriverDataset} is not thread safe.
 */
@NullMarked
package dev.cem.metrics.drivers;

import org.jspecify.annotations.NullMarked;
