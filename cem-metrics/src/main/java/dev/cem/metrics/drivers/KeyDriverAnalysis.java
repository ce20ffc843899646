package dev.cem.metrics.drivers;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkConfidence;

import dev.cem.core.Scale;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionInterval;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.internal.Correlations;
import dev.cem.metrics.internal.JourneyResponses;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Key-driver analysis of touchpoint ratings against a journey-level outcome.
 *
 * <h3>What is computed</h3>
 *
 * <ul>
 *   <li><b>Importance as correlation:</b> for each driver, the Pearson correlation between its
 *       rating and the outcome over the rows where it is rated (pairwise deletion). With a binary
 *       outcome this is the point-biserial correlation. The estimate carries the standard error
 *       {@code sqrt((1 - r^2) / (n - 2))} (NaN for n &lt;= 2) and a Fisher z interval {@code
 *       tanh(atanh(r) +- z / sqrt(n - 3))} (NaN for n &lt;= 3; [r, r] when |r| = 1) [1].
 *   <li><b>Importance as relative weight:</b> Johnson's relative weights [2] over the complete
 *       cases (rows where every driver is rated), computed from the correlation matrix with a
 *       Jacobi eigendecomposition; they sum to R^2 and are also given as percentages of R^2.
 *       Undefined (NaN) with fewer complete cases than drivers + 2, a constant variable or
 *       collinear drivers.
 *   <li><b>Performance:</b> the mean rating (a {@link MomentsAccumulator} t interval) and the
 *       top-2-box share (ratings at or above {@code scale.topBoxThreshold(2)}, a Wilson interval;
 *       top-1 on a two-point scale).
 *   <li><b>Quadrant:</b> importance (the chosen {@link ImportanceMeasure}; correlation by
 *       default) against performance (the mean rating), split as {@link QuadrantSplit} documents
 *       (by default at the means over the drivers).
 * </ul>
 *
 * <ol>
 *   <li>R. A. Fisher (1921), "On the probable error of a coefficient of correlation deduced from
 *       a small sample", Metron 1:3-32.
 *   <li>J. W. Johnson (2000), "A heuristic method for estimating the relative weight of predictor
 *       variables in multiple regression", Multivariate Behavioral Research 35(1):1-19.
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyDriverAnalysis {
  /** The method name of the importance estimates. */
  public static final String CORRELATION_METHOD = "pearson-fisher-z";

  private final QuadrantSplit split;
  private final ImportanceMeasure measure;
  private final double confidence;

  private KeyDriverAnalysis(QuadrantSplit split, ImportanceMeasure measure, double confidence) {
    this.split = split;
    this.measure = measure;
    this.confidence = confidence;
  }

  /** Correlation importance, splits at the means, 95% intervals. */
  public static KeyDriverAnalysis create() {
    return new KeyDriverAnalysis(
        QuadrantSplit.means(), ImportanceMeasure.CORRELATION, Estimate.DEFAULT_CONFIDENCE);
  }

  /** A copy with other split points; not null. */
  public KeyDriverAnalysis withSplit(QuadrantSplit newSplit) {
    return new KeyDriverAnalysis(checkNotNull(newSplit, "newSplit"), measure, confidence);
  }

  /** A copy placing drivers by another importance; not null. */
  public KeyDriverAnalysis withImportance(ImportanceMeasure newMeasure) {
    return new KeyDriverAnalysis(split, checkNotNull(newMeasure, "newMeasure"), confidence);
  }

  /** A copy with another confidence level, strictly between 0 and 1. */
  public KeyDriverAnalysis withConfidence(double newConfidence) {
    return new KeyDriverAnalysis(split, measure, checkConfidence(newConfidence));
  }

  /**
   * Analyses the dataset. An empty dataset gives empty estimates and {@link
   * Quadrant#UNDETERMINED}, never 0.
   *
   * @param data the rows; not null
   */
  public DriverReport analyse(DriverDataset data) {
    checkNotNull(data, "data");
    int p = data.drivers().size();
    int n = data.size();
    Scale scale = data.ratingScale();
    int top = scale.topBoxThreshold(JourneyResponses.boxSize(scale));
    Estimate[] importance = new Estimate[p];
    MeanResult[] means = new MeanResult[p];
    ProportionResult[] top2 = new ProportionResult[p];
    long[] rated = new long[p];
    double[] x = new double[n];
    double[] y = new double[n];
    for (int j = 0; j < p; j++) {
      MomentsAccumulator mean = MomentsAccumulator.create();
      ProportionAccumulator box = ProportionAccumulator.binary();
      int m = 0;
      for (int i = 0; i < n; i++) {
        double r = data.rating(j, i);
        if (!Double.isNaN(r)) {
          x[m] = r;
          y[m] = data.outcome(i);
          m++;
          mean.add(r);
          box.add(r >= top);
        }
      }
      rated[j] = m;
      importance[j] = correlationEstimate(Correlations.pearson(x, y, m), m, confidence);
      means[j] = mean.snapshot(confidence);
      top2[j] = box.snapshot(ProportionInterval.WILSON, confidence);
    }
    int complete = 0;
    double[][] cx = new double[p][n];
    double[] cy = new double[n];
    for (int i = 0; i < n; i++) {
      boolean all = true;
      for (int j = 0; j < p && all; j++) {
        all = !Double.isNaN(data.rating(j, i));
      }
      if (all) {
        for (int j = 0; j < p; j++) {
          cx[j][complete] = data.rating(j, i);
        }
        cy[complete] = data.outcome(i);
        complete++;
      }
    }
    double[] weights = relativeWeights(cx, cy, complete, p);
    double r2 = 0;
    for (double w : weights) {
      r2 += w;
    }
    double[] imp = new double[p];
    double impSum = 0;
    double perfSum = 0;
    int placed = 0;
    for (int j = 0; j < p; j++) {
      imp[j] =
          measure == ImportanceMeasure.CORRELATION
              ? importance[j].value()
              : 100 * weights[j] / r2;
      if (!Double.isNaN(imp[j]) && !means[j].isEmpty()) {
        impSum += imp[j];
        perfSum += means[j].mean();
        placed++;
      }
    }
    double impSplit = split.importance().orElse(placed == 0 ? Double.NaN : impSum / placed);
    double perfSplit = split.performance().orElse(placed == 0 ? Double.NaN : perfSum / placed);
    List<DriverResult> results = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      results.add(
          new DriverResult(
              data.drivers().get(j),
              importance[j],
              weights[j],
              100 * weights[j] / r2,
              means[j],
              top2[j],
              rated[j],
              Quadrant.of(imp[j], means[j].mean(), impSplit, perfSplit)));
    }
    return new DriverReport(
        n, data.outcomeKind(), scale, complete, r2, measure, impSplit, perfSplit, results);
  }

  private static double[] relativeWeights(double[][] cx, double[] cy, int complete, int p) {
    double[] nan = new double[p];
    java.util.Arrays.fill(nan, Double.NaN);
    if (complete < p + 2) {
      return nan;
    }
    double[][] rxx = new double[p][p];
    double[] rxy = new double[p];
    for (int a = 0; a < p; a++) {
      rxx[a][a] = 1;
      rxy[a] = Correlations.pearson(cx[a], cy, complete);
      for (int b = 0; b < a; b++) {
        double r = Correlations.pearson(cx[a], cx[b], complete);
        rxx[a][b] = r;
        rxx[b][a] = r;
      }
    }
    return Correlations.relativeWeights(rxx, rxy);
  }

  /** The correlation as an estimate; empty when r is NaN (undefined). */
  static Estimate correlationEstimate(double r, long n, double confidence) {
    if (Double.isNaN(r)) {
      return Estimate.empty(CORRELATION_METHOD, confidence);
    }
    double se = n > 2 ? Math.sqrt((1 - r * r) / (n - 2)) : Double.NaN;
    double lower = Double.NaN;
    double upper = Double.NaN;
    if (Math.abs(r) == 1) {
      lower = r;
      upper = r;
    } else if (n > 3) {
      double z = NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + confidence) / 2);
      double fz = 0.5 * Math.log((1 + r) / (1 - r));
      double half = z / Math.sqrt(n - 3);
      lower = Math.tanh(fz - half);
      upper = Math.tanh(fz + half);
    }
    return Estimate.of(r, se, lower, upper, confidence, n, CORRELATION_METHOD);
  }
}
