package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.metrics.internal.NpsStatistics;

/**
 * A Net Promoter Score: the counts of promoters (9-10), passives (7-8) and detractors (0-6), and
 * the score as an {@link Estimate} in points from -100 to 100.
 *
 * <p>The estimate's value is 100 (P - D) / n; its standard error is 100 sqrt(var / n) with the
 * variance (A (P + D) + 4 P D) / n^2 of the R package {@code NPS}; its interval follows the chosen
 * {@link NpsInterval} (default {@link NpsInterval#ADJUSTED_WALD} at 95%). With no respondents the
 * estimate is {@link Estimate#empty empty}, never 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Equality compares the
 * counts and the estimate.
 *
 * @param promoters respondents scoring 9 or 10, >= 0
 * @param passives respondents scoring 7 or 8, >= 0
 * @param detractors respondents scoring 0 to 6, >= 0
 * @param estimate the NPS in points; its n is the sum of the counts; not null
 */
public record NpsResult(long promoters, long passives, long detractors, Estimate estimate) {

  public NpsResult {
    checkNotNull(estimate, "estimate");
    long n = total(promoters, passives, detractors);
    checkArgument(
        estimate.n() == n, "estimate n (%d) must equal the number of respondents (%d)", estimate.n(), n);
  }

  /** The NPS of the counts with the adjusted Wald interval at 95%. */
  public static NpsResult of(long promoters, long passives, long detractors) {
    return of(promoters, passives, detractors, NpsInterval.ADJUSTED_WALD, Estimate.DEFAULT_CONFIDENCE);
  }

  /**
   * The NPS of the counts with the given interval method and confidence level.
   *
   * @throws dev.cem.core.CemArgumentException if a count is negative, the counts sum beyond {@link
   *     Long#MAX_VALUE}, or the confidence is not strictly between 0 and 1
   */
  public static NpsResult of(
      long promoters, long passives, long detractors, NpsInterval method, double confidence) {
    checkNotNull(method, "method");
    long n = total(promoters, passives, detractors);
    if (n == 0) {
      return new NpsResult(0, 0, 0, Estimate.empty(method.methodName(), confidence));
    }
    // 100 (P - D) / n rounds once while 100 (P - D) is exact (below 2^53).
    double value = 100.0 * (promoters - detractors) / n;
    double se = 100 * NpsStatistics.standardError(promoters, passives, detractors);
    double[] ci = NpsStatistics.interval(promoters, passives, detractors, method.method, confidence);
    return new NpsResult(
        promoters,
        passives,
        detractors,
        Estimate.of(value, se, 100 * ci[0], 100 * ci[1], confidence, n, method.methodName()));
  }

  /** The number of respondents. */
  public long n() {
    return estimate.n();
  }

  /** True when there were no respondents. */
  public boolean isEmpty() {
    return estimate.isEmpty();
  }

  /** The same counts with another interval method or confidence level. */
  public NpsResult withInterval(NpsInterval method, double confidence) {
    return of(promoters, passives, detractors, method, confidence);
  }

  /** The variance per respondent on the -1..1 scale, (A (P + D) + 4 P D) / n^2; NaN if empty. */
  public double variance() {
    return isEmpty() ? Double.NaN : NpsStatistics.variance(promoters, passives, detractors);
  }

  /** Checks that the counts are >= 0 and returns their sum, failing if it overflows. */
  static long total(long promoters, long passives, long detractors) {
    checkArgument(
        promoters >= 0 && passives >= 0 && detractors >= 0,
        "NPS counts (promoters %d, passives %d, detractors %d) must be >= 0",
        promoters,
        passives,
        detractors);
    try {
      return Math.addExact(Math.addExact(promoters, passives), detractors);
    } catch (ArithmeticException e) {
      throw new dev.cem.core.CemArgumentException(
          dev.cem.core.internal.Checks.format(
              "NPS counts (promoters %d, passives %d, detractors %d) overflow a long",
              promoters, passives, detractors),
          e);
    }
  }
}
