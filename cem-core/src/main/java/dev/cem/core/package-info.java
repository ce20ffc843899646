/**
 * The cem domain model: immutable, validated value types.
 *
 * <p><b>Map of the package.</b> Vocabulary: {@link dev.cem.core.Channel}, {@link
 * dev.cem.core.Department} (open value types), {@link dev.cem.core.ServicePhase} (the six phases of
 * service), {@link dev.cem.core.Touchpoint}, {@link dev.cem.core.CustomerId}, {@link
 * dev.cem.core.Customer}. Events: {@link dev.cem.core.Interaction}, {@link dev.cem.core.Response}
 * (about a {@link dev.cem.core.Subject}, on a {@link dev.cem.core.Scale}), {@link
 * dev.cem.core.Incident}. Agreements: {@link dev.cem.core.Sla} with optional {@link
 * dev.cem.core.BusinessHours}. Journeys: {@link dev.cem.core.JourneyAssembler} turns interactions
 * into {@link dev.cem.core.Journey}s and reports what it dropped in an {@link
 * dev.cem.core.AssemblyReport}; a {@link dev.cem.core.JourneyMap} is the designed journey. JSON
 * and YAML: {@code dev.cem.core.json.CemJson}.
 *
 * <p>Value types are immutable and thread-safe, built with {@code of}/{@code parse} factories and
 * changed with copy-on-change {@code with...} methods; optional components are {@link
 * java.util.Optional}, never null.
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
