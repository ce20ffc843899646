package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.maturity.internal.ModelIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Several respondents' assessments of one model (for example billing, marketing, logistics, the
 * call centre and partners), aggregated.
 *
 * <h2>Statistics</h2>
 *
 * For each criterion, over the respondents who answered it with a level ({@link
 * AnswerLevel#NOT_APPLICABLE} and unanswered are left out), with n such values:
 *
 * <ul>
 *   <li><b>mean</b> and <b>median</b> of the answer values (the median of an even count is the
 *       mean of the two middle values);
 *   <li><b>standard deviation</b> s: the sample standard deviation, denominator n − 1; NaN when n
 *       &lt; 2;
 *   <li><b>r<sub>wg</sub></b> = 1 − s² / σ²<sub>EU</sub> (James, Demaree and Wolf, 1984), with
 *       σ²<sub>EU</sub> the variance of a uniform choice among the model's answer levels, {@code
 *       mean(l²) − mean(l)²} over the level values l (0.13945 for NO/PARTLY/LARGELY/FULLY); 1 is
 *       full agreement, and values below 0 are reported as 0; NaN when n &lt; 2.
 * </ul>
 *
 * A dimension's disagreement is the criterion-weighted mean of s (and of r<sub>wg</sub>) over its
 * criteria with n &ge; 2. A respondent's <b>divergence</b> is the mean, over the criteria it
 * answered that at least one other respondent answered, of {@code |v − m|}, where m is the mean
 * of the other respondents' values (the leave-one-out panel mean).
 *
 * <h2>Panel result</h2>
 *
 * {@link #result()} scores the <b>median</b> answers: a criterion is not applicable when more
 * respondents answered it not applicable than with a level, unanswered when nobody answered it,
 * and otherwise takes the median value (its level is reported only when the median equals a
 * level's value).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Panel {

  /**
   * Agreement on one criterion.
   *
   * @param criterion the criterion id
   * @param dimension its dimension
   * @param n the number of respondents who answered it with a level
   * @param notApplicable the number who answered it not applicable
   * @param mean the mean answer value, NaN when n = 0
   * @param median the median answer value, NaN when n = 0
   * @param standardDeviation the sample standard deviation, NaN when n &lt; 2
   * @param rwg the agreement coefficient r<sub>wg</sub>, NaN when n &lt; 2
   */
  public record CriterionAgreement(
      String criterion,
      String dimension,
      int n,
      int notApplicable,
      double mean,
      double median,
      double standardDeviation,
      double rwg) {}

  /**
   * Disagreement within one dimension.
   *
   * @param dimension the dimension id
   * @param meanStandardDeviation the criterion-weighted mean standard deviation, NaN if no
   *     criterion has two answers
   * @param meanRwg the criterion-weighted mean r<sub>wg</sub>, NaN likewise
   * @param criteriaCompared the number of criteria with at least two answers
   */
  public record DimensionAgreement(
      String dimension, double meanStandardDeviation, double meanRwg, int criteriaCompared) {}

  /**
   * How far one respondent's answers are from the rest of the panel.
   *
   * @param respondent the respondent
   * @param label its label ({@link Respondent#label()})
   * @param meanAbsoluteDifference the mean absolute difference from the leave-one-out mean, NaN
   *     when no criterion could be compared
   * @param criteriaCompared the number of criteria compared
   */
  public record Divergence(
      Respondent respondent, String label, double meanAbsoluteDifference, int criteriaCompared) {}

  private final MaturityModel model;
  private final List<Assessment> assessments;
  private final double uniformNullVariance;
  private final List<CriterionAgreement> criteria;
  private final List<DimensionAgreement> dimensions;
  private final List<Divergence> divergences;
  private final MaturityResult result;
  private final List<MaturityResult> respondentResults;

  private Panel(MaturityScorer scorer, List<Assessment> assessments) {
    this.model = scorer.model();
    this.assessments = List.copyOf(assessments);
    ModelIndex ix = model.index();
    int n = ix.criterionCount;
    int r = this.assessments.size();
    double[][] values = new double[r][n];
    byte[][] status = new byte[r][n];
    for (int k = 0; k < r; k++) {
      scorer.read(this.assessments.get(k), values[k], status[k], new String[n]);
    }
    double sumL = 0;
    double sumL2 = 0;
    for (AnswerLevel l : model.answerLevels()) {
      sumL += l.value();
      sumL2 += l.value() * l.value();
    }
    int levelCount = model.answerLevels().size();
    uniformNullVariance = sumL2 / levelCount - (sumL / levelCount) * (sumL / levelCount);

    double[] panelValues = new double[n];
    byte[] panelStatus = new byte[n];
    String[] panelLevels = new String[n];
    List<CriterionAgreement> agreements = new ArrayList<>(n);
    double[] sd = new double[n];
    double[] rwg = new double[n];
    double[] buffer = new double[r];
    for (int i = 0; i < n; i++) {
      int count = 0;
      int na = 0;
      double sum = 0;
      for (int k = 0; k < r; k++) {
        if (status[k][i] == MaturityScorer.ANSWERED) {
          buffer[count++] = values[k][i];
          sum += values[k][i];
        } else if (status[k][i] == MaturityScorer.NOT_APPLICABLE) {
          na++;
        }
      }
      double mean = count == 0 ? Double.NaN : sum / count;
      double median = Double.NaN;
      if (count > 0) {
        Arrays.sort(buffer, 0, count);
        median =
            count % 2 == 1
                ? buffer[count / 2]
                : (buffer[count / 2 - 1] + buffer[count / 2]) / 2;
      }
      sd[i] = Double.NaN;
      rwg[i] = Double.NaN;
      if (count >= 2) {
        double ss = 0;
        for (int j = 0; j < count; j++) {
          ss += (buffer[j] - mean) * (buffer[j] - mean);
        }
        double variance = ss / (count - 1);
        sd[i] = Math.sqrt(variance);
        rwg[i] =
            uniformNullVariance > 0 ? Math.max(0, 1 - variance / uniformNullVariance) : Double.NaN;
      }
      if (na > count) {
        panelStatus[i] = MaturityScorer.NOT_APPLICABLE;
        panelLevels[i] = AnswerLevel.NOT_APPLICABLE;
      } else if (count > 0) {
        panelStatus[i] = MaturityScorer.ANSWERED;
        panelValues[i] = median;
        panelLevels[i] = levelOf(median);
      }
      agreements.add(
          new CriterionAgreement(
              ix.criterionIds[i],
              ix.dimensionIdOf[i],
              count,
              na,
              mean,
              median,
              sd[i],
              rwg[i]));
    }
    this.criteria = List.copyOf(agreements);

    List<DimensionAgreement> dims = new ArrayList<>();
    for (int d = 0; d < ix.dimensionCount; d++) {
      double wSum = 0;
      double sdSum = 0;
      double rwgSum = 0;
      int compared = 0;
      for (int s = 1; s <= ix.maxStage; s++) {
        for (int i : ix.cells[d][s]) {
          if (!Double.isNaN(sd[i])) {
            wSum += ix.weight[i];
            sdSum += ix.weight[i] * sd[i];
            rwgSum += ix.weight[i] * rwg[i];
            compared++;
          }
        }
      }
      dims.add(
          new DimensionAgreement(
              ix.dimensionIds[d],
              compared == 0 ? Double.NaN : sdSum / wSum,
              compared == 0 ? Double.NaN : rwgSum / wSum,
              compared));
    }
    this.dimensions = List.copyOf(dims);

    List<Divergence> div = new ArrayList<>(r);
    for (int k = 0; k < r; k++) {
      double total = 0;
      int compared = 0;
      for (int i = 0; i < n; i++) {
        if (status[k][i] != MaturityScorer.ANSWERED) {
          continue;
        }
        double othersSum = 0;
        int others = 0;
        for (int j = 0; j < r; j++) {
          if (j != k && status[j][i] == MaturityScorer.ANSWERED) {
            othersSum += values[j][i];
            others++;
          }
        }
        if (others > 0) {
          total += Math.abs(values[k][i] - othersSum / others);
          compared++;
        }
      }
      Respondent who = this.assessments.get(k).respondent();
      div.add(
          new Divergence(who, who.label(), compared == 0 ? Double.NaN : total / compared, compared));
    }
    this.divergences = List.copyOf(div);
    this.result = scorer.evaluate(panelValues, panelStatus, panelLevels, null, null);
    List<MaturityResult> each = new ArrayList<>(r);
    for (Assessment a : this.assessments) {
      each.add(scorer.score(a));
    }
    this.respondentResults = List.copyOf(each);
  }

  private @Nullable String levelOf(double value) {
    for (AnswerLevel l : model.answerLevels()) {
      if (l.value() == value) {
        return l.name();
      }
    }
    return null;
  }

  /** A panel scored with the default threshold. */
  public static Panel of(MaturityModel model, List<Assessment> assessments) {
    return of(MaturityScorer.of(checkNotNull(model, "model")), assessments);
  }

  /**
   * A panel scored by the given scorer.
   *
   * @throws dev.cem.core.CemArgumentException if there are no assessments, or one does not fit
   *     the model (as {@link MaturityScorer#check})
   */
  public static Panel of(MaturityScorer scorer, List<Assessment> assessments) {
    checkNotNull(scorer, "scorer");
    checkNotNull(assessments, "assessments");
    checkArgument(!assessments.isEmpty(), "a panel needs at least one assessment");
    return new Panel(scorer, assessments);
  }

  public MaturityModel model() {
    return model;
  }

  public List<Assessment> assessments() {
    return assessments;
  }

  /** σ²<sub>EU</sub>, the variance of a uniform choice among the model's levels. */
  public double uniformNullVariance() {
    return uniformNullVariance;
  }

  /** Agreement per criterion, in model order. */
  public List<CriterionAgreement> criteria() {
    return criteria;
  }

  /** The agreement on one criterion. */
  public Optional<CriterionAgreement> criterion(String criterionId) {
    Integer i = model.index().criterionIndex.get(checkNotNull(criterionId, "criterionId"));
    return i == null ? Optional.empty() : Optional.of(criteria.get(i));
  }

  /** Disagreement per dimension, in model order. */
  public List<DimensionAgreement> dimensions() {
    return dimensions;
  }

  /** The disagreement within one dimension. */
  public Optional<DimensionAgreement> dimension(String dimensionId) {
    Integer d = model.index().dimensionIndex.get(checkNotNull(dimensionId, "dimensionId"));
    return d == null ? Optional.empty() : Optional.of(dimensions.get(d));
  }

  /** Each respondent's divergence from the rest, in assessment order. */
  public List<Divergence> divergences() {
    return divergences;
  }

  /**
   * The respondent whose answers diverge most from the rest (largest mean absolute difference
   * from the leave-one-out mean; the first on ties); empty when nobody could be compared.
   */
  public Optional<Divergence> mostDivergent() {
    Divergence best = null;
    for (Divergence d : divergences) {
      if (!Double.isNaN(d.meanAbsoluteDifference())
          && (best == null || d.meanAbsoluteDifference() > best.meanAbsoluteDifference())) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Each respondent's own result, in assessment order. */
  public List<MaturityResult> respondentResults() {
    return respondentResults;
  }

  /** The maturity result of the median answers. */
  public MaturityResult result() {
    return result;
  }
}
