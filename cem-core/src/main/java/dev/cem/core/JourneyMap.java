package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.checkLabel;
import static dev.cem.core.internal.Checks.checkPositive;
import static dev.cem.core.internal.Checks.checkSize;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A designed journey: the stages a customer is meant to pass through on the way to a goal, each
 * with the touchpoints expected there and a target duration. Comparing assembled {@link Journey}s
 * with the map shows where real journeys leave the design.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param id the map's identifier; not null
 * @param journeyType the journey type it designs, as in {@link Journey#type()}; not null
 * @param stages the stages in order, 1 to {@value #MAX_STAGES}, with distinct names and no
 *     touchpoint expected in two stages; not null
 */
public record JourneyMap(String id, String journeyType, List<Stage> stages) {

  /** The most stages a map may have. */
  public static final int MAX_STAGES = 100;

  /**
   * One stage of a designed journey.
   *
   * <p>This class is immutable and thread-safe; treat it as a value type.
   *
   * @param name the stage name, a label of at most 200 characters; not null
   * @param expectedTouchpointIds the ids of the touchpoints expected in this stage, at least one,
   *     distinct; not null
   * @param targetDuration how long the stage should take at most, greater than zero; not null
   */
  public record Stage(String name, List<String> expectedTouchpointIds, Duration targetDuration) {

    /** @throws CemArgumentException if the name, an id or the duration is invalid */
    public Stage {
      checkLabel(name, "stage name", 200);
      checkNotNull(expectedTouchpointIds, "expectedTouchpointIds");
      expectedTouchpointIds = ImmutableList.copyOf(expectedTouchpointIds);
      checkArgument(
          !expectedTouchpointIds.isEmpty(),
          "stage '%s' must expect at least one touchpoint",
          name);
      Set<String> seen = new HashSet<>();
      for (String touchpointId : expectedTouchpointIds) {
        checkId(touchpointId, "stage '" + name + "' touchpoint id");
        checkArgument(
            seen.add(touchpointId),
            "stage '%s' touchpoint id ('%s') must not repeat",
            name,
            touchpointId);
      }
      checkPositive(targetDuration, "stage '" + name + "' target duration");
    }

    /** Returns a stage; every argument not null. */
    public static Stage of(String name, List<String> expectedTouchpointIds, Duration target) {
      return new Stage(name, expectedTouchpointIds, target);
    }
  }

  /** @throws CemArgumentException if ids are invalid, or stage names or touchpoints repeat */
  public JourneyMap {
    checkId(id, "journey map id");
    checkId(journeyType, "journey type");
    checkNotNull(stages, "stages");
    stages = ImmutableList.copyOf(stages);
    checkArgument(!stages.isEmpty(), "journey map '%s' must have at least one stage", id);
    checkSize(stages.size(), MAX_STAGES, "stages of journey map '" + id + "'");
    Set<String> names = new HashSet<>();
    Map<String, String> stageOfTouchpoint = new HashMap<>();
    for (Stage stage : stages) {
      checkArgument(
          names.add(stage.name()),
          "journey map '%s' stage name ('%s') must not repeat",
          id,
          stage.name());
      for (String touchpointId : stage.expectedTouchpointIds()) {
        String earlier = stageOfTouchpoint.putIfAbsent(touchpointId, stage.name());
        checkArgument(
            earlier == null,
            "journey map '%s' touchpoint '%s' must be in one stage only, not in '%s' and '%s'",
            id,
            touchpointId,
            earlier,
            stage.name());
      }
    }
  }

  /** Returns a map; every argument not null. */
  public static JourneyMap of(String id, String journeyType, List<Stage> stages) {
    return new JourneyMap(id, journeyType, stages);
  }

  /** The sum of the stages' target durations. */
  public Duration totalTargetDuration() {
    Duration total = Duration.ZERO;
    for (Stage stage : stages) {
      total = total.plus(stage.targetDuration());
    }
    return total;
  }

  /** The stage that expects the touchpoint, or empty if no stage does. */
  public Optional<Stage> stageOf(String touchpointId) {
    int index = stageIndexOf(touchpointId);
    return index < 0 ? Optional.empty() : Optional.of(stages.get(index));
  }

  /** The position of the stage that expects the touchpoint (0 for the first), or -1. */
  public int stageIndexOf(String touchpointId) {
    checkNotNull(touchpointId, "touchpointId");
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).expectedTouchpointIds().contains(touchpointId)) {
        return i;
      }
    }
    return -1;
  }
}
