package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The journeys built by {@link JourneyAssembler#assemble} and the report of what happened to the
 * input.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param journeys the journeys, ordered by customer, then in the order they closed; not null
 * @param report the counts; not null
 */
public record AssemblyResult(List<Journey> journeys, AssemblyReport report) {

  public AssemblyResult {
    journeys = ImmutableList.copyOf(checkNotNull(journeys, "journeys"));
    checkNotNull(report, "report");
  }
}
