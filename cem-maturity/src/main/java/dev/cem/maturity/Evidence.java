package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.format;

import dev.cem.metrics.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads metric results through a model's evidence rules and suggests answers.
 *
 * <p>Metric results are given as a map of metric id (for example {@code "nps"}, {@code
 * "information-repeat-rate"}, {@code "cx-index"}) to {@link Estimate}, plus optionally a map of
 * metric id to bundle status (for example {@code "GREEN"}). For each criterion with a rule:
 *
 * <ul>
 *   <li>no estimate for the metric, an empty estimate, or an undefined subject (a NaN bound), or
 *       for a status rule no status: {@link Outcome#NO_EVIDENCE}, no suggestion;
 *   <li>fewer observations than the rule's {@code minN}: {@link Outcome#INSUFFICIENT_SAMPLE}, no
 *       suggestion;
 *   <li>otherwise {@link Outcome#MET} (suggesting {@code levelWhenMet}) or {@link
 *       Outcome#NOT_MET} (suggesting {@code levelWhenNotMet}, if the rule has one).
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class Evidence {
  private Evidence() {}

  /** What a rule found. */
  public enum Outcome {
    MET,
    NOT_MET,
    NO_EVIDENCE,
    INSUFFICIENT_SAMPLE
  }

  /**
   * What one criterion's rule found.
   *
   * @param criterion the criterion id
   * @param rule the rule, e.g. {@code "information-repeat-rate value < 10"}
   * @param outcome what the rule found
   * @param observed the compared subject of the estimate, NaN when there is none
   * @param n the estimate's sample size, 0 when there is none
   * @param status the bundle status seen, or null
   * @param suggestedLevel the suggested level name, or null
   */
  public record Finding(
      String criterion,
      String rule,
      Outcome outcome,
      double observed,
      long n,
      @Nullable String status,
      @Nullable String suggestedLevel) {}

  /** Evaluates the model's rules without bundle statuses. */
  public static EvidenceReport evaluate(MaturityModel model, Map<String, Estimate> metrics) {
    return evaluate(model, metrics, Map.of());
  }

  /** Evaluates the model's rules against metric results and bundle statuses. */
  public static EvidenceReport evaluate(
      MaturityModel model, Map<String, Estimate> metrics, Map<String, String> statuses) {
    checkNotNull(model, "model");
    checkNotNull(metrics, "metrics");
    checkNotNull(statuses, "statuses");
    List<Finding> findings = new ArrayList<>();
    for (Criterion c : model.criteria()) {
      EvidenceRule rule = c.evidence();
      if (rule != null) {
        findings.add(evaluate(model, c, rule, metrics.get(rule.metric()), statuses.get(rule.metric())));
      }
    }
    return new EvidenceReport(model, findings);
  }

  private static Finding evaluate(
      MaturityModel model,
      Criterion c,
      EvidenceRule rule,
      @Nullable Estimate estimate,
      @Nullable String status) {
    String text = rule.describe();
    long n = estimate == null ? 0 : estimate.n();
    boolean emptyEstimate = estimate != null && estimate.isEmpty();
    double observed = Double.NaN;
    if (emptyEstimate
        || (rule.operator() != null && estimate == null)
        || (rule.status() != null && status == null)) {
      return new Finding(c.id(), text, Outcome.NO_EVIDENCE, observed, n, status, null);
    }
    if (estimate != null) {
      observed = rule.subject().of(estimate);
      if (rule.minN() > 0 && estimate.n() < rule.minN()) {
        return new Finding(c.id(), text, Outcome.INSUFFICIENT_SAMPLE, observed, n, status, null);
      }
    }
    if (rule.operator() != null && Double.isNaN(observed)) {
      return new Finding(c.id(), text, Outcome.NO_EVIDENCE, observed, n, status, null);
    }
    boolean met =
        (rule.operator() == null || rule.operator().test(observed, rule.threshold()))
            && (rule.status() == null
                || rule.status().toUpperCase(Locale.ROOT).equals(status.toUpperCase(Locale.ROOT)));
    String level = met ? rule.levelWhenMet() : rule.levelWhenNotMet();
    return new Finding(
        c.id(),
        text,
        met ? Outcome.MET : Outcome.NOT_MET,
        observed,
        n,
        status,
        level == null ? null : canonical(model, level));
  }

  private static String canonical(MaturityModel model, String level) {
    return model.level(level).map(AnswerLevel::name).orElse(AnswerLevel.NOT_APPLICABLE);
  }

  static String describe(Finding f) {
    return format(
        "%s: observed %s (n = %d)%s",
        f.rule(),
        Double.isNaN(f.observed()) ? "none" : EvidenceRule.formatNumber(f.observed()),
        f.n(),
        f.status() == null ? "" : ", status " + f.status());
  }
}
