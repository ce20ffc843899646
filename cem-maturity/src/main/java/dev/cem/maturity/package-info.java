/**
 * CEM maturity assessment: maturity models as data ({@link dev.cem.maturity.MaturityModel}, the
 * built-in models in {@link dev.cem.maturity.MaturityModels}), assessments and their scoring
 * ({@link dev.cem.maturity.MaturityScorer}, {@link dev.cem.maturity.MaturityResult}), roadmaps,
 * comparisons, panels of respondents and evidence from metrics.
 *
 * <p><b>Null policy:</b> every parameter and return value in this package is non-null unless it
 * is annotated {@code @Nullable}; public methods reject a null argument with a {@link
 * java.lang.NullPointerException} naming the parameter.
 *
 * <p><b>Errors:</b> invalid models, assessments and arguments raise {@link
 * dev.cem.core.CemArgumentException}; unreadable documents raise {@link
 * dev.cem.core.CemFormatException}. Messages name the offending id.
 *
 * <p><b>Threads:</b> models, assessments and results are immutable and thread-safe.
 */
@NullMarked
package dev.cem.maturity;

import org.jspecify.annotations.NullMarked;
