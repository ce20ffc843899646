package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.maturity.internal.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered recommendations that take a result to a target stage: every unmet criterion of
 * stages up to the target, ordered by stage (lowest first), then by weight (heaviest first), then
 * in model order; a criterion's unmet prerequisites come before it, whatever their stage.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param modelId the model's id
 * @param fromStage the result's overall gated stage
 * @param targetStage the stage to reach
 * @param items the steps, in order; empty when the target is already reached
 */
public record Roadmap(String modelId, int fromStage, int targetStage, List<Item> items) {

  /**
   * One step of a roadmap.
   *
   * @param criterion the unmet criterion's id
   * @param dimension its dimension
   * @param stage its stage
   * @param weight its weight
   * @param currentValue its current fulfilment value
   * @param statement what it asks for
   * @param recommendation what to do
   */
  public record Item(
      String criterion,
      String dimension,
      int stage,
      double weight,
      double currentValue,
      String statement,
      String recommendation) {}

  public Roadmap {
    checkNotNull(modelId, "modelId");
    items = List.copyOf(items);
  }

  /** The roadmap to the stage after the result's overall stage (empty at the top stage). */
  public static Roadmap nextStage(MaturityModel model, MaturityResult result) {
    checkNotNull(result, "result");
    return of(model, result, Math.min(result.stage() + 1, result.maxStage()));
  }

  /**
   * The roadmap from a result to a target stage.
   *
   * @throws dev.cem.core.CemArgumentException if the result is of another model or the target is
   *     not between 1 and the model's highest stage
   */
  public static Roadmap of(MaturityModel model, MaturityResult result, int targetStage) {
    checkNotNull(model, "model");
    checkNotNull(result, "result");
    checkArgument(
        result.modelId().equals(model.id()) && result.criteria().size() == model.criteria().size(),
        "result of model '%s' does not fit model '%s'",
        result.modelId(),
        model.id());
    checkArgument(
        targetStage >= 1 && targetStage <= model.maxStage(),
        "target stage (%d) must be between 1 and %d",
        targetStage,
        model.maxStage());
    ModelIndex ix = model.index();
    int n = ix.criterionCount;
    boolean[] met = new boolean[n];
    for (int i = 0; i < n; i++) {
      CriterionOutcome o = result.criteria().get(i);
      checkArgument(
          o.criterion().equals(ix.criterionIds[i]),
          "result criterion '%s' does not match model criterion '%s'",
          o.criterion(),
          ix.criterionIds[i]);
      met[i] = o.met();
    }
    // Candidates: unmet criteria up to the target, ordered by stage, weight desc, model order.
    List<Integer> candidates = new ArrayList<>();
    for (int s = 1; s <= targetStage; s++) {
      int from = candidates.size();
      for (int i : ix.stageCriteria[s]) {
        if (!met[i]) {
          int j = candidates.size();
          candidates.add(i);
          while (j > from && ix.weight[candidates.get(j - 1)] < ix.weight[i]) {
            candidates.set(j, candidates.get(j - 1));
            j--;
          }
          candidates.set(j, i);
        }
      }
    }
    boolean[] placed = new boolean[n];
    List<Item> items = new ArrayList<>();
    for (int i : candidates) {
      place(model, result, ix, i, met, placed, items);
    }
    return new Roadmap(model.id(), result.stage(), targetStage, items);
  }

  private static void place(
      MaturityModel model,
      MaturityResult result,
      ModelIndex ix,
      int i,
      boolean[] met,
      boolean[] placed,
      List<Item> items) {
    if (placed[i]) {
      return;
    }
    placed[i] = true;
    for (int r : ix.requires[i]) {
      if (!met[r]) {
        place(model, result, ix, r, met, placed, items);
      }
    }
    Criterion c = model.criteria().get(i);
    items.add(
        new Item(
            c.id(),
            c.dimension(),
            c.stage(),
            c.weight(),
            result.criteria().get(i).value(),
            c.statement(),
            c.recommendation()));
  }
}
