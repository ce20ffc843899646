package dev.cem.metrics.drivers;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkNonNegative;

import com.google.common.collect.ImmutableList;
import dev.cem.core.Scale;
import java.util.List;

/**
 * The result of a key-driver analysis.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param n the rows (respondents or journeys) analysed, >= 0
 * @param outcome the kind of outcome; not null
 * @param ratingScale the drivers' rating scale; not null
 * @param completeCases rows in which every driver is rated; the relative weights use only these,
 *     >= 0
 * @param rSquared R^2 of the outcome on all drivers over the complete cases (the sum of the raw
 *     relative weights), NaN when undefined: fewer complete cases than drivers + 2, a constant
 *     variable, or collinear drivers
 * @param importanceMeasure the importance used for the quadrants; not null
 * @param importanceSplit the importance split point used, NaN if no driver is placed
 * @param performanceSplit the performance split point used (rating-scale units), NaN if no
 *     driver is placed
 * @param drivers one result per driver, in the input order; not null
 */
public record DriverReport(
    long n,
    OutcomeKind outcome,
    Scale ratingScale,
    long completeCases,
    double rSquared,
    ImportanceMeasure importanceMeasure,
    double importanceSplit,
    double performanceSplit,
    List<DriverResult> drivers) {

  public DriverReport {
    checkNonNegative(n, "n");
    checkNotNull(outcome, "outcome");
    checkNotNull(ratingScale, "ratingScale");
    checkNonNegative(completeCases, "completeCases");
    checkArgument(completeCases <= n, "completeCases (%d) must be <= n (%d)", completeCases, n);
    checkNotNull(importanceMeasure, "importanceMeasure");
    drivers = ImmutableList.copyOf(drivers);
  }

  /**
   * The driver with the given name.
   *
   * @throws dev.cem.core.CemArgumentException if there is none
   */
  public DriverResult driver(String name) {
    checkNotNull(name, "name");
    for (DriverResult driver : drivers) {
      if (driver.name().equals(name)) {
        return driver;
      }
    }
    throw new dev.cem.core.CemArgumentException(
        dev.cem.core.internal.Checks.format("driver ('%s') is not in this report", name));
  }
}
