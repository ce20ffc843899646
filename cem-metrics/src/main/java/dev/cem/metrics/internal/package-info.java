/**
 * Statistics and binary formats behind the public metrics API. Not API: this package is not
 * exported by the module and may change in any release. The binary layouts drawn in the
 * {@code ...Format} classes are the exception: every released version stays readable.
 */
@NullMarked
package dev.cem.metrics.internal;

import org.jspecify.annotations.NullMarked;
