package dev.cem.metrics.bundle;

import dev.cem.metrics.Estimate;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The component details of an explained {@link BundleScore}, kept as the numbers the score was
 * computed from and turned into {@link ComponentScore}s when read. Scoring a unit then allocates a
 * few arrays instead of a record (and an optional) per component; most callers read only the
 * value.
 *
 * <p>Immutable: the arrays are never written after construction and not exposed. Each {@link
 * #get} builds a new, equal {@link ComponentScore}; equality and hash code are the {@link
 * java.util.List} contract's, so this list equals any list of the same details.
 */
final class ExplainedComponents extends AbstractList<ComponentScore> implements RandomAccess {
  /** Numbers kept per component: raw value, normalised, share, contribution, sensitivity. */
  static final int FIELDS = 5;

  private final CompiledBundle bundle;
  private final double[] numbers;
  private final Estimate[] inputs;

  ExplainedComponents(CompiledBundle bundle, double[] numbers, Estimate[] inputs) {
    this.bundle = bundle;
    this.numbers = numbers;
    this.inputs = inputs;
  }

  @Override
  public ComponentScore get(int index) {
    Objects.checkIndex(index, inputs.length);
    return bundle.detail(index, numbers, inputs);
  }

  @Override
  public int size() {
    return inputs.length;
  }
}
