package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Service availability as a ratio between 0 and 1, with composition of services, and the mean
 * time to repair and between failures.
 *
 * <p>Design.
 *
 * <ul>
 *   <li>Availability over an agreed service time T with downtime D is (T - D) / T [1].
 *   <li>Services in series (all needed) multiply: A = A_1 A_2 ... A_k. Redundant services in
 *       parallel (any one suffices) fail together only: A = 1 - (1 - A_1)(1 - A_2)...(1 - A_k) [2].
 *       Independence of failures is assumed, as in [2].
 *   <li>MTTR is the mean repair (outage) duration; MTBF is the mean operating time between
 *       failures, (observed time - total downtime) / failures, or, from failure start instants,
 *       the mean gap between consecutive starts; steady-state availability is MTBF / (MTBF +
 *       MTTR) [1]. Durations are summed exactly (nanoseconds in a BigInteger).
 * </ul>
 *
 * <ol>
 *   <li>ITIL 4 Practice Guide, "Availability management" (AXELOS, 2020): availability =
 *       (agreed service time - downtime) / agreed service time; MTBF, MTRS.
 *   <li>M. Rausand, A. Hoyland (2004), System Reliability Theory, 2nd ed., Wiley, ch. 4
 *       (series and parallel structures).
 * </ol>
 *
 * <h3>Non-finite values</h3>
 *
 * A ratio that is NaN, infinite or outside [0, 1] is rejected with a {@link
 * dev.cem.core.CemArgumentException}. Durations are exact; ratios are doubles.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param ratio the availability, between 0 and 1
 */
public record Availability(double ratio) {

  public Availability {
    checkArgument(ratio >= 0 && ratio <= 1, "availability ratio (%s) must be between 0 and 1", ratio);
  }

  /** An availability from a ratio between 0 and 1. */
  public static Availability ofRatio(double ratio) {
    return new Availability(ratio);
  }

  /**
   * (agreed - downtime) / agreed.
   *
   * @param agreedServiceTime > 0; not null
   * @param downtime between 0 and the agreed service time; not null
   */
  public static Availability of(Duration agreedServiceTime, Duration downtime) {
    checkNotNull(agreedServiceTime, "agreedServiceTime");
    checkNotNull(downtime, "downtime");
    checkArgument(
        agreedServiceTime.compareTo(Duration.ZERO) > 0,
        "agreed service time (%s) must be > 0",
        agreedServiceTime);
    checkArgument(
        !downtime.isNegative() && downtime.compareTo(agreedServiceTime) <= 0,
        "downtime (%s) must be between PT0S and the agreed service time (%s)",
        downtime,
        agreedServiceTime);
    BigInteger agreed = nanos(agreedServiceTime);
    BigInteger up = agreed.subtract(nanos(downtime));
    return new Availability(
        new BigDecimal(up).divide(new BigDecimal(agreed), MathContext.DECIMAL128).doubleValue());
  }

  /** Steady-state availability MTBF / (MTBF + MTTR); both >= 0 and not both zero. */
  public static Availability fromMtbfAndMttr(Duration mtbf, Duration mttr) {
    checkNotNull(mtbf, "mtbf");
    checkNotNull(mttr, "mttr");
    checkArgument(
        !mtbf.isNegative() && !mttr.isNegative() && !(mtbf.isZero() && mttr.isZero()),
        "MTBF (%s) and MTTR (%s) must be >= 0 and not both zero",
        mtbf,
        mttr);
    return of(mtbf.plus(mttr), mttr);
  }

  /** Services all needed (in series): the product of the availabilities; 1 for none. */
  public static Availability series(List<Availability> parts) {
    checkNotNull(parts, "parts");
    double product = 1;
    for (Availability a : parts) {
      product *= checkNotNull(a, "part").ratio;
    }
    return new Availability(product);
  }

  /** Redundant services (in parallel): 1 - product of unavailabilities; 0 for none. */
  public static Availability parallel(List<Availability> parts) {
    checkNotNull(parts, "parts");
    double unavailable = 1;
    for (Availability a : parts) {
      unavailable *= 1 - checkNotNull(a, "part").ratio;
    }
    return new Availability(1 - unavailable);
  }

  /** This availability in percent, 0 to 100. */
  public double percent() {
    return 100 * ratio;
  }

  /** 1 - ratio. */
  public double unavailability() {
    return 1 - ratio;
  }

  /** Mean time to repair: the mean of the repair durations, or empty if there are none. */
  public static Optional<Duration> meanTimeToRepair(List<Duration> repairDurations) {
    checkNotNull(repairDurations, "repairDurations");
    if (repairDurations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        divide(sumNonNegative(repairDurations, "repair duration"), repairDurations.size()));
  }

  /**
   * Mean time between failures over an observed period: (observed - total downtime) / failures,
   * one failure per downtime; empty when there are no failures.
   */
  public static Optional<Duration> meanTimeBetweenFailures(
      Duration observedPeriod, List<Duration> downtimes) {
    checkNotNull(observedPeriod, "observedPeriod");
    checkNotNull(downtimes, "downtimes");
    if (downtimes.isEmpty()) {
      return Optional.empty();
    }
    BigInteger down = sumNonNegative(downtimes, "downtime");
    BigInteger observed = nanos(observedPeriod);
    checkArgument(
        observed.compareTo(down) >= 0,
        "total downtime (%s) must not exceed the observed period (%s)",
        divide(down, 1),
        observedPeriod);
    return Optional.of(divide(observed.subtract(down), downtimes.size()));
  }

  /**
   * Mean time between failures from failure start instants: the mean gap between consecutive
   * starts, (last - first) / (count - 1); empty with fewer than two failures.
   *
   * @param failureStarts in non-decreasing order; not null
   */
  public static Optional<Duration> meanTimeBetweenFailures(List<Instant> failureStarts) {
    checkNotNull(failureStarts, "failureStarts");
    for (int i = 1; i < failureStarts.size(); i++) {
      checkArgument(
          !failureStarts.get(i).isBefore(failureStarts.get(i - 1)),
          "failure start [%d] (%s) is before failure start [%d] (%s)",
          i,
          failureStarts.get(i),
          i - 1,
          failureStarts.get(i - 1));
    }
    if (failureStarts.size() < 2) {
      return Optional.empty();
    }
    Duration span = Duration.between(failureStarts.get(0), failureStarts.get(failureStarts.size() - 1));
    return Optional.of(divide(nanos(span), failureStarts.size() - 1));
  }

  private static BigInteger sumNonNegative(List<Duration> durations, String field) {
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < durations.size(); i++) {
      Duration d = checkNotNull(durations.get(i), "%s [%s]", field, i);
      checkArgument(!d.isNegative(), "%s [%d] (%s) must be >= PT0S", field, i, d);
      sum = sum.add(nanos(d));
    }
    return sum;
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds())
        .multiply(BigInteger.valueOf(1_000_000_000L))
        .add(BigInteger.valueOf(d.getNano()));
  }

  /** total / count rounded to the nearest nanosecond (half up). */
  private static Duration divide(BigInteger totalNanos, int count) {
    BigInteger[] qr = totalNanos.divideAndRemainder(BigInteger.valueOf(count));
    BigInteger q = qr[0];
    if (qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(count)) >= 0) {
      q = q.add(BigInteger.ONE);
    }
    BigInteger[] sn = q.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    return Duration.ofSeconds(sn[0].longValueExact(), sn[1].longValue());
  }

  @Override
  public String toString() {
    return format("Availability[%s%%]", percent());
  }
}
