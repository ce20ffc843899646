package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.metrics.internal.ProportionStatistics;

/**
 * A proportion (CSAT top-box, first-contact resolution, SLA attainment, repeat-contact rate...):
 * successes out of trials, and the proportion as an {@link Estimate} in percent from 0 to 100.
 *
 * <p>The estimate's value is 100 k / n, its standard error the Wald 100 sqrt(p (1 - p) / n), and
 * its interval follows the chosen {@link ProportionInterval} (default {@link
 * ProportionInterval#WILSON} at 95%). With no trials the estimate is {@link Estimate#empty empty},
 * never 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param successes the number of successes, between 0 and {@code trials}
 * @param trials the number of trials, >= 0
 * @param estimate the proportion in percent; its n is {@code trials}; not null
 */
public record ProportionResult(long successes, long trials, Estimate estimate) {

  public ProportionResult {
    checkNotNull(estimate, "estimate");
    checkCounts(successes, trials);
    checkArgument(
        estimate.n() == trials, "estimate n (%d) must equal trials (%d)", estimate.n(), trials);
  }

  /** The proportion with the Wilson interval at 95%. */
  public static ProportionResult of(long successes, long trials) {
    return of(successes, trials, ProportionInterval.WILSON, Estimate.DEFAULT_CONFIDENCE);
  }

  /**
   * The proportion with the given interval method and confidence level.
   *
   * @throws dev.cem.core.CemArgumentException if trials is negative, successes is not between 0
   *     and trials, or the confidence is not strictly between 0 and 1
   */
  public static ProportionResult of(
      long successes, long trials, ProportionInterval method, double confidence) {
    checkNotNull(method, "method");
    checkCounts(successes, trials);
    if (trials == 0) {
      return new ProportionResult(0, 0, Estimate.empty(method.methodName(), confidence));
    }
    double[] ci = ProportionStatistics.interval(successes, trials, method.method, confidence);
    return new ProportionResult(
        successes,
        trials,
        Estimate.of(
            100.0 * successes / trials,
            100 * ProportionStatistics.standardError(successes, trials),
            100 * ci[0],
            100 * ci[1],
            confidence,
            trials,
            method.methodName()));
  }

  /** The number of failures, {@code trials - successes}. */
  public long failures() {
    return trials - successes;
  }

  /** True when there were no trials. */
  public boolean isEmpty() {
    return trials == 0;
  }

  /** The same counts with another interval method or confidence level. */
  public ProportionResult withInterval(ProportionInterval method, double confidence) {
    return of(successes, trials, method, confidence);
  }

  private static void checkCounts(long successes, long trials) {
    checkArgument(trials >= 0, "trials (%d) must be >= 0", trials);
    checkArgument(
        successes >= 0 && successes <= trials,
        "successes (%d) must be between 0 and trials (%d)",
        successes,
        trials);
  }
}
