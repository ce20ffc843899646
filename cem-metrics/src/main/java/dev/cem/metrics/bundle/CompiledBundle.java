package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.catalog.Direction;
import dev.cem.metrics.catalog.MetricDefinition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MetricBundle} prepared for scoring many units one at a time: primitive raw values in,
 * score out, with no allocation on the hot path. Weights, slopes, bases, centres and caps are
 * precomputed in final arrays (a linear normalisation is {@code base + slope (x - centre)}, centred
 * so that a z-score with a large mean loses no precision); min-max and z-score references are frozen at compile time.
 *
 * <p>Raw values are passed in the bundle's component order ({@link #metricIds()}); NaN means
 * missing and is handled by the bundle's {@link MissingPolicy}. The compiled form gives exactly
 * the value of {@link MetricBundle#score} for the same inputs: the object API calls this class.
 *
 * <h3>Non-finite values</h3>
 *
 * NaN is a missing value. An infinite value is treated as a value beyond every bound and clamps to
 * 0 or 100. Unlike the object API, the compiled form does not check values against the metric's
 * natural range.
 *
 * <p>This class is immutable and thread-safe: share one instance between threads.
 */
public final class CompiledBundle {
  private static final int LINEAR = 0;
  private static final int RECIPROCAL = 1;

  // The kernels score() dispatches to, chosen once in the constructor; see chooseKernel().
  private static final int KERNEL_REFERENCE = 0;
  private static final int KERNEL_ARITHMETIC_LINEAR = 1;
  private static final int KERNEL_ARITHMETIC = 2;
  private static final int KERNEL_GEOMETRIC = 3;
  private static final int KERNEL_MINIMUM = 4;
  // The stride of the interleaved parameters of the arithmetic-linear kernel.
  private static final int STRIDE = 5;

  /** The input of a component the object API found no estimate for. */
  private static final Estimate MISSING = Estimate.empty("missing", BundleScore.DEFAULT_CONFIDENCE);

  private final MetricBundle bundle;
  private final String[] metricIds;
  private final int[] forms;
  private final double[] weights;
  private final double[] slopes;
  private final double[] bases;
  private final double[] centers;
  private final double[] caps;
  private final double totalWeight;
  // The metrics' natural ranges, checked by the object API.
  private final double[] lowers;
  private final double[] uppers;
  // The kernel: the components with weight > 0, the sum of their weights in component order (the
  // denominator when every component is present), and for the arithmetic-linear kernel every
  // component's weight, base, slope, centre and cap interleaved.
  private final int kernel;
  private final int[] active;
  private final double activeWeight;
  /** Coverage when every component has a value, as the generic path of explain sums it. */
  private final double completeCoverage;

  /** Per component, share times slope for a unit with every value: its sensitivity in range. */
  private final double[] completeShareSlope;
  // 1 / activeWeight when activeWeight is a power of two, so that multiplying by it gives exactly
  // the quotient (both round the same real number); else NaN, and the kernels divide.
  private final double exactInverse;
  private final double[] linear;
  private final Aggregation aggregation;
  private final MissingPolicy missingPolicy;
  private final @Nullable Thresholds thresholds;

  CompiledBundle(MetricBundle bundle, BundleReference reference) {
    this.bundle = bundle;
    List<BundleComponent> components = bundle.components();
    int k = components.size();
    metricIds = new String[k];
    forms = new int[k];
    weights = new double[k];
    slopes = new double[k];
    bases = new double[k];
    centers = new double[k];
    caps = new double[k];
    lowers = new double[k];
    uppers = new double[k];
    double total = 0;
    for (int i = 0; i < k; i++) {
      BundleComponent c = components.get(i);
      MetricDefinition metric = bundle.metric(c.metricId());
      metricIds[i] = c.metricId();
      weights[i] = c.weight();
      total += c.weight();
      caps[i] = c.capOr100();
      lowers[i] = metric.lower();
      uppers[i] = metric.upper();
      prepare(i, c.normalisation(), metric, reference);
    }
    totalWeight = total;
    aggregation = bundle.aggregation();
    missingPolicy = bundle.missingPolicy();
    thresholds = bundle.thresholds().orElse(null);
    int n = 0;
    double used = 0;
    for (int i = 0; i < k; i++) {
      if (weights[i] != 0) {
        n++;
        used += weights[i];
      }
    }
    active = new int[n];
    for (int i = 0, j = 0; i < k; i++) {
      if (weights[i] != 0) {
        active[j++] = i;
      }
    }
    activeWeight = used;
    // The sums the generic path of explain forms for a unit with every value, in the same order.
    double present = 0;
    double usedComplete = 0;
    for (int i = 0; i < k; i++) {
      present += weights[i];
      if (weights[i] > 0) {
        usedComplete += weights[i];
      }
    }
    completeCoverage = present / totalWeight;
    completeShareSlope = new double[k];
    for (int i = 0; i < k; i++) {
      // The generic path's share, w / usedWeight for a used component, times the slope.
      double share = weights[i] > 0 && usedComplete > 0 ? weights[i] / usedComplete : 0;
      completeShareSlope[i] = share * slopes[i];
    }
    exactInverse = isPowerOfTwo(used) ? 1 / used : Double.NaN;
    kernel = chooseKernel();
    linear = new double[kernel == KERNEL_ARITHMETIC_LINEAR ? STRIDE * k : 0];
    if (kernel == KERNEL_ARITHMETIC_LINEAR) {
      for (int i = 0; i < k; i++) {
        linear[STRIDE * i] = weights[i];
        linear[STRIDE * i + 1] = bases[i];
        linear[STRIDE * i + 2] = slopes[i];
        linear[STRIDE * i + 3] = centers[i];
        linear[STRIDE * i + 4] = caps[i];
      }
    }
  }

  /** True for 2^e with 1 / 2^e a normal double, so that {@code x * (1 / 2^e) == x / 2^e}. */
  private static boolean isPowerOfTwo(double w) {
    int e = Math.getExponent(w);
    return e >= Double.MIN_EXPONENT && e < Double.MAX_EXPONENT && w == Math.scalb(1.0, e);
  }

  /**
   * Picks the kernel for this bundle. Every kernel assumes that all components are present and
   * hands a row with a missing value to {@link #scoreReference}, which applies the missing-value
   * policy; so a kernel only needs to agree with the reference when nothing is missing.
   *
   * <ul>
   *   <li>Arithmetic, every component (weight 0 too) linear with a finite slope other than 0: one
   *       pass over interleaved parameters with no branch but the missing-value check. A component
   *       with weight 0 adds {@code 0 * y = +0.0}, which leaves the sum unchanged bit for bit, since
   *       its {@code y} cannot be NaN (finite base and centre, finite non-zero slope).
   *   <li>Arithmetic, geometric and minimum otherwise: a pass over the components with weight &gt;
   *       0 through {@link #normalise}, without the policy and aggregation branches.
   * </ul>
   *
   * The sums are formed in the same order and with the same operations as the reference, so the
   * kernels give the same double, bit for bit; {@code CompiledBundleKernelProperties} checks this.
   */
  private int chooseKernel() {
    if (!(activeWeight > 0)) {
      return KERNEL_REFERENCE;
    }
    switch (aggregation) {
      case ARITHMETIC:
        for (int i = 0; i < forms.length; i++) {
          if (forms[i] != LINEAR || slopes[i] == 0 || !Double.isFinite(slopes[i])) {
            return KERNEL_ARITHMETIC;
          }
        }
        return KERNEL_ARITHMETIC_LINEAR;
      case GEOMETRIC:
        return KERNEL_GEOMETRIC;
      case MINIMUM:
        return KERNEL_MINIMUM;
      default:
        throw new AssertionError(aggregation);
    }
  }

  private void prepare(int i, Normalisation n, MetricDefinition metric, BundleReference reference) {
    boolean higher = metric.direction() == Direction.HIGHER_IS_BETTER;
    double lo;
    double hi;
    switch (n.kind()) {
      case GOALPOSTS:
        lo = n.lower();
        hi = n.upper();
        break;
      case IDENTITY:
        lo = 0;
        hi = 100;
        break;
      case DISTANCE_TO_TARGET:
        forms[i] = higher ? LINEAR : RECIPROCAL;
        slopes[i] = higher ? 100 / n.target() : 100 * n.target();
        return;
      case MIN_MAX:
        {
          ComponentReference r = requireReference(reference, metric, n);
          if (!r.hasRange()) {
            degenerate(i);
            return;
          }
          lo = r.min();
          hi = r.max();
          break;
        }
      case Z_SCORE:
        {
          ComponentReference r = requireReference(reference, metric, n);
          if (!r.hasSpread()) {
            degenerate(i);
            return;
          }
          double s = r.standardDeviation();
          forms[i] = LINEAR;
          bases[i] = 50;
          centers[i] = r.mean();
          slopes[i] = higher ? 10 / s : -10 / s;
          return;
        }
      default:
        throw new AssertionError(n.kind());
    }
    forms[i] = LINEAR;
    centers[i] = lo;
    bases[i] = higher ? 0 : 100;
    slopes[i] = higher ? 100 / (hi - lo) : -100 / (hi - lo);
  }

  private void degenerate(int i) {
    forms[i] = LINEAR;
    slopes[i] = 0;
    bases[i] = 50;
  }

  private static ComponentReference requireReference(
      BundleReference reference, MetricDefinition metric, Normalisation n) {
    return reference
        .get(metric.id())
        .orElseThrow(
            () ->
                new CemArgumentException(
                    format(
                        "component '%s' uses %s normalisation, which is relative to the observed"
                            + " units, but the reference has no statistics for it; references: %s",
                        metric.id(),
                        n.kind(),
                        reference.references().stream()
                            .map(ComponentReference::metricId)
                            .toList())));
  }

  /** The bundle this was compiled from. */
  public MetricBundle bundle() {
    return bundle;
  }

  /** The number of components, the length of a raw value row. */
  public int size() {
    return metricIds.length;
  }

  /** The metric ids in the order raw values are expected. */
  public List<String> metricIds() {
    return List.of(metricIds);
  }

  /**
   * The position of a metric in a raw value row.
   *
   * @throws CemArgumentException if the metric is not a component
   */
  public int indexOf(String metricId) {
    checkNotNull(metricId, "metricId");
    for (int i = 0; i < metricIds.length; i++) {
      if (metricIds[i].equals(metricId)) {
        return i;
      }
    }
    throw new CemArgumentException(
        format(
            "metric '%s' is not a component of bundle '%s'; components: %s",
            metricId, bundle.name(), Arrays.toString(metricIds)));
  }

  /**
   * The normalised value (0..100, after clamping and cap) of component {@code i} for a raw value.
   *
   * @param x the raw value, not NaN
   */
  public double normalise(int i, double x) {
    double y;
    if (forms[i] == LINEAR) {
      y = slopes[i] == 0 ? bases[i] : bases[i] + slopes[i] * (x - centers[i]);
    } else {
      y = x > 0 ? slopes[i] / x : 100;
    }
    return Math.min(Math.max(y, 0), caps[i]);
  }

  /** The derivative of {@link #normalise} at {@code x}: 0 where the value is clamped or capped. */
  double slope(int i, double x) {
    if (forms[i] == LINEAR) {
      double y = bases[i] + slopes[i] * (x - centers[i]);
      return y < 0 || y > caps[i] ? 0 : slopes[i];
    }
    if (!(x > 0)) {
      return 0;
    }
    double y = slopes[i] / x;
    return y > caps[i] ? 0 : -slopes[i] / (x * x);
  }

  /**
   * Scores one unit.
   *
   * @param raw the raw values in component order, NaN for missing; not null, length {@link #size()}
   * @return the score on 0..100, or NaN when no component with weight &gt; 0 has a value
   * @throws CemArgumentException if the length is wrong, or a component is missing under {@link
   *     MissingPolicy#FAIL}
   */
  public double score(double[] raw) {
    checkNotNull(raw, "raw");
    if (raw.length != metricIds.length) {
      throw new CemArgumentException(
          format(
              "raw values length (%d) must equal the number of components (%d): %s",
              raw.length, metricIds.length, Arrays.toString(metricIds)));
    }
    return kernel(raw, 0);
  }

  /**
   * Scores one unit whose raw values are {@code values[offset] .. values[offset + size() - 1]},
   * e.g. a row of a row-major matrix. See {@link #score(double[])}.
   */
  public double score(double[] values, int offset) {
    checkNotNull(values, "values");
    if (offset < 0 || offset > values.length - metricIds.length) {
      throw new CemArgumentException(
          format(
              "offset (%d) must be between 0 and %d for %d values",
              offset, values.length - metricIds.length, values.length));
    }
    return kernel(values, offset);
  }

  /** The name of the kernel {@link #score} uses; for tests. */
  String kernelName() {
    switch (kernel) {
      case KERNEL_ARITHMETIC_LINEAR:
        return "arithmetic-linear";
      case KERNEL_ARITHMETIC:
        return "arithmetic";
      case KERNEL_GEOMETRIC:
        return "geometric";
      case KERNEL_MINIMUM:
        return "minimum";
      default:
        return "reference";
    }
  }

  /** Scores a row whose bounds were checked, with the kernel chosen at compile time. */
  private double kernel(double[] values, int offset) {
    switch (kernel) {
      case KERNEL_ARITHMETIC_LINEAR:
        return arithmeticLinear(values, offset);
      case KERNEL_ARITHMETIC:
        return arithmetic(values, offset);
      case KERNEL_GEOMETRIC:
        return geometric(values, offset);
      case KERNEL_MINIMUM:
        return minimum(values, offset);
      default:
        return scoreReference(values, offset);
    }
  }

  private double arithmeticLinear(double[] values, int offset) {
    double[] p = linear;
    int k = metricIds.length;
    // The first four terms in straight-line code: they do not depend on each other, and C2 keeps
    // them apart, where a loop over so few components costs more than the arithmetic (measured
    // 6.5 against 10.2 ns for four). The sum is formed in the loop's order, and the first term
    // starts it: 0.0 + t is t for the terms here (t >= +0.0).
    double acc;
    int i;
    if (k >= 4) {
      double x0 = values[offset];
      double x1 = values[offset + 1];
      double x2 = values[offset + 2];
      double x3 = values[offset + 3];
      if (x0 != x0 || x1 != x1 || x2 != x2 || x3 != x3) {
        return scoreReference(values, offset);
      }
      acc = ((term(p, 0, x0) + term(p, STRIDE, x1)) + term(p, 2 * STRIDE, x2))
          + term(p, 3 * STRIDE, x3);
      i = 4;
    } else {
      double x0 = values[offset];
      if (x0 != x0) {
        return scoreReference(values, offset);
      }
      acc = term(p, 0, x0);
      i = 1;
    }
    for (; i < k; i++) {
      double x = values[offset + i];
      if (x != x) {
        return scoreReference(values, offset);
      }
      acc += term(p, STRIDE * i, x);
    }
    return clampMean(acc);
  }

  /** The weighted, clamped linear term of the component whose parameters start at p[j]. */
  private static double term(double[] p, int j, double x) {
    return p[j] * clampLinear(p[j + 1] + p[j + 2] * (x - p[j + 3]), p[j + 4]);
  }

  /**
   * {@code Math.min(Math.max(y, 0), cap)} for the values the arithmetic-linear kernel sees, with
   * two compares instead of the intrinsics' NaN and signed-zero handling: {@code y} is not NaN
   * (finite base and centre, finite non-zero slope, raw value not NaN) and not -0.0 (the base is
   * +0.0, 50 or 100, and +0.0 + -0.0 is +0.0), and {@code cap} is in (0, 100].
   */
  private static double clampLinear(double y, double cap) {
    return y > 0 ? (y < cap ? y : cap) : 0;
  }

  /**
   * {@code Math.min(Math.max(acc / activeWeight, 0), 100)} for an arithmetic sum {@code acc >=
   * +0.0} of finite terms: the quotient is not NaN and not negative, so the lower clamp is the
   * identity; for a power-of-two weight sum the division is an exact multiplication.
   */
  private double clampMean(double acc) {
    double s = exactInverse == exactInverse ? acc * exactInverse : acc / activeWeight;
    return s < 100 ? s : 100;
  }

  private double arithmetic(double[] values, int offset) {
    double acc = 0;
    for (int i : active) {
      double x = values[offset + i];
      if (x != x) {
        return scoreReference(values, offset);
      }
      acc += weights[i] * normalise(i, x);
    }
    return Math.min(Math.max(acc / activeWeight, 0), 100);
  }

  private double geometric(double[] values, int offset) {
    double acc = 0;
    boolean zero = false;
    for (int i : active) {
      double x = values[offset + i];
      if (x != x) {
        return scoreReference(values, offset);
      }
      double y = normalise(i, x);
      if (y == 0) {
        zero = true;
      } else {
        acc += weights[i] * Math.log(y);
      }
    }
    double s = zero ? 0 : Math.exp(acc / activeWeight);
    return Math.min(Math.max(s, 0), 100);
  }

  private double minimum(double[] values, int offset) {
    double min = Double.POSITIVE_INFINITY;
    for (int i : active) {
      double x = values[offset + i];
      if (x != x) {
        return scoreReference(values, offset);
      }
      double y = normalise(i, x);
      if (y < min) {
        min = y;
      }
    }
    return Math.min(Math.max(min, 0), 100);
  }

  /**
   * The reference implementation: one generic loop for every aggregation and missing-value policy.
   * The kernels hand it every row with a missing value; tests compare the kernels against it.
   */
  double scoreReference(double[] values, int offset) {
    double usedWeight = 0;
    double presentWeight = 0;
    double acc = 0;
    double min = Double.POSITIVE_INFINITY;
    boolean zero = false;
    for (int i = 0; i < metricIds.length; i++) {
      double w = weights[i];
      if (w == 0) {
        continue;
      }
      double x = values[offset + i];
      double y;
      if (x != x) {
        if (missingPolicy == MissingPolicy.REWEIGHT) {
          continue;
        }
        if (missingPolicy == MissingPolicy.FAIL) {
          throw missing(i);
        }
        y = 0;
      } else {
        y = normalise(i, x);
        presentWeight += w;
      }
      usedWeight += w;
      if (aggregation == Aggregation.ARITHMETIC) {
        acc += w * y;
      } else if (aggregation == Aggregation.GEOMETRIC) {
        if (y == 0) {
          zero = true;
        } else {
          acc += w * Math.log(y);
        }
      } else if (y < min) {
        min = y;
      }
    }
    if (presentWeight == 0) {
      return Double.NaN;
    }
    double s;
    if (aggregation == Aggregation.ARITHMETIC) {
      s = acc / usedWeight;
    } else if (aggregation == Aggregation.GEOMETRIC) {
      s = zero ? 0 : Math.exp(acc / usedWeight);
    } else {
      s = min;
    }
    return Math.min(Math.max(s, 0), 100);
  }

  /**
   * Scores every row of a column-major batch: {@code columns[i][row]} is component {@code i}'s raw
   * value for the row. Allocates one row buffer per call, nothing per row.
   *
   * @param columns one column per component, all of the length of {@code out}; not null
   * @param out receives the scores; not null
   */
  public void scoreColumns(double[][] columns, double[] out) {
    checkNotNull(columns, "columns");
    checkNotNull(out, "out");
    checkArgument(
        columns.length == metricIds.length,
        "columns (%d) must equal the number of components (%d)",
        columns.length,
        metricIds.length);
    for (int i = 0; i < columns.length; i++) {
      checkArgument(
          columns[i].length == out.length,
          "column %d ('%s') has %d rows, expected %d",
          i,
          metricIds[i],
          columns[i].length,
          out.length);
    }
    double[] row = new double[metricIds.length];
    for (int r = 0; r < out.length; r++) {
      for (int i = 0; i < row.length; i++) {
        row[i] = columns[i][r];
      }
      out[r] = kernel(row, 0);
    }
  }

  /**
   * The share of the total weight whose components have a value (not NaN), 0..1.
   *
   * @param raw the raw values in component order; not null, length {@link #size()}
   */
  public double coverage(double[] raw) {
    checkNotNull(raw, "raw");
    checkArgument(
        raw.length == metricIds.length,
        "raw values length (%d) must equal the number of components (%d)",
        raw.length,
        metricIds.length);
    double present = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == raw[i]) {
        present += weights[i];
      }
    }
    return present / totalWeight;
  }

  /** The status of a score under the bundle's thresholds; allocates nothing. */
  public Status status(double score) {
    if (Double.isNaN(score)) {
      return Status.NO_DATA;
    }
    return thresholds == null
        ? Status.NOT_RATED
        : thresholds.status(score, Direction.HIGHER_IS_BETTER);
  }

  private CemArgumentException missing(int i) {
    return new CemArgumentException(
        format(
            "bundle '%s': component '%s' has no value and the missing policy is FAIL;"
                + " pass a value or use REWEIGHT or TREAT_AS_ZERO",
            bundle.name(), metricIds[i]));
  }

  /**
   * The full object-API result for one unit: the value from {@link #score(double[])} plus the
   * detail. One {@code double[]} holds the raw values and the per-component results ({@link
   * ComponentScores}); the {@link ComponentScore} records are built only when read.
   *
   * @param values metric id to estimate, as {@link MetricBundle#score(Map)} takes them; not null
   */
  BundleScore explain(Map<String, Estimate> values) {
    return explain(values, true);
  }

  /**
   * See {@link #explain(Map)}; {@code specialised} false forces the generic path, the reference
   * the tests compare the arithmetic-linear path against.
   */
  BundleScore explain(Map<String, Estimate> values, boolean specialised) {
    checkNotNull(values, "values");
    if (specialised && kernel == KERNEL_ARITHMETIC_LINEAR) {
      BundleScore score = explainArithmeticLinear(values);
      if (score != null) {
        return score;
      }
    }
    double[] d = new double[ComponentScores.COLUMNS * metricIds.length];
    return explainGeneric(values, d);
  }

  /**
   * The per-component detail of a unit with these inputs (every one with a value), as the generic
   * path computes it: {@link ComponentScores#COLUMNS} columns of {@code inputs.length} values.
   * {@link ComponentScores} calls this when a score from the fast path is first read in detail.
   */
  double[] detail(Estimate[] inputs) {
    Map<String, Estimate> values = new HashMap<>();
    for (int i = 0; i < inputs.length; i++) {
      values.put(metricIds[i], inputs[i]);
    }
    double[] d = new double[ComponentScores.COLUMNS * inputs.length];
    explainGeneric(values, d);
    return d;
  }

  /** The generic path of {@link #explain(Map, boolean)}; fills {@code d} with the detail. */
  private BundleScore explainGeneric(Map<String, Estimate> values, double[] d) {
    int k = metricIds.length;
    Estimate[] inputs = new Estimate[k];
    double present = 0;
    double usedWeight = 0;
    for (int i = 0; i < k; i++) {
      Estimate e = values.get(metricIds[i]);
      double x = Double.NaN;
      if (e == null || e.isEmpty()) {
        inputs[i] = e == null ? MISSING : e;
      } else {
        x = e.value();
        if (!(x >= lowers[i] && x <= uppers[i])) {
          throw MetricBundle.outOfRange(metricIds[i], x, bundle.metric(metricIds[i]));
        }
        inputs[i] = e;
        present += weights[i];
      }
      d[i] = x;
      if (used(i, x)) {
        usedWeight += weights[i];
      }
    }
    double coverage = present / totalWeight;
    double value = kernel(d, 0);
    int argMin = -1;
    double logSum = 0;
    for (int i = 0; i < k; i++) {
      double x = d[i];
      boolean used = used(i, x);
      double y = x == x ? normalise(i, x) : used ? 0 : Double.NaN;
      double share = used && usedWeight > 0 ? weights[i] / usedWeight : 0;
      d[ComponentScores.NORMALISED * k + i] = y;
      d[ComponentScores.SHARE * k + i] = share;
      if (used) {
        if (argMin < 0 || y < d[ComponentScores.NORMALISED * k + argMin]) {
          argMin = i;
        }
        if (aggregation == Aggregation.GEOMETRIC && y > 0) {
          logSum += share * Math.log(y);
        }
      }
    }
    double variance = 0;
    for (int i = 0; i < k; i++) {
      double x = d[i];
      double y = d[ComponentScores.NORMALISED * k + i];
      double share = d[ComponentScores.SHARE * k + i];
      double contribution;
      double dScoreDy;
      if (Double.isNaN(value) || share == 0) {
        contribution = share == 0 ? 0 : Double.NaN;
        dScoreDy = 0;
      } else if (aggregation == Aggregation.ARITHMETIC) {
        contribution = share * y;
        dScoreDy = share;
      } else if (aggregation == Aggregation.GEOMETRIC) {
        if (value == 0) {
          contribution = 0;
          dScoreDy = 0;
        } else {
          contribution = logSum != 0 ? value * share * Math.log(y) / logSum : share * value;
          dScoreDy = share * value / y;
        }
      } else {
        contribution = i == argMin ? value : 0;
        dScoreDy = i == argMin ? 1 : 0;
      }
      double sensitivity = x == x ? dScoreDy * slope(i, x) : 0;
      if (sensitivity != 0) {
        double se = inputs[i].standardError();
        variance += sensitivity * sensitivity * se * se;
      }
      d[ComponentScores.CONTRIBUTION * k + i] = contribution;
      d[ComponentScores.SENSITIVITY * k + i] = sensitivity;
    }
    double se = Double.isNaN(value) ? Double.NaN : Math.sqrt(variance);
    return BundleScore.of(
        value,
        se,
        BundleScore.DEFAULT_CONFIDENCE,
        status(value),
        coverage,
        new ComponentScores(this, inputs, d),
        bundle.appliedProfile());
  }

  /**
   * The arithmetic-linear kernel for a unit with every value: the components looked up and
   * checked, then the generic path's operations in the same order, so the same doubles bit for
   * bit. The kernel's sum ({@code 0 * y} adds +0.0 for a weight of 0), {@link #normalise} and
   * {@link #slope} of a linear component, and {@code dScore/dy = share} (the value cannot be NaN
   * with every value present); coverage and each share times slope are the generic path's values
   * for a complete unit, formed at compile time. The per-component detail is left to {@link ComponentScores}, which asks {@link
   * #detail} for it when first read, so a score allocates only the inputs, the list and itself.
   *
   * @return the score, or null if a component has no value (the generic path applies the policy)
   */
  private @Nullable BundleScore explainArithmeticLinear(Map<String, Estimate> values) {
    int k = metricIds.length;
    Estimate[] inputs = new Estimate[k];
    for (int i = 0; i < k; i++) {
      Estimate e = values.get(metricIds[i]);
      if (e == null || e.isEmpty()) {
        return null;
      }
      double x = e.value();
      if (!(x >= lowers[i] && x <= uppers[i])) {
        throw MetricBundle.outOfRange(metricIds[i], x, bundle.metric(metricIds[i]));
      }
      inputs[i] = e;
    }
    // As in arithmeticLinear, the first four components in straight-line code. Both sums start
    // with their first term (0.0 + t is t: terms are >= +0.0 or NaN), and a skipped variance term
    // is +0.0, which leaves a sum of non-negative terms unchanged.
    double acc;
    double variance;
    int i;
    if (k >= 4) {
      double y0 = linearY(0, inputs[0]);
      double y1 = linearY(1, inputs[1]);
      double y2 = linearY(2, inputs[2]);
      double y3 = linearY(3, inputs[3]);
      acc = ((weighted(0, y0) + weighted(1, y1)) + weighted(2, y2)) + weighted(3, y3);
      variance =
          ((variance(0, y0, inputs[0]) + variance(1, y1, inputs[1])) + variance(2, y2, inputs[2]))
              + variance(3, y3, inputs[3]);
      i = 4;
    } else {
      double y0 = linearY(0, inputs[0]);
      acc = weighted(0, y0);
      variance = variance(0, y0, inputs[0]);
      i = 1;
    }
    for (; i < k; i++) {
      double y = linearY(i, inputs[i]);
      acc += weighted(i, y);
      variance += variance(i, y, inputs[i]);
    }
    double value = clampMean(acc);
    return BundleScore.of(
        value,
        Math.sqrt(variance),
        BundleScore.DEFAULT_CONFIDENCE,
        status(value),
        completeCoverage,
        new ComponentScores(this, inputs, null),
        bundle.appliedProfile());
  }

  /** The linear normalisation of component i before clamping, as {@link #normalise} forms it. */
  private double linearY(int i, Estimate e) {
    int j = STRIDE * i;
    return linear[j + 1] + linear[j + 2] * (e.value() - linear[j + 3]);
  }

  /** Component i's weighted, clamped term of the arithmetic sum. */
  private double weighted(int i, double linearY) {
    int j = STRIDE * i;
    return linear[j] * clampLinear(linearY, linear[j + 4]);
  }

  /**
   * Component i's term of the delta-method variance for a unit with every value: (share * slope *
   * se)^2 inside the clamp, where the score moves with the value, and +0.0 outside it or with a
   * zero sensitivity, as the generic path skips those.
   */
  private double variance(int i, double linearY, Estimate e) {
    double sensitivity = linearY < 0 || linearY > linear[STRIDE * i + 4] ? 0 : completeShareSlope[i];
    if (sensitivity == 0) {
      return 0;
    }
    double se = e.standardError();
    return sensitivity * sensitivity * se * se;
  }

  /** True when component {@code i} takes part in the aggregate for raw value {@code x}. */
  private boolean used(int i, double x) {
    return weights[i] > 0 && (x == x || missingPolicy == MissingPolicy.TREAT_AS_ZERO);
  }

  /** The detail of component {@code i}, built when a {@link ComponentScores} is read. */
  ComponentScore detail(
      int i,
      Estimate input,
      boolean present,
      double normalised,
      double share,
      double contribution,
      double sensitivity) {
    BundleComponent c = bundle.components().get(i);
    Direction direction = bundle.metric(c.metricId()).direction();
    Status status =
        !present
            ? Status.NO_DATA
            : c.thresholds().map(t -> t.status(input.value(), direction))
                .orElse(Status.NOT_RATED);
    Optional<Boolean> meets =
        present && c.target().isPresent()
            ? Optional.of(
                direction.higherIsBetter()
                    ? input.value() >= c.target().getAsDouble()
                    : input.value() <= c.target().getAsDouble())
            : Optional.empty();
    return new ComponentScore(
        c.metricId(),
        input,
        present,
        normalised,
        c.weight(),
        share,
        contribution,
        sensitivity,
        status,
        meets);
  }

  @Override
  public String toString() {
    return format(
        "CompiledBundle[%s, %s, %s, components=%s]",
        bundle.name(), aggregation, missingPolicy, Arrays.toString(metricIds));
  }
}
