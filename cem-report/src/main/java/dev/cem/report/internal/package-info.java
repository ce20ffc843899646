/** Implementation of the report module: formatting, escaping and SVG drawing. Not API. */
@NullMarked
package dev.cem.report.internal;

import org.jspecify.annotations.NullMarked;
