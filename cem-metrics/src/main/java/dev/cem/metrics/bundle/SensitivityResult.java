package dev.cem.metrics.bundle;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableMap;
import dev.cem.core.CemArgumentException;
import java.util.Map;

/**
 * The outcome of a {@link SensitivityAnalysis}: per-unit score ranges and the rank stability of
 * the units.
 *
 * <p>Rank stability compares, for each run, the ranking of the units under the perturbed bundle
 * with the baseline ranking by Spearman's rank correlation (1 = same order, -1 = reversed). Runs
 * where it is undefined (fewer than two units with a score, or all scores tied) are left out of
 * the mean and the minimum; when every run is, both are NaN.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param runs the number of perturbed runs
 * @param seed the seed the runs were drawn from
 * @param units per-unit results, in the units' order; not null
 * @param meanSpearman the mean rank correlation with the baseline over the runs
 * @param minSpearman the smallest rank correlation with the baseline over the runs
 */
public record SensitivityResult(
    int runs,
    long seed,
    Map<String, UnitSensitivity> units,
    double meanSpearman,
    double minSpearman) {

  public SensitivityResult {
    units = ImmutableMap.copyOf(checkNotNull(units, "units"));
  }

  /**
   * The result for one unit.
   *
   * @throws CemArgumentException if there is no such unit
   */
  public UnitSensitivity unit(String id) {
    checkNotNull(id, "id");
    UnitSensitivity u = units.get(id);
    if (u == null) {
      throw new CemArgumentException(
          format("unit '%s' was not analysed; units: %s", id, units.keySet()));
    }
    return u;
  }
}
