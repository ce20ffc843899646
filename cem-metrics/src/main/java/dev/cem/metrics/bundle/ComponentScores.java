package dev.cem.metrics.bundle;

import com.google.common.collect.ImmutableList;
import dev.cem.metrics.Estimate;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The {@link BundleScore#components()} of a score from {@link CompiledBundle}: an unmodifiable
 * list that keeps the inputs, and the per-component results in one {@code double[]} when the
 * scoring path had them, and builds the {@link ComponentScore} records the first time an element
 * is read (asking the compiled bundle for the results first if it has none). Scoring a unit
 * therefore allocates no record per component when the caller reads only the value, status or
 * uncertainty.
 *
 * <p>The list equals, hashes and prints like the {@link ImmutableList} of the same records (the
 * {@link java.util.List} contract), so a {@link BundleScore} is the same value whether its
 * components were built yet or not.
 *
 * <p>This class is immutable and thread-safe. The records are built at most once per reader
 * race: the list of them is published through a volatile field, and building is idempotent (two
 * threads that race build equal lists, and either may win).
 */
final class ComponentScores extends AbstractList<ComponentScore> implements RandomAccess {
  // The layout of the detail array: column c of component i is at c * size + i.
  static final int RAW = 0;
  static final int NORMALISED = 1;
  static final int SHARE = 2;
  static final int CONTRIBUTION = 3;
  static final int SENSITIVITY = 4;
  static final int COLUMNS = 5;

  private final CompiledBundle compiled;
  private final Estimate[] inputs;
  private final double @Nullable [] detail;
  private volatile @Nullable ImmutableList<ComponentScore> built;

  /**
   * Takes ownership of the arrays; the caller must not change them afterwards.
   *
   * @param compiled the bundle that scored the unit
   * @param inputs the estimate of each component, in component order
   * @param detail {@link #COLUMNS} columns of {@code inputs.length} values each, or null to have
   *     {@link CompiledBundle#detail} compute them from inputs that all have a value
   */
  ComponentScores(CompiledBundle compiled, Estimate[] inputs, double @Nullable [] detail) {
    this.compiled = compiled;
    this.inputs = inputs;
    this.detail = detail;
  }

  @Override
  public ComponentScore get(int index) {
    return records().get(index);
  }

  @Override
  public int size() {
    return inputs.length;
  }

  /** The records, built on first use. */
  ImmutableList<ComponentScore> records() {
    ImmutableList<ComponentScore> r = built;
    if (r == null) {
      int k = inputs.length;
      double[] detail = this.detail != null ? this.detail : compiled.detail(inputs);
      ComponentScore[] out = new ComponentScore[k];
      for (int i = 0; i < k; i++) {
        double x = detail[RAW * k + i];
        out[i] =
            compiled.detail(
                i,
                inputs[i],
                x == x,
                detail[NORMALISED * k + i],
                detail[SHARE * k + i],
                detail[CONTRIBUTION * k + i],
                detail[SENSITIVITY * k + i]);
      }
      r = ImmutableList.copyOf(out);
      built = r;
    }
    return r;
  }

  /** True once the records were built; for tests. */
  boolean isBuilt() {
    return built != null;
  }
}
