/**
 * Metric bundles: composite indices over several metrics, built the way the OECD/JRC <i>Handbook
 * on Constructing Composite Indicators</i> (2008) describes, with per-customer priority profiles,
 * uncertainty propagated from the component estimates, sensitivity analysis and a compiled,
 * allocation-free form.
 *
 * <h2>Quick start</h2>
 *
 * <pre>{@code
 * MetricBundle bundle = MetricBundle.builder("service")
 *     .component("csat", 0.4, Normalisation.goalposts(50, 90))
 *     .component("availability", 0.6, Normalisation.goalposts(95, 100))
 *     .missingPolicy(MissingPolicy.REWEIGHT)
 *     .thresholds(Thresholds.of(60, 75))
 *     .build();                                   // or MetricBundle.read(Path.of("bundle.yaml"))
 * BundleScore s = bundle.score(Map.of("csat", csatEstimate, "availability", availabilityEstimate));
 * s.value(); s.status(); s.coverage(); s.standardError(); s.lower(); s.upper();
 * s.component("csat").contribution();
 *
 * Map<String, BundleScore> bySegment = bundle.scoreAll(estimatesBySegment);   // MIN_MAX, Z_SCORE
 *
 * CompiledBundle fast = bundle.compile(bundle.reference(estimatesBySegment)); // or compile()
 * double score = fast.score(new double[] {75, 99});   // component order, NaN = missing
 * }</pre>
 *
 * <h2>Bundle file, schema version 1</h2>
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "name": "enterprise-service",
 *   "description": "optional text",
 *   "aggregation": "ARITHMETIC",          // ARITHMETIC (default) | GEOMETRIC | MINIMUM
 *   "missingPolicy": "REWEIGHT",          // FAIL (default) | REWEIGHT | TREAT_AS_ZERO
 *   "thresholds": {"amber": 60, "green": 75},            // optional, on 0..100
 *   "metrics": [                                          // optional host-defined metrics
 *     {"id": "nps-b2b", "label": "B2B NPS", "unit": "POINTS",
 *      "direction": "HIGHER_IS_BETTER", "lower": -100, "upper": 100}
 *   ],
 *   "components": [
 *     {"metric": "availability", "weight": 3,
 *      "normalisation": {"type": "GOALPOSTS", "lower": 95, "upper": 100},
 *      "cap": 100, "thresholds": {"amber": 99.5, "green": 99.9}, "target": 99.9},
 *     {"metric": "mttr", "weight": 1,
 *      "normalisation": {"type": "DISTANCE_TO_TARGET", "target": 14400}},
 *     {"metric": "csat", "weight": 2, "normalisation": "IDENTITY"},
 *     {"metric": "nps", "weight": 1, "normalisation": "MIN_MAX"}
 *   ],
 *   "profiles": [                                         // optional
 *     {"name": "acme", "mode": "MULTIPLY", "weights": {"availability": 3}}
 *   ]
 * }
 * }</pre>
 *
 * Enum names are read case-insensitively, with '-' for '_'. Unknown fields, missing required
 * fields, wrong types and invalid values fail with a {@link dev.cem.core.CemFormatException} that
 * names the source, the path, the value and what is allowed.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}; a null argument raises {@link java.lang.NullPointerException} naming it.
 * <b>Threads:</b> bundles, compiled bundles and scores are immutable and thread-safe; builders are
 * not.
 */
@NullMarked
package dev.cem.metrics.bundle;

import org.jspecify.annotations.NullMarked;
