/**
 * Stand-alone SVG charts drawn by cem itself: radar, line with interval band, horizontal bar,
 * importance-performance scatter and stage ladder. The HTML renderer inlines the same charts.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null.
 */
@NullMarked
package dev.cem.report.svg;

import org.jspecify.annotations.NullMarked;
