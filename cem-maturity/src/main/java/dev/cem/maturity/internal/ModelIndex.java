package dev.cem.maturity.internal;

import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import dev.cem.maturity.AnswerLevel;
import dev.cem.maturity.Criterion;
import dev.cem.maturity.Dimension;
import dev.cem.maturity.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Validates a maturity model's parts and precomputes the arrays the scorer walks: criterion
 * positions per dimension and stage, weights, prerequisite positions in topological order and the
 * level lookup. Built once per model; immutable after construction (arrays are never handed out
 * to callers outside the module).
 */
public final class ModelIndex {
  public final int criterionCount;
  public final int dimensionCount;
  public final int maxStage;
  public final String[] criterionIds;
  public final int[] dimensionOf;
  public final int[] stageOf;
  public final double[] weight;
  public final double totalWeight;
  public final double[] dimensionWeight;
  public final String[] dimensionIds;
  /** The dimension id of each criterion. */
  public final String[] dimensionIdOf;
  public final double dimensionWeightSum;
  /** cells[d][s]: positions of the criteria of dimension d at stage s (index 0 unused). */
  public final int[][][] cells;
  /** stageCriteria[s]: positions of all criteria at stage s, in model order. */
  public final int[][] stageCriteria;
  /** requires[i]: positions of the criteria that criterion i requires directly. */
  public final int[][] requires;
  /** Positions in an order where every prerequisite comes before the criteria requiring it. */
  public final int[] topologicalOrder;
  public final Map<String, Integer> criterionIndex;
  public final Map<String, Integer> dimensionIndex;
  /** Upper-case ({@link Locale#ROOT}) level name to level. */
  public final Map<String, AnswerLevel> levels;
  public final String allowedLevels;

  private ModelIndex(
      List<Stage> stages, List<Dimension> dimensions, List<Criterion> criteria, List<AnswerLevel> levelList) {
    // Stages: unique ordinals, contiguous from 0 or 1 up to the maximum.
    Map<Integer, Stage> stageByOrdinal = new HashMap<>();
    int max = 0;
    for (Stage s : stages) {
      checkArgument(
          stageByOrdinal.put(s.ordinal(), s) == null, "duplicate stage ordinal (%d)", s.ordinal());
      max = Math.max(max, s.ordinal());
    }
    checkArgument(max >= 1, "a model needs at least one stage with an ordinal >= 1");
    for (int k = 1; k <= max; k++) {
      checkArgument(
          stageByOrdinal.containsKey(k),
          "stage %d is missing: stage ordinals must be contiguous from 1 to %d",
          k,
          max);
    }
    maxStage = max;

    // Dimensions.
    dimensionCount = dimensions.size();
    checkArgument(dimensionCount >= 1, "a model needs at least one dimension");
    dimensionIndex = new HashMap<>();
    dimensionWeight = new double[dimensionCount];
    dimensionIds = new String[dimensionCount];
    double dws = 0;
    for (int d = 0; d < dimensionCount; d++) {
      Dimension dim = dimensions.get(d);
      checkArgument(
          dimensionIndex.put(dim.id(), d) == null, "duplicate dimension id '%s'", dim.id());
      dimensionWeight[d] = dim.weight();
      dimensionIds[d] = dim.id();
      dws += dim.weight();
    }
    dimensionWeightSum = dws;

    // Levels.
    checkArgument(!levelList.isEmpty(), "a model needs at least one answer level");
    levels = new HashMap<>();
    StringJoiner allowed = new StringJoiner(", ");
    for (AnswerLevel l : levelList) {
      String key = l.name().toUpperCase(Locale.ROOT);
      checkArgument(levels.put(key, l) == null, "duplicate answer level '%s'", l.name());
      allowed.add(l.name());
    }
    allowed.add(AnswerLevel.NOT_APPLICABLE);
    allowedLevels = allowed.toString();

    // Criteria.
    criterionCount = criteria.size();
    criterionIds = new String[criterionCount];
    dimensionOf = new int[criterionCount];
    dimensionIdOf = new String[criterionCount];
    stageOf = new int[criterionCount];
    weight = new double[criterionCount];
    criterionIndex = new HashMap<>();
    int[][] cellCounts = new int[dimensionCount][max + 1];
    int[] stageCounts = new int[max + 1];
    int[] dimensionCounts = new int[dimensionCount];
    double tw = 0;
    for (int i = 0; i < criterionCount; i++) {
      Criterion c = criteria.get(i);
      checkArgument(criterionIndex.put(c.id(), i) == null, "duplicate criterion id '%s'", c.id());
      Integer d = dimensionIndex.get(c.dimension());
      if (d == null) {
        throw new CemArgumentException(
            Checks.format(
                "criterion '%s' refers to unknown dimension '%s' (known: %s)",
                c.id(), c.dimension(), String.join(", ", dimensionIndex.keySet().stream().sorted().toList())));
      }
      checkArgument(
          c.stage() <= max,
          "criterion '%s' refers to unknown stage %d (stages with criteria are 1 to %d)",
          c.id(),
          c.stage(),
          max);
      criterionIds[i] = c.id();
      dimensionOf[i] = d;
      dimensionIdOf[i] = c.dimension();
      stageOf[i] = c.stage();
      weight[i] = c.weight();
      tw += c.weight();
      cellCounts[d][c.stage()]++;
      stageCounts[c.stage()]++;
      dimensionCounts[d]++;
      if (c.evidence() != null) {
        checkLevel(c.id(), c.evidence().levelWhenMet());
        if (c.evidence().levelWhenNotMet() != null) {
          checkLevel(c.id(), c.evidence().levelWhenNotMet());
        }
      }
    }
    totalWeight = tw;
    for (int s = 1; s <= max; s++) {
      checkArgument(
          stageCounts[s] > 0,
          "stage %d ('%s') has no criteria; every stage from 1 to %d needs at least one",
          s,
          stageByOrdinal.get(s).name(),
          max);
    }
    for (int d = 0; d < dimensionCount; d++) {
      checkArgument(
          dimensionCounts[d] > 0, "dimension '%s' has no criteria", dimensions.get(d).id());
    }
    cells = new int[dimensionCount][max + 1][];
    stageCriteria = new int[max + 1][];
    for (int d = 0; d < dimensionCount; d++) {
      for (int s = 0; s <= max; s++) {
        cells[d][s] = new int[cellCounts[d][s]];
        cellCounts[d][s] = 0;
      }
    }
    for (int s = 0; s <= max; s++) {
      stageCriteria[s] = new int[stageCounts[s]];
      stageCounts[s] = 0;
    }
    for (int i = 0; i < criterionCount; i++) {
      int d = dimensionOf[i];
      int s = stageOf[i];
      cells[d][s][cellCounts[d][s]++] = i;
      stageCriteria[s][stageCounts[s]++] = i;
    }

    // Prerequisites: no dangling ids, no self reference, no cycle.
    requires = new int[criterionCount][];
    for (int i = 0; i < criterionCount; i++) {
      Criterion c = criteria.get(i);
      requires[i] = new int[c.requires().size()];
      for (int j = 0; j < requires[i].length; j++) {
        String r = c.requires().get(j);
        Integer target = criterionIndex.get(r);
        checkArgument(
            target != null, "criterion '%s' requires unknown criterion '%s'", c.id(), r);
        checkArgument(target != i, "criterion '%s' requires itself", c.id());
        requires[i][j] = target;
      }
    }
    topologicalOrder = topologicalOrder();
  }

  /** Validates the parts and builds the index. */
  public static ModelIndex build(
      List<Stage> stages, List<Dimension> dimensions, List<Criterion> criteria, List<AnswerLevel> levels) {
    return new ModelIndex(stages, dimensions, criteria, levels);
  }

  private void checkLevel(String criterion, String level) {
    checkArgument(
        levels.containsKey(level.toUpperCase(Locale.ROOT))
            || level.toUpperCase(Locale.ROOT).equals(AnswerLevel.NOT_APPLICABLE),
        "criterion '%s' evidence rule suggests unknown level '%s' (allowed: %s)",
        criterion,
        level,
        allowedLevels);
  }

  /** Depth-first post-order; a back edge is a cycle, reported as "a -> b -> a". */
  private int[] topologicalOrder() {
    int n = criterionCount;
    int[] state = new int[n]; // 0 new, 1 on stack, 2 done
    int[] order = new int[n];
    int count = 0;
    Deque<int[]> stack = new ArrayDeque<>();
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) {
        continue;
      }
      stack.push(new int[] {start, 0});
      state[start] = 1;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        int i = top[0];
        if (top[1] < requires[i].length) {
          int next = requires[i][top[1]++];
          if (state[next] == 1) {
            throw new CemArgumentException(cycleMessage(stack, next));
          }
          if (state[next] == 0) {
            state[next] = 1;
            stack.push(new int[] {next, 0});
          }
        } else {
          stack.pop();
          state[i] = 2;
          order[count++] = i;
        }
      }
    }
    return order;
  }

  private String cycleMessage(Deque<int[]> stack, int repeated) {
    List<String> path = new ArrayList<>();
    for (var it = stack.descendingIterator(); it.hasNext(); ) {
      path.add(criterionIds[it.next()[0]]);
    }
    int from = path.indexOf(criterionIds[repeated]);
    List<String> cycle = new ArrayList<>(path.subList(from, path.size()));
    cycle.add(criterionIds[repeated]);
    return Checks.format(
        "criterion requirements form a cycle: %s (each arrow reads 'requires')",
        String.join(" -> ", cycle));
  }
}
