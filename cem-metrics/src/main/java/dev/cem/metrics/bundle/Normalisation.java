package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

/**
 * How a component's raw metric value becomes a normalised value on 0..100, where 100 is best.
 *
 * <p>All methods are direction-aware: for a {@link
 * dev.cem.metrics.catalog.Direction#LOWER_IS_BETTER} metric the scale is inverted, so 100 is
 * still best. With {@code d = +1} for higher-is-better and {@code d = -1} for lower-is-better, and
 * references (min, max, mean, standard deviation s with the n - 1 denominator) taken over the
 * observed units:
 *
 * <table>
 *   <caption>Normalisation formulas (OECD/JRC Handbook, 2008, section 5)</caption>
 *   <tr><th>kind</th><th>higher is better</th><th>lower is better</th></tr>
 *   <tr><td>{@link NormalisationKind#MIN_MAX}</td><td>100 (x - min) / (max - min)</td>
 *       <td>100 (max - x) / (max - min)</td></tr>
 *   <tr><td>{@link NormalisationKind#GOALPOSTS}</td><td>100 (x - lower) / (upper - lower)</td>
 *       <td>100 (upper - x) / (upper - lower)</td></tr>
 *   <tr><td>{@link NormalisationKind#DISTANCE_TO_TARGET}</td><td>100 x / target</td>
 *       <td>100 target / x (100 when x &lt;= 0)</td></tr>
 *   <tr><td>{@link NormalisationKind#Z_SCORE}</td><td>50 + 10 (x - mean) / s</td>
 *       <td>50 - 10 (x - mean) / s</td></tr>
 *   <tr><td>{@link NormalisationKind#IDENTITY}</td><td>x</td><td>100 - x</td></tr>
 * </table>
 *
 * <p>Every result is then clamped to [0, 100] (so a distance to target is capped at 100: beating
 * the target earns no extra credit, and a z-score beyond +-5 standard deviations saturates), and
 * finally limited by the component's optional cap. The z-score mapping is the T-score {@code 50 +
 * 10 z}: it is linear, so an arithmetic aggregate of T-scores equals {@code 50 + 10} times the
 * weighted mean z-score, as long as no value is clamped.
 *
 * <p><b>Degenerate references.</b> When fewer than two units were observed, or all observed
 * values are equal (max = min, s = 0), min-max and z-score are undefined; every value then maps to
 * 50, the midpoint.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Parameters a kind does not
 * use are NaN; equality compares doubles by {@link Double#compare}.
 *
 * @param kind the method; not null
 * @param lower the lower goalpost (GOALPOSTS only, else NaN)
 * @param upper the upper goalpost (GOALPOSTS only, else NaN)
 * @param target the target, &gt; 0 (DISTANCE_TO_TARGET only, else NaN)
 */
public record Normalisation(NormalisationKind kind, double lower, double upper, double target) {

  private static final Normalisation MIN_MAX =
      new Normalisation(NormalisationKind.MIN_MAX, Double.NaN, Double.NaN, Double.NaN);
  private static final Normalisation Z_SCORE =
      new Normalisation(NormalisationKind.Z_SCORE, Double.NaN, Double.NaN, Double.NaN);
  private static final Normalisation IDENTITY =
      new Normalisation(NormalisationKind.IDENTITY, Double.NaN, Double.NaN, Double.NaN);

  public Normalisation {
    checkNotNull(kind, "kind");
    if (kind == NormalisationKind.GOALPOSTS) {
      checkArgument(
          Double.isFinite(lower) && Double.isFinite(upper),
          "goalposts (lower %s, upper %s) must be finite numbers",
          lower,
          upper);
      checkArgument(
          lower < upper, "goalposts reversed: lower (%s) must be < upper (%s)", lower, upper);
    } else {
      checkArgument(
          Double.isNaN(lower) && Double.isNaN(upper),
          "%s normalisation takes no goalposts (lower %s, upper %s)",
          kind,
          lower,
          upper);
    }
    if (kind == NormalisationKind.DISTANCE_TO_TARGET) {
      checkArgument(
          target > 0 && Double.isFinite(target),
          "distance-to-target target (%s) must be a finite number > 0",
          target);
    } else {
      checkArgument(
          Double.isNaN(target), "%s normalisation takes no target (%s)", kind, target);
    }
  }

  /** Min-max over the observed units. */
  public static Normalisation minMax() {
    return MIN_MAX;
  }

  /** Z-score over the observed units, reported as the T-score {@code 50 + 10 z} clamped to 0..100. */
  public static Normalisation zScore() {
    return Z_SCORE;
  }

  /** The raw value, already on 0..100 (inverted as {@code 100 - x} for lower-is-better). */
  public static Normalisation identity() {
    return IDENTITY;
  }

  /**
   * Fixed goalposts in the metric's raw units.
   *
   * @throws dev.cem.core.CemArgumentException if a bound is not finite or {@code lower >= upper}
   */
  public static Normalisation goalposts(double lower, double upper) {
    return new Normalisation(NormalisationKind.GOALPOSTS, lower, upper, Double.NaN);
  }

  /**
   * Distance to a target in the metric's raw units: {@code 100 x / target}, or {@code 100 target /
   * x} for lower-is-better metrics, capped at 100.
   *
   * @throws dev.cem.core.CemArgumentException if the target is not finite and positive
   */
  public static Normalisation distanceToTarget(double target) {
    return new Normalisation(NormalisationKind.DISTANCE_TO_TARGET, Double.NaN, Double.NaN, target);
  }

  /** True for min-max and z-score, which need a {@link BundleReference}. */
  public boolean isRelative() {
    return kind.isRelative();
  }

  @Override
  public String toString() {
    switch (kind) {
      case GOALPOSTS:
        return format("GOALPOSTS(%s, %s)", lower, upper);
      case DISTANCE_TO_TARGET:
        return format("DISTANCE_TO_TARGET(%s)", target);
      default:
        return kind.name();
    }
  }
}
