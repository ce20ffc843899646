/** Internal implementation of dev.cem.maturity: model indices and document mapping. Not API. */
@NullMarked
package dev.cem.maturity.internal;

import org.jspecify.annotations.NullMarked;
