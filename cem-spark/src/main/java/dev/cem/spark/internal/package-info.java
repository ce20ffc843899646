/** Internals of the cem Spark functions; not an API. */
@NullMarked
package dev.cem.spark.internal;

import org.jspecify.annotations.NullMarked;
