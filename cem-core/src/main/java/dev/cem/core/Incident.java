package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkNonNegative;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A service incident (an outage, a delayed shipment wave), with the facts proactive-care metrics
 * need: when the company detected it, when a customer first reported it, when it was resolved and
 * how many customers it affected.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param id the identifier; not null
 * @param detectedAt when the company detected it; not null
 * @param firstReportedByCustomerAt when a customer first reported it, or empty if no customer did;
 *     not null
 * @param resolvedAt when it was resolved, not before detection, or empty while open; not null
 * @param affectedCustomers how many customers it affected, zero or more
 */
public record Incident(
    String id,
    Instant detectedAt,
    Optional<Instant> firstReportedByCustomerAt,
    Optional<Instant> resolvedAt,
    long affectedCustomers) {

  /**
   * @throws CemArgumentException if the id is invalid, the resolution is before detection or the
   *     count is negative
   */
  public Incident {
    checkId(id, "incident id");
    checkNotNull(detectedAt, "detectedAt");
    checkNotNull(firstReportedByCustomerAt, "firstReportedByCustomerAt");
    checkNotNull(resolvedAt, "resolvedAt");
    resolvedAt.ifPresent(
        resolved ->
            checkArgument(
                !resolved.isBefore(detectedAt),
                "incident '%s' resolvedAt (%s) must not be before detectedAt (%s)",
                id,
                resolved,
                detectedAt));
    checkNonNegative(affectedCustomers, "affected customers");
  }

  /**
   * Returns an open incident detected at the given instant, not reported by a customer and with
   * no affected customers counted yet.
   *
   * @param id the identifier; not null
   * @param detectedAt when it was detected; not null
   */
  public static Incident detected(String id, Instant detectedAt) {
    return new Incident(id, detectedAt, Optional.empty(), Optional.empty(), 0);
  }

  /** Returns a copy with the first customer report at the given instant. */
  public Incident withFirstReportedByCustomerAt(Instant reportedAt) {
    return new Incident(
        id, detectedAt, Optional.of(checkNotNull(reportedAt, "reportedAt")), resolvedAt,
        affectedCustomers);
  }

  /** Returns a copy resolved at the given instant, not before detection. */
  public Incident withResolvedAt(Instant newResolvedAt) {
    return new Incident(
        id, detectedAt, firstReportedByCustomerAt,
        Optional.of(checkNotNull(newResolvedAt, "newResolvedAt")), affectedCustomers);
  }

  /** Returns a copy with another count of affected customers. */
  public Incident withAffectedCustomers(long count) {
    return new Incident(id, detectedAt, firstReportedByCustomerAt, resolvedAt, count);
  }

  /**
   * True if the company detected the incident before any customer reported it, or no customer
   * ever reported it. A report at the same instant as detection is not proactive.
   */
  public boolean isProactivelyDetected() {
    return firstReportedByCustomerAt.map(detectedAt::isBefore).orElse(true);
  }

  /** True if the incident has been resolved. */
  public boolean isResolved() {
    return resolvedAt.isPresent();
  }

  /** When the incident became known: the earlier of detection and the first customer report. */
  public Instant openedAt() {
    return firstReportedByCustomerAt
        .filter(reported -> reported.isBefore(detectedAt))
        .orElse(detectedAt);
  }

  /**
   * Returns the time from {@link #openedAt()} to resolution, or empty while the incident is open.
   * Measuring from the earlier of detection and customer report means a late detection does not
   * shorten the time customers waited.
   */
  public Optional<Duration> timeToResolve() {
    return resolvedAt.map(resolved -> Duration.between(openedAt(), resolved));
  }
}
