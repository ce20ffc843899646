package dev.cem.metrics.bundle;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.catalog.Direction;
import dev.cem.metrics.catalog.MetricDefinition;
import dev.cem.metrics.catalog.MetricUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named inputs for the bundle tests. Expected values in the tests are written as the handbook's
 * arithmetic on these inputs, never copied from the code's output.
 */
final class BundleTesting {
  private BundleTesting() {}

  /** 97.5 % two-sided normal quantile, for 95 % intervals. */
  static final double Z95 = 1.959963984540054;

  // --- Goalposts case: CSAT on goalposts 50..90, availability on 95..100, weights 0.4 / 0.6.
  static final double CSAT_LOW_GOALPOST = 50;
  static final double CSAT_HIGH_GOALPOST = 90;
  static final double AVAILABILITY_LOW_GOALPOST = 95;
  static final double AVAILABILITY_HIGH_GOALPOST = 100;
  static final double CSAT_WEIGHT = 0.4;
  static final double AVAILABILITY_WEIGHT = 0.6;
  /** CSAT 75 lies at (75 - 50) / (90 - 50) = 62.5 % between its goalposts. */
  static final double CSAT_75 = 75;
  /** Availability 99 lies at (99 - 95) / (100 - 95) = 80 % between its goalposts. */
  static final double AVAILABILITY_99 = 99;
  static final double CSAT_75_SE = 2;
  static final double AVAILABILITY_99_SE = 0.1;

  static MetricBundle goalpostBundle(MissingPolicy policy) {
    return MetricBundle.builder("service")
        .component(
            "csat", CSAT_WEIGHT, Normalisation.goalposts(CSAT_LOW_GOALPOST, CSAT_HIGH_GOALPOST))
        .component(
            "availability",
            AVAILABILITY_WEIGHT,
            Normalisation.goalposts(AVAILABILITY_LOW_GOALPOST, AVAILABILITY_HIGH_GOALPOST))
        .missingPolicy(policy)
        .thresholds(Thresholds.of(60, 75))
        .build();
  }

  static Map<String, Estimate> goalpostUnit() {
    return Map.of(
        "csat", estimate(CSAT_75, CSAT_75_SE),
        "availability", estimate(AVAILABILITY_99, AVAILABILITY_99_SE));
  }

  // --- Three segments for min-max and z-score: CSAT (higher is better), MTTR in seconds
  // (lower is better), NPS.
  static final String NORTH = "north";
  static final String SOUTH = "south";
  static final String EAST = "east";
  static final double NORTH_CSAT = 80;
  static final double SOUTH_CSAT = 60;
  static final double EAST_CSAT = 70;
  static final double NORTH_MTTR = 3600;
  static final double SOUTH_MTTR = 7200;
  static final double EAST_MTTR = 10800;
  static final double NORTH_NPS = 10;
  static final double SOUTH_NPS = 20;
  static final double EAST_NPS = 30;
  static final double NORTH_CHURN = 4;
  static final double SOUTH_CHURN = 10;
  static final double EAST_CHURN = 10;

  static Map<String, Map<String, Estimate>> segments() {
    Map<String, Map<String, Estimate>> units = new LinkedHashMap<>();
    units.put(NORTH, unit(NORTH_CSAT, NORTH_MTTR, NORTH_NPS, NORTH_CHURN));
    units.put(SOUTH, unit(SOUTH_CSAT, SOUTH_MTTR, SOUTH_NPS, SOUTH_CHURN));
    units.put(EAST, unit(EAST_CSAT, EAST_MTTR, EAST_NPS, EAST_CHURN));
    return units;
  }

  private static Map<String, Estimate> unit(double csat, double mttr, double nps, double churn) {
    return Map.of(
        "csat", point(csat), "mttr", point(mttr), "nps", point(nps), "churn", point(churn));
  }

  /** A custom metric that is neither standard nor on 0..100. */
  static final MetricDefinition WAIT_MINUTES =
      MetricDefinition.openEnded(
          "wait-minutes", "Wait in minutes", MetricUnit.COUNT, Direction.LOWER_IS_BETTER, 0,
          "Minutes waited in the queue.");

  /** An estimate with the given standard error and a normal 95 % interval, n = 400. */
  static Estimate estimate(double value, double se) {
    return Estimate.of(value, se, value - Z95 * se, value + Z95 * se, 0.95, 400, "test");
  }

  /** An estimate with standard error 0. */
  static Estimate point(double value) {
    return estimate(value, 0);
  }

  /** Values of one unit from alternating metric ids and values. */
  static Map<String, Estimate> values(Object... idsAndValues) {
    Map<String, Estimate> map = new LinkedHashMap<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      map.put((String) idsAndValues[i], point(((Number) idsAndValues[i + 1]).doubleValue()));
    }
    return map;
  }

  /**
   * The bytes the current thread has allocated so far. Through reflection: the test classes are
   * compiled inside the module, which does not read java.management.
   */
  static long allocatedBytes() {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      return (long)
          Class.forName("com.sun.management.ThreadMXBean")
              .getMethod("getThreadAllocatedBytes", long.class)
              .invoke(threads, Thread.currentThread().getId());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no per-thread allocation counter", e);
    }
  }
}
