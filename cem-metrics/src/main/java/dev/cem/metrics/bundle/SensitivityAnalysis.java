package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkState;

import com.google.common.collect.ImmutableList;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.bundle.internal.Ranks;
import dev.cem.metrics.catalog.MetricDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Uncertainty and sensitivity analysis of a bundle's scores over a set of units, in the spirit of
 * the OECD/JRC handbook (section 7): each run perturbs the weights and, optionally, swaps the
 * normalisation method, scores every unit again, and records the scores and the ranking.
 *
 * <ul>
 *   <li><b>Weights</b> are perturbed by a {@link WeightPerturbation} (uniform +-x % or Dirichlet).
 *   <li><b>Normalisation</b>: given alternatives (parameter-free kinds: {@link
 *       Normalisation#minMax()}, {@link Normalisation#zScore()}, {@link Normalisation#identity()}),
 *       each run draws uniformly among "as defined" and each alternative, and applies the drawn
 *       method to every component. IDENTITY is applied only to components whose metric lies on
 *       0..100; the others keep their own normalisation in that run.
 *   <li>Min-max and z-score references are computed once over the units.
 * </ul>
 *
 * <p>The analysis is deterministic for a seed: runs draw from one {@link SplittableRandom} in a
 * fixed order, so the same bundle, units, settings and seed give an equal {@link
 * SensitivityResult}.
 *
 * <p>This class is immutable and thread-safe; {@link #run} may be called from several threads.
 */
public final class SensitivityAnalysis {
  private final MetricBundle bundle;
  private final WeightPerturbation weights;
  private final ImmutableList<Normalisation> alternatives;
  private final int runs;
  private final long seed;

  private SensitivityAnalysis(Builder b) {
    this.bundle = b.bundle;
    this.weights = b.weights == null ? WeightPerturbation.none() : b.weights;
    this.alternatives = ImmutableList.copyOf(b.alternatives);
    this.runs = b.runs == null ? 1000 : b.runs;
    this.seed = b.seed == null ? 0 : b.seed;
  }

  /** Returns a builder for an analysis of the given bundle. */
  public static Builder builder(MetricBundle bundle) {
    return new Builder(bundle);
  }

  /** Spearman's rank correlation of two samples, ties at average rank; NaN if undefined. */
  public static double spearman(double[] a, double[] b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkArgument(a.length == b.length, "lengths (%d, %d) must be equal", a.length, b.length);
    return Ranks.spearman(a, b);
  }

  /**
   * Runs the analysis over units: unit id to (metric id to estimate).
   *
   * @throws dev.cem.core.CemArgumentException as {@link MetricBundle#scoreAll} would, e.g. for a
   *     missing component under {@link MissingPolicy#FAIL}
   */
  public SensitivityResult run(Map<String, ? extends Map<String, Estimate>> units) {
    checkNotNull(units, "units");
    BundleReference reference = bundle.reference(units);
    List<String> ids = new ArrayList<>(units.keySet());
    double[][] raw = new double[ids.size()][];
    for (int u = 0; u < raw.length; u++) {
      raw[u] = bundle.rawValues(units.get(ids.get(u)));
    }
    double[] baseline = scores(bundle.compile(reference), raw);
    double[] base = bundle.components().stream().mapToDouble(BundleComponent::weight).toArray();

    SplittableRandom random = new SplittableRandom(seed);
    double[][] byUnit = new double[ids.size()][runs];
    double[][] rankByUnit = new double[ids.size()][runs];
    double sumRho = 0;
    double minRho = Double.NaN;
    int rhoCount = 0;
    for (int r = 0; r < runs; r++) {
      int choice = alternatives.isEmpty() ? 0 : random.nextInt(alternatives.size() + 1);
      double[] w = weights.perturb(base, random);
      MetricBundle perturbed = perturb(w, choice == 0 ? null : alternatives.get(choice - 1));
      double[] s = scores(perturbed.compile(reference), raw);
      double[] ranks = descendingRanks(s);
      for (int u = 0; u < s.length; u++) {
        byUnit[u][r] = s[u];
        rankByUnit[u][r] = ranks[u];
      }
      double rho = pairedSpearman(baseline, s);
      if (!Double.isNaN(rho)) {
        sumRho += rho;
        minRho = rhoCount == 0 ? rho : Math.min(minRho, rho);
        rhoCount++;
      }
    }
    double[] baselineRanks = descendingRanks(baseline);
    Map<String, UnitSensitivity> out = new LinkedHashMap<>();
    for (int u = 0; u < ids.size(); u++) {
      out.put(ids.get(u), summarise(ids.get(u), baseline[u], baselineRanks[u], byUnit[u], rankByUnit[u]));
    }
    return new SensitivityResult(
        runs, seed, out, rhoCount == 0 ? Double.NaN : sumRho / rhoCount, minRho);
  }

  private MetricBundle perturb(double[] w, @Nullable Normalisation alternative) {
    List<BundleComponent> components = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      BundleComponent c = bundle.components().get(i).withWeight(w[i]);
      if (alternative != null && fits(alternative, bundle.metric(c.metricId()))) {
        c = c.withNormalisation(alternative);
      }
      components.add(c);
    }
    return bundle.toBuilder().replaceComponents(components).build();
  }

  private static boolean fits(Normalisation n, MetricDefinition m) {
    return n.kind() != NormalisationKind.IDENTITY || (m.lower() >= 0 && m.upper() <= 100);
  }

  private static double[] scores(CompiledBundle compiled, double[][] raw) {
    double[] s = new double[raw.length];
    for (int u = 0; u < raw.length; u++) {
      s[u] = compiled.score(raw[u]);
    }
    return s;
  }

  /** Ranks with 1 for the best score; NaN scores get NaN ranks. */
  private static double[] descendingRanks(double[] scores) {
    int[] finite = finiteIndexes(scores);
    double[] negated = new double[finite.length];
    for (int i = 0; i < finite.length; i++) {
      negated[i] = -scores[finite[i]];
    }
    double[] r = Ranks.ranks(negated);
    double[] out = new double[scores.length];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < finite.length; i++) {
      out[finite[i]] = r[i];
    }
    return out;
  }

  private static double pairedSpearman(double[] a, double[] b) {
    int[] both =
        java.util.stream.IntStream.range(0, a.length)
            .filter(i -> !Double.isNaN(a[i]) && !Double.isNaN(b[i]))
            .toArray();
    double[] x = new double[both.length];
    double[] y = new double[both.length];
    for (int i = 0; i < both.length; i++) {
      x[i] = a[both[i]];
      y[i] = b[both[i]];
    }
    return Ranks.spearman(x, y);
  }

  private static int[] finiteIndexes(double[] v) {
    return java.util.stream.IntStream.range(0, v.length).filter(i -> !Double.isNaN(v[i])).toArray();
  }

  private static UnitSensitivity summarise(
      String id, double baseline, double baselineRank, double[] scores, double[] ranks) {
    double[] s = Arrays.stream(scores).filter(x -> !Double.isNaN(x)).sorted().toArray();
    double[] r = Arrays.stream(ranks).filter(x -> !Double.isNaN(x)).sorted().toArray();
    return new UnitSensitivity(
        id,
        baseline,
        Ranks.quantile(s, 0),
        Ranks.quantile(s, 0.05),
        Ranks.quantile(s, 0.5),
        Ranks.quantile(s, 0.95),
        Ranks.quantile(s, 1),
        baselineRank,
        Ranks.quantile(r, 0),
        Ranks.quantile(r, 1));
  }

  /**
   * Collects the settings of a {@link SensitivityAnalysis}. Defaults: no weight perturbation, no
   * normalisation alternatives, 1000 runs, seed 0. Each setting may be set once.
   *
   * <p>This class is not thread safe.
   */
  public static final class Builder {
    private final MetricBundle bundle;
    private @Nullable WeightPerturbation weights;
    private final List<Normalisation> alternatives = new ArrayList<>();
    private @Nullable Integer runs;
    private @Nullable Long seed;

    private Builder(MetricBundle bundle) {
      this.bundle = checkNotNull(bundle, "bundle");
    }

    /** How weights are perturbed in each run. */
    public Builder weights(WeightPerturbation perturbation) {
      checkNotNull(perturbation, "perturbation");
      checkState(weights == null, "weight perturbation already set to %s", weights);
      weights = perturbation;
      return this;
    }

    /**
     * Alternative normalisations, each applied to all components in the runs that draw it.
     *
     * @throws dev.cem.core.CemArgumentException if one needs parameters (GOALPOSTS,
     *     DISTANCE_TO_TARGET)
     */
    public Builder normalisations(Normalisation... methods) {
      checkNotNull(methods, "methods");
      for (Normalisation n : methods) {
        checkNotNull(n, "normalisation");
        checkArgument(
            n.kind() == NormalisationKind.MIN_MAX
                || n.kind() == NormalisationKind.Z_SCORE
                || n.kind() == NormalisationKind.IDENTITY,
            "alternative normalisation %s has parameters of its own; use MIN_MAX, Z_SCORE or"
                + " IDENTITY",
            n);
        alternatives.add(n);
      }
      return this;
    }

    /** The number of perturbed runs, 1 to 1 000 000. */
    public Builder runs(int count) {
      checkState(runs == null, "runs already set to %s", runs);
      checkArgument(count >= 1 && count <= 1_000_000, "runs (%d) must be between 1 and 1000000", count);
      runs = count;
      return this;
    }

    /** The seed of the runs' random numbers. */
    public Builder seed(long value) {
      checkState(seed == null, "seed already set to %s", seed);
      seed = value;
      return this;
    }

    public SensitivityAnalysis build() {
      return new SensitivityAnalysis(this);
    }
  }
}
