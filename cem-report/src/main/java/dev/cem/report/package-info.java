/**
 * A neutral report model and its renderers: JSON, GitHub-flavoured Markdown and one
 * self-contained HTML5 file with inline SVG charts.
 *
 * <p>The model ({@link dev.cem.report.Report} and the {@link dev.cem.report.Section} kinds) holds
 * only labels, numbers and {@link dev.cem.metrics.Estimate}s, so a host or the command line maps
 * its own results into it. Every record is immutable and thread-safe; treat it as a value type.
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
