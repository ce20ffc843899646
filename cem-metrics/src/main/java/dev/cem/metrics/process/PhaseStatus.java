package dev.cem.metrics.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.cem.core.ServicePhase;
import java.util.List;
import java.util.Set;

/**
 * The coverage of one service phase.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param phase the phase; not null
 * @param touchpointIds the touchpoints of the phase, sorted; not null
 * @param measuredTouchpointIds those with at least one metric, sorted; not null
 * @param metricIds the metrics measured on the phase's touchpoints, sorted; not null
 * @param state covered or which kind of blind spot; not null
 */
public record PhaseStatus(
    ServicePhase phase,
    List<String> touchpointIds,
    List<String> measuredTouchpointIds,
    Set<String> metricIds,
    PhaseState state) {

  public PhaseStatus {
    checkNotNull(phase, "phase");
    touchpointIds = ImmutableList.copyOf(touchpointIds);
    measuredTouchpointIds = ImmutableList.copyOf(measuredTouchpointIds);
    metricIds = ImmutableSortedSet.copyOf(metricIds);
    checkNotNull(state, "state");
  }
}
