package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import dev.cem.metrics.bundle.internal.Ranks;
import java.util.SplittableRandom;

/**
 * How {@link SensitivityAnalysis} perturbs a bundle's weights in each run. Components with weight 0
 * keep weight 0.
 *
 * <ul>
 *   <li>{@link #none()}: the weights stay as they are.
 *   <li>{@link #uniform(double) uniform(a)}: each weight is multiplied by an independent {@code 1 +
 *       U(-a, a)}, e.g. a = 0.2 for +-20 %.
 *   <li>{@link #dirichlet(double) dirichlet(c)}: the weight shares are drawn from a Dirichlet
 *       distribution with parameters {@code alpha_i = c k v_i}, where {@code v_i} are the base
 *       shares and {@code k} the number of weighted components. The expected shares are the base
 *       shares; a larger concentration c gives draws closer to them (with equal weights,
 *       {@code alpha_i = c}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param kind the method; not null
 * @param amount the uniform half-width a in [0, 1), the Dirichlet concentration c &gt; 0, or 0 for
 *     none
 */
public record WeightPerturbation(Kind kind, double amount) {

  /** The perturbation methods. */
  public enum Kind {
    NONE,
    UNIFORM,
    DIRICHLET
  }

  public WeightPerturbation {
    checkNotNull(kind, "kind");
    switch (kind) {
      case UNIFORM:
        checkArgument(
            amount >= 0 && amount < 1,
            "uniform weight perturbation (%s) must be in [0, 1), e.g. 0.2 for +-20%%",
            amount);
        break;
      case DIRICHLET:
        checkArgument(
            amount > 0 && Double.isFinite(amount),
            "Dirichlet concentration (%s) must be a finite number > 0",
            amount);
        break;
      default:
        checkArgument(amount == 0, "no weight perturbation takes no amount (%s)", amount);
    }
  }

  /** Leaves the weights unchanged. */
  public static WeightPerturbation none() {
    return new WeightPerturbation(Kind.NONE, 0);
  }

  /** Multiplies each weight by an independent {@code 1 + U(-halfWidth, halfWidth)}. */
  public static WeightPerturbation uniform(double halfWidth) {
    return new WeightPerturbation(Kind.UNIFORM, halfWidth);
  }

  /** Draws the weight shares from a Dirichlet distribution centred on the base shares. */
  public static WeightPerturbation dirichlet(double concentration) {
    return new WeightPerturbation(Kind.DIRICHLET, concentration);
  }

  /**
   * Returns perturbed weights; the input is not changed.
   *
   * @param weights the base weights, finite and &gt;= 0, at least one &gt; 0; not null
   * @param random the source of randomness; not null
   */
  public double[] perturb(double[] weights, SplittableRandom random) {
    checkNotNull(weights, "weights");
    checkNotNull(random, "random");
    double[] out = weights.clone();
    switch (kind) {
      case UNIFORM:
        for (int i = 0; i < out.length; i++) {
          out[i] = weights[i] * (1 + amount * (2 * random.nextDouble() - 1));
        }
        return out;
      case DIRICHLET:
        {
          double total = 0;
          int k = 0;
          for (double w : weights) {
            total += w;
            k += w > 0 ? 1 : 0;
          }
          double sum = 0;
          for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] > 0 ? Ranks.gamma(amount * k * weights[i] / total, random) : 0;
            sum += out[i];
          }
          if (!(sum > 0)) {
            return weights.clone();
          }
          for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
          }
          return out;
        }
      default:
        return out;
    }
  }

  @Override
  public String toString() {
    return kind == Kind.NONE ? "NONE" : format("%s(%s)", kind, amount);
  }
}
