package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.maturity.internal.ModelIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores assessments against one model.
 *
 * <h2>Definitions</h2>
 *
 * Let v(c) be the value of criterion c's answer (0 when unanswered; for {@link
 * AnswerLevel#NOT_APPLICABLE} see {@link NotApplicablePolicy}), w(c) its weight and t the
 * fulfilment threshold (default {@value #DEFAULT_THRESHOLD}).
 *
 * <ul>
 *   <li>c is <b>met</b> when v(c) &ge; t (or it is not applicable under {@code EXCLUDED}) and
 *       every criterion it requires is met.
 *   <li>The <b>gated stage</b> of a dimension is the largest k such that every criterion of that
 *       dimension at stages 1..k is met (0 if stage 1 is not); overall, every criterion of stages
 *       1..k across all dimensions. A dimension with no criteria at some stage passes that stage.
 *   <li>The <b>fulfilment share</b> of dimension d at stage s is {@code Σ w(c)·v(c) / Σ w(c)} over
 *       the counted criteria of d at s (those not excluded as not applicable); 1 when none is
 *       counted.
 *   <li>The <b>continuous score</b> of d is the sum of its fulfilment shares over stages 1..max,
 *       an additive maturity score between 0 and max; each stage contributes at most 1. The
 *       overall score is {@code Σ W(d)·score(d) / Σ W(d)} with W the dimension weights.
 *   <li>The <b>confidence</b> is {@code Σ w(c)} over answered criteria (not-applicable included)
 *       divided by {@code Σ w(c)} over all criteria.
 * </ul>
 *
 * <p>So one unmet criterion at a low stage drops the gated stage at once, while the continuous
 * score drops only by that criterion's share of its stage, {@code w(c)·(1 − v(c)) / Σ w}.
 *
 * <p>This class is immutable and thread-safe. Scoring walks arrays precomputed when the model was
 * built.
 */
public final class MaturityScorer {

  /** The default fulfilment threshold: LARGELY (0.67) and above count as met. */
  public static final double DEFAULT_THRESHOLD = 0.67;

  static final byte UNANSWERED = 0;
  static final byte ANSWERED = 1;
  static final byte NOT_APPLICABLE = 2;

  private final MaturityModel model;
  private final ModelIndex index;
  private final double threshold;

  private MaturityScorer(MaturityModel model, double threshold) {
    this.model = model;
    this.index = model.index();
    this.threshold = threshold;
  }

  /** A scorer for the model with the default threshold. */
  public static MaturityScorer of(MaturityModel model) {
    return new MaturityScorer(checkNotNull(model, "model"), DEFAULT_THRESHOLD);
  }

  /**
   * Returns a scorer with another fulfilment threshold.
   *
   * @throws CemArgumentException if the threshold is not in (0, 1]
   */
  public MaturityScorer withThreshold(double newThreshold) {
    checkArgument(
        newThreshold > 0 && newThreshold <= 1,
        "fulfilment threshold (%s) must be > 0 and <= 1",
        newThreshold);
    return new MaturityScorer(model, newThreshold);
  }

  public MaturityModel model() {
    return model;
  }

  public double threshold() {
    return threshold;
  }

  /**
   * Checks an assessment against the model without scoring it.
   *
   * @throws CemArgumentException if the model id or version differs, a criterion id is unknown or
   *     a level is not one of the model's (the message names the criterion and the level and lists
   *     the allowed levels)
   */
  public void check(Assessment assessment) {
    read(checkNotNull(assessment, "assessment"), new double[index.criterionCount],
        new byte[index.criterionCount], new String[index.criterionCount]);
  }

  /**
   * Scores one assessment.
   *
   * @throws CemArgumentException as {@link #check(Assessment)}
   */
  public MaturityResult score(Assessment assessment) {
    checkNotNull(assessment, "assessment");
    int n = index.criterionCount;
    double[] values = new double[n];
    byte[] status = new byte[n];
    String[] levels = new String[n];
    read(assessment, values, status, levels);
    return evaluate(values, status, levels, assessment.respondent(), assessment.date());
  }

  void read(Assessment a, double[] values, byte[] status, String[] levels) {
    checkArgument(
        a.modelId().equals(model.id()),
        "assessment is for model '%s', not '%s'",
        a.modelId(),
        model.id());
    checkArgument(
        a.modelVersion() == null || a.modelVersion().equals(model.version()),
        "assessment is for version '%s' of model '%s', not version '%s'",
        a.modelVersion(),
        model.id(),
        model.version());
    for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
      Integer i = index.criterionIndex.get(e.getKey());
      if (i == null) {
        throw new CemArgumentException(
            format(
                "answer for unknown criterion '%s': model '%s' has no such criterion",
                e.getKey(), model.id()));
      }
      String level = e.getValue().level();
      AnswerLevel l = index.levels.get(level);
      if (l == null) {
        l = index.levels.get(level.toUpperCase(Locale.ROOT));
      }
      if (l != null) {
        values[i] = l.value();
        status[i] = ANSWERED;
        levels[i] = l.name();
      } else if (level.toUpperCase(Locale.ROOT).equals(AnswerLevel.NOT_APPLICABLE)) {
        status[i] = NOT_APPLICABLE;
        levels[i] = AnswerLevel.NOT_APPLICABLE;
      } else {
        throw new CemArgumentException(
            format(
                "criterion '%s' answer level ('%s') is not a level of model '%s' (allowed: %s)",
                e.getKey(),
                abbreviate(level),
                model.id(),
                index.allowedLevels));
      }
    }
  }

  /**
   * Scores answer values directly; {@code levels[i]} may be null (a value between levels). Used
   * by panels for median answers.
   */
  MaturityResult evaluate(
      double[] values,
      byte[] status,
      @Nullable String[] levels,
      @Nullable Respondent respondent,
      @Nullable LocalDate date) {
    ModelIndex ix = index;
    int n = ix.criterionCount;
    int maxStage = ix.maxStage;
    boolean excludeNa = model.notApplicablePolicy() == NotApplicablePolicy.EXCLUDED;

    boolean[] ownMet = new boolean[n];
    double answeredWeight = 0;
    for (int i = 0; i < n; i++) {
      byte s = status[i];
      if (s == ANSWERED) {
        ownMet[i] = values[i] >= threshold;
        answeredWeight += ix.weight[i];
      } else if (s == NOT_APPLICABLE) {
        values[i] = 0;
        ownMet[i] = excludeNa;
        answeredWeight += ix.weight[i];
      } else {
        values[i] = 0;
      }
    }
    boolean[] met = new boolean[n];
    for (int i : ix.topologicalOrder) {
      boolean m = ownMet[i];
      for (int r : ix.requires[i]) {
        m &= met[r];
      }
      met[i] = m;
    }

    List<DimensionResult> dimensionResults = new ArrayList<>(ix.dimensionCount);
    List<ConsistencyWarning> warnings = new ArrayList<>();
    double weightedScore = 0;
    for (int d = 0; d < ix.dimensionCount; d++) {
      int[][] cells = ix.cells[d];
      int stage = 0;
      boolean gateOpen = true;
      double score = 0;
      Double[] shares = new Double[maxStage];
      double dimWeight = 0;
      double dimAnswered = 0;
      for (int s = 1; s <= maxStage; s++) {
        double num = 0;
        double den = 0;
        boolean allMet = true;
        for (int i : cells[s]) {
          allMet &= met[i];
          dimWeight += ix.weight[i];
          if (status[i] != UNANSWERED) {
            dimAnswered += ix.weight[i];
          }
          if (status[i] == NOT_APPLICABLE && excludeNa) {
            continue;
          }
          num += ix.weight[i] * values[i];
          den += ix.weight[i];
        }
        double share = den > 0 ? num / den : 1.0;
        shares[s - 1] = share;
        score += share;
        if (gateOpen && allMet) {
          stage = s;
        } else {
          gateOpen = false;
        }
      }
      weightedScore += ix.dimensionWeight[d] * score;
      String dimensionId = ix.dimensionIds[d];
      List<String> blockers =
          stage < maxStage ? rankedUnmet(cells[stage + 1], met) : List.of();
      dimensionResults.add(
          new DimensionResult(
              dimensionId,
              ix.dimensionWeight[d],
              stage,
              score,
              List.of(shares),
              dimAnswered / dimWeight,
              blockers));
      skippedStageWarning(d, dimensionId, stage, cells, ownMet, status, warnings);
      unansweredWarning(dimensionId, cells, status, warnings);
    }

    int overall = 0;
    for (int s = 1; s <= maxStage; s++) {
      boolean allMet = true;
      for (int i : ix.stageCriteria[s]) {
        if (!met[i]) {
          allMet = false;
          break;
        }
      }
      if (!allMet) {
        break;
      }
      overall = s;
    }
    List<String> blockers =
        overall < maxStage ? rankedUnmet(ix.stageCriteria[overall + 1], met) : List.of();

    List<CriterionOutcome> outcomes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AnswerStatus as =
          status[i] == ANSWERED
              ? AnswerStatus.ANSWERED
              : status[i] == NOT_APPLICABLE ? AnswerStatus.NOT_APPLICABLE : AnswerStatus.UNANSWERED;
      outcomes.add(
          new CriterionOutcome(
              ix.criterionIds[i],
              ix.dimensionIdOf[i],
              ix.stageOf[i],
              ix.weight[i],
              levels[i],
              values[i],
              as,
              met[i]));
    }
    return new MaturityResult(
        model.id(),
        model.version(),
        respondent,
        date,
        threshold,
        maxStage,
        overall,
        weightedScore / ix.dimensionWeightSum,
        answeredWeight / ix.totalWeight,
        dimensionResults,
        outcomes,
        blockers,
        warnings);
  }

  /** The unmet criteria among {@code positions}, heaviest first, ties in model order. */
  private List<String> rankedUnmet(int[] positions, boolean[] met) {
    int[] unmet = new int[positions.length];
    int k = 0;
    for (int i : positions) {
      if (!met[i]) {
        // insertion sort: heavier first, stable for equal weights
        int j = k++;
        while (j > 0 && index.weight[unmet[j - 1]] < index.weight[i]) {
          unmet[j] = unmet[j - 1];
          j--;
        }
        unmet[j] = i;
      }
    }
    List<String> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      out.add(index.criterionIds[unmet[j]]);
    }
    return out;
  }

  private void skippedStageWarning(
      int d,
      String dimensionId,
      int stage,
      int[][] cells,
      boolean[] ownMet,
      byte[] status,
      List<ConsistencyWarning> warnings) {
    List<String> claimed = null;
    for (int s = stage + 2; s <= index.maxStage; s++) {
      for (int i : cells[s]) {
        if (ownMet[i] && status[i] == ANSWERED) {
          if (claimed == null) {
            claimed = new ArrayList<>();
          }
          claimed.add(index.criterionIds[i]);
        }
      }
    }
    if (claimed != null) {
      warnings.add(
          new ConsistencyWarning(
              ConsistencyWarning.Kind.SKIPPED_STAGE,
              dimensionId,
              stage + 1,
              claimed,
              format(
                  "dimension '%s' answers %d criteria of stages above %d as met (%s) while stage %d"
                      + " is unmet: check whether stages were skipped",
                  dimensionId,
                  claimed.size(),
                  stage + 1,
                  String.join(", ", claimed),
                  stage + 1)));
    }
  }

  private void unansweredWarning(
      String dimensionId, int[][] cells, byte[] status, List<ConsistencyWarning> warnings) {
    List<String> missing = null;
    for (int s = 1; s <= index.maxStage; s++) {
      for (int i : cells[s]) {
        if (status[i] == UNANSWERED) {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(index.criterionIds[i]);
        }
      }
    }
    if (missing != null) {
      warnings.add(
          new ConsistencyWarning(
              ConsistencyWarning.Kind.UNANSWERED,
              dimensionId,
              0,
              missing,
              format(
                  "dimension '%s' has %d unanswered criteria, scored 0: %s",
                  dimensionId, missing.size(), String.join(", ", missing))));
    }
  }
}
