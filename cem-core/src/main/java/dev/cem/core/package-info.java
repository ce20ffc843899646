/**
 * The cem domain model: immutable, validated value types.
 *
 * <p><b>Null policy:</b> every parameter and return value in this package is non-null unless it
 * is annotated {@code @Nullable}; public methods reject a null argument at the door with a
 * {@link java.lang.NullPointerException} naming the parameter.
 *
 * <p><b>Errors:</b> invalid values raise {@link dev.cem.core.CemArgumentException}, malformed
 * documents {@link dev.cem.core.CemFormatException}; both extend {@link dev.cem.core.CemException},
 * so a host can catch everything cem throws with one clause.
 */
@NullMarked
package dev.cem.core;

import org.jspecify.annotations.NullMarked;
