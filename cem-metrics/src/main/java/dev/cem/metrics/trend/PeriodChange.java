package dev.cem.metrics.trend;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.metrics.Comparison;

/**
 * The change of a metric from one period to a later one, with its significance test. The
 * comparison's difference is {@code to - from}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param from the earlier period (the baseline); not null
 * @param to the later period; not null
 * @param comparison the test of {@code to} against {@code from}; not null
 */
public record PeriodChange(Period from, Period to, Comparison comparison) {

  /** @throws dev.cem.core.CemArgumentException if {@code from} is not before {@code to} */
  public PeriodChange {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(comparison, "comparison");
    checkArgument(from.compareTo(to) < 0, "from (%s) must be before to (%s)", from, to);
  }

  /** The change, {@code to - from}, in the metric's units. */
  public double difference() {
    return comparison.difference();
  }

  /** True if the change is significant at the comparison's alpha. */
  public boolean isSignificant() {
    return comparison.significant();
  }
}
