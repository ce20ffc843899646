package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.catalog.Direction;
import dev.cem.metrics.catalog.MetricDefinition;
import java.util.Arrays;
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

  private final MetricBundle bundle;
  private final String[] metricIds;
  private final int[] forms;
  private final double[] weights;
  private final double[] slopes;
  private final double[] bases;
  private final double[] centers;
  private final double[] caps;
  private final double totalWeight;
  private final Aggregation aggregation;
  private final MissingPolicy missingPolicy;
  private final @Nullable Thresholds thresholds;

  // Per component, for the object API: the metric (natural range, direction), the component's
  // thresholds (null if none) and target (NaN if none), so that explaining a score looks nothing up.
  private final MetricDefinition[] metrics;
  private final @Nullable Thresholds[] componentThresholds;
  private final double[] targets;

  /** The input recorded for a component without a value. */
  private static final Estimate MISSING_INPUT =
      Estimate.empty("missing", BundleScore.DEFAULT_CONFIDENCE);

  private static final Optional<Boolean> MEETS = Optional.of(true);
  private static final Optional<Boolean> MISSES = Optional.of(false);

  /**
   * For an arithmetic bundle whose normalisations are all linear (the usual case): per component
   * with weight &gt; 0, in order, its index in {@link #linearIndex} and {@value #LINEAR_STRIDE}
   * doubles here (share of the total weight, slope, base, centre, cap) in one array, so that
   * {@link #score(double[], int)} runs one branch-light loop over contiguous memory. Both null
   * otherwise.
   */
  private final double @Nullable [] linear;

  private final int @Nullable [] linearIndex;

  private static final int LINEAR_STRIDE = 5;

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
    metrics = new MetricDefinition[k];
    componentThresholds = new Thresholds[k];
    targets = new double[k];
    double total = 0;
    for (int i = 0; i < k; i++) {
      BundleComponent c = components.get(i);
      MetricDefinition metric = bundle.metric(c.metricId());
      metrics[i] = metric;
      componentThresholds[i] = c.thresholds().orElse(null);
      targets[i] = c.target().isPresent() ? c.target().getAsDouble() : Double.NaN;
      metricIds[i] = c.metricId();
      weights[i] = c.weight();
      total += c.weight();
      caps[i] = c.capOr100();
      prepare(i, c.normalisation(), metric, reference);
    }
    totalWeight = total;
    aggregation = bundle.aggregation();
    missingPolicy = bundle.missingPolicy();
    thresholds = bundle.thresholds().orElse(null);
    linearIndex = linearComponents();
    linear = linearIndex == null ? null : linearParameters(linearIndex);
  }

  /** The components with weight &gt; 0 of an arithmetic, all-linear bundle; null otherwise. */
  private int @Nullable [] linearComponents() {
    if (aggregation != Aggregation.ARITHMETIC) {
      return null;
    }
    int active = 0;
    for (int i = 0; i < forms.length; i++) {
      if (forms[i] != LINEAR) {
        return null;
      }
      active += weights[i] == 0 ? 0 : 1;
    }
    int[] index = new int[active];
    for (int i = 0, j = 0; i < forms.length; i++) {
      if (weights[i] != 0) {
        index[j++] = i;
      }
    }
    return index;
  }

  private double[] linearParameters(int[] index) {
    double[] p = new double[index.length * LINEAR_STRIDE];
    for (int j = 0; j < index.length; j++) {
      int i = index[j];
      int at = j * LINEAR_STRIDE;
      p[at] = weights[i] / totalWeight;
      p[at + 1] = slopes[i];
      p[at + 2] = bases[i];
      p[at + 3] = centers[i];
      p[at + 4] = caps[i];
    }
    return p;
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
    return score(raw, 0);
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
    double[] p = linear;
    int[] index = linearIndex;
    return p != null && index != null
        ? scoreArithmeticLinear(p, index, values, offset)
        : scoreGeneric(values, offset);
  }

  /** Any aggregation, normalisation and missing policy. */
  private double scoreGeneric(double[] values, int offset) {
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
   * {@link #score(double[], int)} for an arithmetic bundle of linear normalisations. With every
   * value present the score is the sum of share times normalised value, in two interleaved partial
   * sums: no division and half the dependent additions of the generic loop, so it may differ from
   * that loop in the last bits. With a value missing it takes the generic loop.
   */
  private double scoreArithmeticLinear(double[] p, int[] index, double[] values, int offset) {
    double even = 0;
    double odd = 0;
    int n = index.length;
    int j = 0;
    for (; j + 1 < n; j += 2) {
      double x0 = values[offset + index[j]];
      double x1 = values[offset + index[j + 1]];
      if (x0 != x0 || x1 != x1) {
        return scoreGeneric(values, offset);
      }
      even += linearTerm(p, j, x0);
      odd += linearTerm(p, j + 1, x1);
    }
    if (j < n) {
      double x = values[offset + index[j]];
      if (x != x) {
        return scoreGeneric(values, offset);
      }
      even += linearTerm(p, j, x);
    }
    return n == 0 ? Double.NaN : Math.min(Math.max(even + odd, 0), 100);
  }

  /** Share times the normalised value of linear component j (in {@link #linearIndex} order). */
  private static double linearTerm(double[] p, int j, double x) {
    int at = j * LINEAR_STRIDE;
    double slope = p[at + 1];
    double y = slope == 0 ? p[at + 2] : p[at + 2] + slope * (x - p[at + 3]);
    // Clamp to [0, cap]; comparisons rather than Math.min/max, which also order -0.0 and NaN
    // (neither can occur here: x is not NaN and the final clamp normalises -0.0).
    double cap = p[at + 4];
    return p[at] * (y < 0 ? 0 : y > cap ? cap : y);
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
      out[r] = score(row, 0);
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

  /** The full object-API result: the value from {@link #score(double[])} plus the detail. */
  /**
   * The full object-API result for a unit's estimates: {@link MetricBundle#rawValues} and the
   * explanation, with one map look-up per component. The component details are kept as numbers
   * in one array and become {@link ComponentScore}s only when read ({@link ExplainedComponents}).
   */
  BundleScore explain(Map<String, Estimate> values) {
    checkNotNull(values, "values");
    int k = metricIds.length;
    // Raw values, then normalised values, shares, contributions and sensitivities, k each.
    double[] d = new double[ExplainedComponents.FIELDS * k];
    Estimate[] inputs = new Estimate[k];
    for (int i = 0; i < k; i++) {
      Estimate e = values.get(metricIds[i]);
      if (e == null || e.isEmpty()) {
        d[i] = Double.NaN;
        inputs[i] = e == null ? MISSING_INPUT : e;
      } else {
        MetricDefinition m = metrics[i];
        if (!m.contains(e.value())) { // not checkArgument: its varargs would box on every call
          throw new CemArgumentException(
              format(
                  "value for metric '%s' (%s) must be between %s and %s",
                  metricIds[i], e.value(), m.lower(), m.upper()));
        }
        d[i] = e.value();
        inputs[i] = e;
      }
    }
    return explain(d, inputs);
  }

  private BundleScore explain(double[] d, Estimate[] inputs) {
    int k = metricIds.length;
    double value = score(d, 0);
    double usedWeight = 0;
    double presentWeight = 0;
    for (int i = 0; i < k; i++) {
      boolean present = d[i] == d[i];
      if (present) {
        presentWeight += weights[i];
      }
      if (weights[i] > 0 && (present || missingPolicy == MissingPolicy.TREAT_AS_ZERO)) {
        usedWeight += weights[i];
      }
    }
    int argMin = -1;
    double logSum = 0;
    for (int i = 0; i < k; i++) {
      double raw = d[i];
      boolean present = raw == raw;
      boolean used = weights[i] > 0 && (present || missingPolicy == MissingPolicy.TREAT_AS_ZERO);
      double y = present ? normalise(i, raw) : used ? 0 : Double.NaN;
      double share = used && usedWeight > 0 ? weights[i] / usedWeight : 0;
      d[k + i] = y;
      d[2 * k + i] = share;
      if (used) {
        if (argMin < 0 || y < d[k + argMin]) {
          argMin = i;
        }
        if (y > 0) {
          logSum += share * Math.log(y);
        }
      }
    }
    double variance = 0;
    for (int i = 0; i < k; i++) {
      double raw = d[i];
      double y = d[k + i];
      double share = d[2 * k + i];
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
      double sensitivity = raw == raw ? dScoreDy * slope(i, raw) : 0;
      if (sensitivity != 0) {
        double se = inputs[i].standardError();
        variance += sensitivity * sensitivity * se * se;
      }
      d[3 * k + i] = contribution;
      d[4 * k + i] = sensitivity;
    }
    double se = Double.isNaN(value) ? Double.NaN : Math.sqrt(variance);
    return BundleScore.of(
        value,
        se,
        BundleScore.DEFAULT_CONFIDENCE,
        status(value),
        presentWeight / totalWeight,
        new ExplainedComponents(this, d, inputs),
        bundle.appliedProfile());
  }

  /** The detail of component i, from the numbers {@link #explain(double[], Estimate[])} kept. */
  ComponentScore detail(int i, double[] d, Estimate[] inputs) {
    int k = metricIds.length;
    return detail(i, inputs[i], d[i] == d[i], d[k + i], d[2 * k + i], d[3 * k + i], d[4 * k + i]);
  }

  private ComponentScore detail(
      int i,
      Estimate input,
      boolean present,
      double normalised,
      double share,
      double contribution,
      double sensitivity) {
    Direction direction = metrics[i].direction();
    Thresholds t = componentThresholds[i];
    Status status =
        !present ? Status.NO_DATA : t == null ? Status.NOT_RATED : t.status(input.value(), direction);
    double target = targets[i];
    Optional<Boolean> meets =
        !present || Double.isNaN(target)
            ? Optional.empty()
            : (direction.higherIsBetter() ? input.value() >= target : input.value() <= target)
                ? MEETS
                : MISSES;
    return new ComponentScore(
        metricIds[i],
        input,
        present,
        normalised,
        weights[i],
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
