/**
 * JSON and YAML mapping for the cem domain types. Every top-level document carries a
 * {@code schemaVersion}; unknown properties and wrong types fail with the JSON path in the
 * message. Null policy: parameters are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.cem.core.json;

import org.jspecify.annotations.NullMarked;
