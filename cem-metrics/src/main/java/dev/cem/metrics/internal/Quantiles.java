package dev.cem.metrics.internal;

import static dev.cem.core.internal.Checks.checkConfidence;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Critical values of the standard normal and Student t distributions for two-sided intervals.
 *
 * <p>Design: both come from Apache Commons Statistics [1]; the normal quantile is taken from the
 * survival function ({@code inverseSurvivalProbability(alpha / 2)}) so that it keeps full relative
 * precision for high confidence levels.
 *
 * <p>Speed. Scoring a batch builds an interval for every segment, so these are called thousands
 * of times per batch, and the exact Student t quantile is a root search over the regularised
 * incomplete beta function (about 6 microseconds). Three things keep that off the hot path, none
 * of which changes a result by more than rounding:
 *
 * <ul>
 *   <li>z is remembered for up to {@value #MAX_LEVELS} confidence levels (usually just 0.95);
 *   <li>for {@code df >=} {@value #EXPANSION_MIN_DF} and {@code z <=} {@value #EXPANSION_MAX_Z}
 *       (confidence up to about 0.9999), t is the Cornish-Fisher expansion in powers of 1/df
 *       with five terms [2, 3]; the first omitted term is below 1e-15 relative there, and the
 *       tests hold it within 1e-14 of the exact quantile over a grid of df and confidence;
 *   <li>below that, the exact quantile is remembered per integer df and confidence level
 *       (degrees of freedom are n - 1, so batches repeat them).
 * </ul>
 *
 * <p>References:
 *
 * <ol>
 *   <li>Apache Commons Statistics 1.1, {@code commons-statistics-distribution}.
 *   <li>M. Abramowitz, I. A. Stegun (1964), Handbook of Mathematical Functions, 26.7.5.
 *   <li>G. W. Hill (1970), "Algorithm 396: Student's t-quantiles", CACM 13(10), 619-620.
 * </ol>
 */
public final class Quantiles {
  /** The smallest df for which t comes from the Cornish-Fisher expansion. */
  static final int EXPANSION_MIN_DF = 1000;

  /** The largest z (two-sided confidence about 0.99994) for which the expansion is used. */
  static final double EXPANSION_MAX_Z = 4.0;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /**
   * A confidence level with its z, the coefficients of its Cornish-Fisher expansion (they depend
   * on z only, so they are computed once, not per call) and its table of exact t by integer df.
   */
  private record Level(double confidence, double z, double[] expansion, AtomicLongArray exactT) {
    static Level of(double confidence) {
      AtomicLongArray table = new AtomicLongArray(EXPANSION_MIN_DF);
      for (int i = 0; i < EXPANSION_MIN_DF; i++) {
        table.setPlain(i, NOT_COMPUTED);
      }
      double z = STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
      return new Level(confidence, z, expansionCoefficients(z), table);
    }
  }

  /** A NaN bit pattern no quantile has: marks a table entry not yet computed. */
  private static final long NOT_COMPUTED = Double.doubleToRawLongBits(Double.NaN);

  // Racy but safe: a Level is immutable apart from its idempotently filled table, and a thread
  // that sees a stale or missing Level just builds its own.
  private static volatile Level last = Level.of(0.95);

  /** Levels seen so far, so that alternating between a few levels does not rebuild tables. */
  private static final ConcurrentHashMap<Double, Level> LEVELS = new ConcurrentHashMap<>();

  /** At most this many levels are remembered; others are built per call. */
  private static final int MAX_LEVELS = 32;

  private Quantiles() {}

  /** The standard normal distribution. */
  public static NormalDistribution standardNormal() {
    return STANDARD_NORMAL;
  }

  /** z such that P(|Z| <= z) = confidence, for Z standard normal. */
  public static double z(double confidence) {
    return level(confidence).z;
  }

  /** t such that P(|T| <= t) = confidence, for T Student t with {@code df} degrees of freedom. */
  public static double t(double confidence, double df) {
    Level level = level(confidence);
    if (df >= EXPANSION_MIN_DF && level.z <= EXPANSION_MAX_Z) {
      return expand(level.expansion, df);
    }
    if (df >= 1 && df < EXPANSION_MIN_DF && df == Math.rint(df)) {
      int i = (int) df;
      long bits = level.exactT.getOpaque(i);
      if (bits != NOT_COMPUTED) {
        return Double.longBitsToDouble(bits);
      }
      double t = exactT(confidence, df);
      level.exactT.setOpaque(i, Double.doubleToRawLongBits(t));
      return t;
    }
    return exactT(confidence, df);
  }

  /** The exact quantile from Commons Statistics (a root search, microseconds). */
  static double exactT(double confidence, double df) {
    checkConfidence(confidence);
    return TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
  }

  /**
   * The Cornish-Fisher expansion of the t quantile in powers of 1/df around the normal quantile
   * z, to the fifth term (Abramowitz and Stegun 26.7.5; the fifth term from Hill 1970).
   */
  static double cornishFisher(double z, double df) {
    return expand(expansionCoefficients(z), df);
  }

  /** {z, g1(z), ..., g5(z)}: t = z + g1/df + g2/df^2 + ... + g5/df^5. */
  private static double[] expansionCoefficients(double z) {
    double z2 = z * z;
    return new double[] {
      z,
      (z2 + 1) * z / 4,
      ((5 * z2 + 16) * z2 + 3) * z / 96,
      (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384,
      ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160,
      (((((27 * z2 + 339) * z2 + 930) * z2 - 1782) * z2 - 765) * z2 + 17955) * z / 368640
    };
  }

  /** The expansion by Horner's rule in x = 1/df: one division instead of five. */
  private static double expand(double[] g, double df) {
    double x = 1 / df;
    return g[0] + x * (g[1] + x * (g[2] + x * (g[3] + x * (g[4] + x * g[5]))));
  }

  private static Level level(double confidence) {
    Level level = last;
    if (level.confidence == confidence) {
      return level;
    }
    checkConfidence(confidence);
    level = LEVELS.get(confidence);
    if (level == null) {
      level = Level.of(confidence);
      if (LEVELS.size() < MAX_LEVELS) {
        LEVELS.putIfAbsent(confidence, level);
      }
    }
    last = level;
    return level;
  }
}
