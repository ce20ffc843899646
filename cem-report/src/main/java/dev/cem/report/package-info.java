/**
 * A neutral report model and its renderers: JSON, GitHub-flavoured Markdown and one
 * self-contained HTML5 file with inline SVG charts.
 *
 * <p>The model ({@link dev.cem.report.Report} and the {@link dev.cem.report.Section} kinds) holds
 * only labels, numbers and {@link dev.cem.metrics.Estimate}s, so a host or the command line maps
 * its own results into it. Every record is immutable and thread-safe; treat it as a value type.
 *
 * <h3>Quick start</h3>
 *
 * <pre>{@code
 * Report report = Report.builder("Customer experience, Q4")
 *     .subtitle("All channels")
 *     .generatedAt(Instant.parse("2026-11-23T18:00:00Z"))   // never read from the clock
 *     .add(Scorecard.of("Key indicators", List.of(
 *         Scorecard.Row.of("NPS", "all", npsEstimate, "points").withTarget(30)
 *             .withStatus(Status.GREEN))))
 *     .add(TrendSection.builder("NPS by quarter").unit("points")
 *         .series("all", List.of(TrendSection.Point.of("2026-Q3", q3), // from Estimates
 *                                TrendSection.Point.of("2026-Q4", q4)))
 *         .threshold("target", 30).build())
 *     .build();
 * List<Path> files = ReportFiles.write(report, Path.of("out"));  // report.html, .md, .json
 * String html = new HtmlReportRenderer().render(report);          // or one format in memory
 * }</pre>
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}; public factories reject a null argument with a {@link
 * java.lang.NullPointerException} naming it.
 *
 * <p><b>Missing numbers:</b> NaN means "no value" wherever a {@code double} may be missing; it is
 * rendered as "—" (or {@code null} in JSON), never as 0. Infinities are rejected.
 */
@NullMarked
package dev.cem.report;

import org.jspecify.annotations.NullMarked;
