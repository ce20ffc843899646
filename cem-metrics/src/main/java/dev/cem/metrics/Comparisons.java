package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.metrics.internal.NpsStatistics;
import dev.cem.metrics.internal.PValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Two-sample tests between periods or segments, and Holm's correction when one baseline is
 * compared with many segments. Every test is two-sided and returns a {@link Comparison} of a - b.
 *
 * <p>Design.
 *
 * <ul>
 *   <li>NPS: z = (NPS_a - NPS_b) / sqrt(var_a / n_a + var_b / n_b) with the per-respondent
 *       variance (A (P + D) + 4 P D) / n^2 [1]; the adjusted form first adds 0.75/1.5/0.75 to
 *       each sample's detractors/passives/promoters [2].
 *   <li>Proportions: the pooled two-proportion z test, z = (p_a - p_b) / sqrt(p (1 - p) (1/n_a +
 *       1/n_b)) with p the pooled proportion [3] (the square of z is Pearson's chi-square without
 *       continuity correction).
 *   <li>Means: Welch's t test with the Welch-Satterthwaite degrees of freedom (v_a + v_b)^2 /
 *       (v_a^2 / (n_a - 1) + v_b^2 / (n_b - 1)), v = s^2 / n [4][5].
 *   <li>p-values: normal and t tails from Apache Commons Statistics; log10 p from log-space tail
 *       formulas when p underflows (see {@code dev.cem.metrics.internal.PValues}).
 *   <li>Holm's step-down procedure [6]: sort the m p-values, adjusted p_(i) = max over j <= i of
 *       min(1, (m - j + 1) p_(j)); reject while adjusted p < alpha. Done in log10 space too.
 * </ul>
 *
 * <ol>
 *   <li>B. Rocks, R package {@code NPS}, {@code nps_test} (two-sample Wald test).
 *   <li>B. Rocks (2016), "Interval estimation for the 'Net Promoter Score'", The American
 *       Statistician 70(4):365-372.
 *   <li>A. Agresti (2013), Categorical Data Analysis, 3rd ed., section 3.1.
 *   <li>B. L. Welch (1947), "The generalization of 'Student's' problem when several different
 *       population variances are involved", Biometrika 34:28-35.
 *   <li>F. E. Satterthwaite (1946), "An approximate distribution of estimates of variance
 *       components", Biometrics Bulletin 2:110-114.
 *   <li>S. Holm (1979), "A simple sequentially rejective multiple test procedure", Scandinavian
 *       Journal of Statistics 6:65-70.
 * </ol>
 */
public final class Comparisons {
  /** The significance level used when none is given: 0.05. */
  public static final double DEFAULT_ALPHA = 0.05;

  private Comparisons() {}

  /** Wald z test of NPS a - b at alpha 0.05. */
  public static Comparison nps(NpsResult a, NpsResult b) {
    return nps(a, b, NpsDifference.WALD, DEFAULT_ALPHA);
  }

  /**
   * z test of NPS a - b, in NPS points.
   *
   * @throws dev.cem.core.CemArgumentException if a sample is empty or alpha is not in (0, 1)
   */
  public static Comparison nps(NpsResult a, NpsResult b, NpsDifference method, double alpha) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkNotNull(method, "method");
    checkNonEmpty(a.n(), "a");
    checkNonEmpty(b.n(), "b");
    double difference = a.estimate().value() - b.estimate().value();
    if (method == NpsDifference.WALD) {
      double se = Math.hypot(a.estimate().standardError(), b.estimate().standardError());
      return zTest("nps-wald-z", difference, difference, se, alpha);
    }
    double adjusted =
        100
            * (NpsStatistics.adjustedNps(a.promoters(), a.passives(), a.detractors())
                - NpsStatistics.adjustedNps(b.promoters(), b.passives(), b.detractors()));
    double se =
        100
            * Math.hypot(
                NpsStatistics.adjustedStandardError(a.promoters(), a.passives(), a.detractors()),
                NpsStatistics.adjustedStandardError(b.promoters(), b.passives(), b.detractors()));
    return zTest("nps-adjusted-wald-z", difference, adjusted, se, alpha);
  }

  /** Pooled two-proportion z test of a - b at alpha 0.05. */
  public static Comparison proportions(ProportionResult a, ProportionResult b) {
    return proportions(a, b, DEFAULT_ALPHA);
  }

  /**
   * Pooled two-proportion z test of a - b, in percentage points.
   *
   * @throws dev.cem.core.CemArgumentException if a sample is empty or alpha is not in (0, 1)
   */
  public static Comparison proportions(ProportionResult a, ProportionResult b, double alpha) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkNonEmpty(a.trials(), "a");
    checkNonEmpty(b.trials(), "b");
    double na = a.trials();
    double nb = b.trials();
    double pa = a.successes() / na;
    double pb = b.successes() / nb;
    double pooled = ((double) a.successes() + b.successes()) / (na + nb);
    double se = 100 * Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
    double difference = 100 * (pa - pb);
    return zTest("two-proportion-pooled-z", difference, difference, se, alpha);
  }

  /** Welch's t test of mean a - b at alpha 0.05. */
  public static Comparison welch(MeanResult a, MeanResult b) {
    return welch(a, b, DEFAULT_ALPHA);
  }

  /**
   * Welch's t test of mean a - b, in the values' units.
   *
   * @throws dev.cem.core.CemArgumentException if a sample has fewer than 2 values or alpha is not
   *     in (0, 1)
   */
  public static Comparison welch(MeanResult a, MeanResult b, double alpha) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkArgument(a.count() >= 2, "sample a (n = %d) needs at least 2 values for a t test", a.count());
    checkArgument(b.count() >= 2, "sample b (n = %d) needs at least 2 values for a t test", b.count());
    checkAlpha(alpha);
    double va = a.variance() / a.count();
    double vb = b.variance() / b.count();
    double se = Math.sqrt(va + vb);
    double difference = a.mean() - b.mean();
    double df =
        (va + vb) * (va + vb) / (va * va / (a.count() - 1) + vb * vb / (b.count() - 1));
    if (!(se > 0)) {
      return degenerate("welch-t", difference, difference, se, Double.NaN, alpha);
    }
    double t = difference / se;
    double p = PValues.twoSidedT(t, df);
    return new Comparison(
        "welch-t", difference, se, t, df, p, PValues.log10TwoSidedT(t, df), alpha, p < alpha);
  }

  /**
   * Holm's step-down adjustment of many comparisons (for example every segment against one
   * baseline). Returns the comparisons in the given order with adjusted p-values and log10
   * p-values, {@code "+holm"} appended to the method, and significance by Holm's rule at
   * {@code alpha}.
   *
   * @param comparisons not null, without null elements; may be empty
   */
  public static List<Comparison> holm(List<Comparison> comparisons, double alpha) {
    checkNotNull(comparisons, "comparisons");
    checkAlpha(alpha);
    int m = comparisons.size();
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
      checkNotNull(comparisons.get(i), "comparisons[" + i + "]");
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> comparisons.get(i).log10PValue()));
    Comparison[] adjusted = new Comparison[m];
    double runningLog = Double.NEGATIVE_INFINITY;
    boolean rejecting = true;
    for (int rank = 0; rank < m; rank++) {
      Comparison c = comparisons.get(order[rank]);
      double log = Math.min(0, Math.log10(m - rank) + c.log10PValue());
      runningLog = Math.max(runningLog, log);
      double p = Math.min(1, Math.pow(10, runningLog));
      rejecting = rejecting && p < alpha;
      adjusted[order[rank]] =
          new Comparison(
              c.method() + "+holm",
              c.difference(),
              c.standardError(),
              c.statistic(),
              c.degreesOfFreedom(),
              p,
              runningLog,
              alpha,
              rejecting);
    }
    return List.copyOf(new ArrayList<>(Arrays.asList(adjusted)));
  }

  private static Comparison zTest(
      String method, double difference, double tested, double se, double alpha) {
    checkAlpha(alpha);
    if (!(se > 0)) {
      return degenerate(method, difference, tested, se, Double.NaN, alpha);
    }
    double z = tested / se;
    double p = PValues.twoSidedNormal(z);
    return new Comparison(
        method, difference, se, z, Double.NaN, p, PValues.log10TwoSidedNormal(z), alpha, p < alpha);
  }

  /** Zero standard error: equal samples give z = 0 and p = 1; otherwise z is infinite, p = 0. */
  private static Comparison degenerate(
      String method, double difference, double tested, double se, double df, double alpha) {
    if (tested == 0) {
      return new Comparison(method, difference, se, 0, df, 1, 0, alpha, false);
    }
    double statistic = Math.copySign(Double.POSITIVE_INFINITY, tested);
    return new Comparison(
        method, difference, se, statistic, df, 0, Double.NEGATIVE_INFINITY, alpha, true);
  }

  private static void checkNonEmpty(long n, String sample) {
    checkArgument(n > 0, "sample %s is empty (n = %d): nothing to compare", sample, n);
  }

  private static void checkAlpha(double alpha) {
    checkArgument(alpha > 0 && alpha < 1, "alpha (%s) must be strictly between 0 and 1", alpha);
  }
}
