package dev.cem.metrics.process;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.cem.core.ServicePhase;
import dev.cem.core.Touchpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which of the six service phases ({@link ServicePhase}, detection ... improvement) a set of
 * touchpoints and the metrics measured on them covers.
 *
 * <p>A phase is {@link PhaseState#COVERED} when at least one of its touchpoints has at least one
 * metric; otherwise it is a blind spot, either {@link PhaseState#NOT_MEASURED} (touchpoints but
 * no metric) or {@link PhaseState#NO_TOUCHPOINT}. The coverage score is {@code 100 * covered
 * phases / 6}: every phase weighs the same, because a chain is as strong as its weakest link.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param phases one status per phase, in phase order; not null
 */
public record PhaseCoverage(List<PhaseStatus> phases) {

  /** @throws dev.cem.core.CemArgumentException unless there is exactly one status per phase, in order */
  public PhaseCoverage {
    phases = ImmutableList.copyOf(phases);
    checkArgument(
        phases.size() == ServicePhase.values().length,
        "phases (%d) must hold one status per service phase (%d)",
        phases.size(),
        ServicePhase.values().length);
    for (int i = 0; i < phases.size(); i++) {
      checkArgument(
          phases.get(i).phase() == ServicePhase.values()[i],
          "phases[%d] (%s) must be %s",
          i,
          phases.get(i).phase(),
          ServicePhase.values()[i]);
    }
  }

  /**
   * Computes the coverage.
   *
   * @param touchpoints the touchpoints, distinct ids; not null, may be empty
   * @param metricsByTouchpoint metric ids measured per touchpoint id; touchpoints missing from the
   *     map have no metric; not null
   * @throws dev.cem.core.CemArgumentException if a touchpoint id repeats or the map names a
   *     touchpoint not in the set
   */
  public static PhaseCoverage of(
      Collection<Touchpoint> touchpoints,
      Map<String, ? extends Collection<String>> metricsByTouchpoint) {
    checkNotNull(touchpoints, "touchpoints");
    checkNotNull(metricsByTouchpoint, "metricsByTouchpoint");
    Map<String, Touchpoint> byId = new HashMap<>();
    for (Touchpoint tp : touchpoints) {
      checkNotNull(tp, "touchpoints element");
      checkArgument(byId.put(tp.id(), tp) == null, "touchpoint id ('%s') must not repeat", tp.id());
    }
    for (String id : metricsByTouchpoint.keySet()) {
      checkArgument(
          byId.containsKey(id), "metrics name touchpoint '%s', which is not in the touchpoints", id);
    }
    List<PhaseStatus> phases = new ArrayList<>();
    for (ServicePhase phase : ServicePhase.values()) {
      TreeSet<String> ids = new TreeSet<>();
      TreeSet<String> measured = new TreeSet<>();
      TreeSet<String> metrics = new TreeSet<>();
      for (Touchpoint tp : byId.values()) {
        if (tp.phase() != phase) {
          continue;
        }
        ids.add(tp.id());
        Collection<String> m = metricsByTouchpoint.get(tp.id());
        if (m != null && !m.isEmpty()) {
          measured.add(tp.id());
          for (String metric : m) {
            metrics.add(checkNotNull(metric, "metric id"));
          }
        }
      }
      PhaseState state =
          ids.isEmpty()
              ? PhaseState.NO_TOUCHPOINT
              : measured.isEmpty() ? PhaseState.NOT_MEASURED : PhaseState.COVERED;
      phases.add(
          new PhaseStatus(phase, List.copyOf(ids), List.copyOf(measured), metrics, state));
    }
    return new PhaseCoverage(phases);
  }

  /** The status of one phase. */
  public PhaseStatus phase(ServicePhase phase) {
    return phases.get(checkNotNull(phase, "phase").ordinal());
  }

  /** The covered phases, in phase order. */
  public List<ServicePhase> covered() {
    return phases.stream()
        .filter(p -> p.state() == PhaseState.COVERED)
        .map(PhaseStatus::phase)
        .collect(ImmutableList.toImmutableList());
  }

  /** The blind spots (not measured or without touchpoints), in phase order. */
  public List<ServicePhase> blindSpots() {
    return phases.stream()
        .filter(p -> p.state().isBlindSpot())
        .map(PhaseStatus::phase)
        .collect(ImmutableList.toImmutableList());
  }

  /** The coverage score, {@code 100 * covered phases / 6}, from 0 to 100. */
  public double score() {
    return 100.0 * covered().size() / phases.size();
  }
}
