package dev.cem.examples;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.CompiledBundle;
import dev.cem.metrics.bundle.ComponentScore;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.bundle.Normalisation;
import dev.cem.metrics.bundle.PriorityProfile;
import dev.cem.metrics.bundle.Thresholds;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * A composite CX index: a {@link MetricBundle} built in code from SLA attainment, availability,
 * CSAT and NPS, each mapped to 0..100 between goalposts and weighted. It scores one segment from
 * {@link Estimate}s (value, status, coverage and each component's contribution), then one customer
 * from primitive values with the compiled form (no allocation, the same arithmetic), then the same
 * customer under its own priority profile ("availability matters three times as much to acme").
 */
public final class ComposeBundle {
  private ComposeBundle() {}

  /** The segment's score, and the customer's score without and with its priority profile. */
  public record Scores(BundleScore segment, double customer, double customerWithProfile) {}

  /** The raw values of the customer scored by the compiled bundle, in component order. */
  public static final double[] CUSTOMER = {90, 99.95, 85, 40};

  /** The bundle: weights 0.4, 0.3, 0.2, 0.1; AMBER from 60, GREEN from 75; profile "acme". */
  public static MetricBundle bundle() {
    return MetricBundle.builder("service-index")
        .component("sla-attainment", 0.4, Normalisation.goalposts(80, 100)) // percent
        .component("availability", 0.3, Normalisation.goalposts(99, 100)) // percent
        .component("csat", 0.2, Normalisation.goalposts(50, 90)) // percent top-2-box
        .component("nps", 0.1, Normalisation.goalposts(-20, 60)) // points
        .thresholds(Thresholds.of(60, 75))
        .profile(PriorityProfile.multiply("acme", Map.of("availability", 3.0)))
        .build();
  }

  /** The segment's estimates, as the accumulators would give them. */
  public static Map<String, Estimate> segmentEstimates() {
    return Map.of(
        "sla-attainment", ProportionResult.of(190, 200).estimate(), // 95%
        "availability", ProportionResult.of(4990, 5000).estimate(), // 99.8% of five-minute probes
        "csat", ProportionResult.of(160, 200).estimate(), // 80%
        "nps", NpsResult.of(40, 40, 20).estimate()); // 20 points
  }

  public static void main(String[] args) {
    run(System.out);
  }

  /** Scores the segment and the customer, printing to {@code out}, and returns the scores. */
  public static Scores run(PrintStream out) {
    MetricBundle bundle = bundle();
    BundleScore s = bundle.score(segmentEstimates());
    out.printf(Locale.ROOT, "%s: %.1f [%.1f, %.1f] %s, coverage %.0f%%%n",
        bundle.name(), s.value(), s.lower(), s.upper(), s.status(), 100 * s.coverage());
    for (ComponentScore c : s.components()) {
      out.printf(Locale.ROOT, "  %-15s raw %6.2f -> %5.1f x %.2f = %5.2f%n", c.metricId(),
          c.input().value(), c.normalised(), c.effectiveWeight(), c.contribution());
    }
    CompiledBundle compiled = bundle.compile(); // goalposts need no reference
    double customer = compiled.score(CUSTOMER); // NaN in the array would mean "missing"
    double acme = bundle.withProfile("acme").compile().score(CUSTOMER);
    out.printf(Locale.ROOT, "customer: %.2f (%s); with the acme profile: %.2f (%s)%n",
        customer, compiled.status(customer), acme, compiled.status(acme));
    return new Scores(s, customer, acme);
  }
}
