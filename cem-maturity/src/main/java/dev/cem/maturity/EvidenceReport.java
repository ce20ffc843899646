package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The findings of a model's evidence rules on a set of metric results: suggested answers, and
 * contradictions with what respondents claimed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvidenceReport {

  /** How a claim and the data disagree. */
  public enum ContradictionKind {
    /** The answer meets the threshold, the data says the rule is not met. */
    OVERCLAIM,
    /** The answer is below the threshold, the data says the rule is met. */
    UNDERCLAIM
  }

  /**
   * A claim the data contradicts.
   *
   * @param criterion the criterion id
   * @param kind over- or under-claim
   * @param claimedLevel the level answered
   * @param claimedValue its value
   * @param suggestedLevel the level the evidence suggests, or null if the rule suggests none
   * @param finding the evidence
   * @param message a sentence for people
   */
  public record Contradiction(
      String criterion,
      ContradictionKind kind,
      String claimedLevel,
      double claimedValue,
      @Nullable String suggestedLevel,
      Evidence.Finding finding,
      String message) {}

  private final MaturityModel model;
  private final List<Evidence.Finding> findings;

  EvidenceReport(MaturityModel model, List<Evidence.Finding> findings) {
    this.model = model;
    this.findings = List.copyOf(findings);
  }

  /** One finding per criterion with an evidence rule, in model order. */
  public List<Evidence.Finding> findings() {
    return findings;
  }

  /** The finding for one criterion, empty when it has no rule. */
  public Optional<Evidence.Finding> finding(String criterionId) {
    checkNotNull(criterionId, "criterionId");
    for (Evidence.Finding f : findings) {
      if (f.criterion().equals(criterionId)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Suggested level per criterion id, for the findings that suggest one, in model order. */
  public Map<String, String> suggestedAnswers() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Evidence.Finding f : findings) {
      if (f.suggestedLevel() != null) {
        out.put(f.criterion(), f.suggestedLevel());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Contradictions with the default threshold ({@value MaturityScorer#DEFAULT_THRESHOLD}). */
  public List<Contradiction> contradictions(Assessment assessment) {
    return contradictions(assessment, MaturityScorer.DEFAULT_THRESHOLD);
  }

  /**
   * The answers the data contradicts: an answer at or above the threshold whose rule is {@link
   * Evidence.Outcome#NOT_MET} (over-claim), and an answer below it whose rule is {@link
   * Evidence.Outcome#MET} (under-claim). Not-applicable and unanswered criteria, and findings
   * without evidence, are never contradictions.
   *
   * @throws dev.cem.core.CemArgumentException if the assessment does not fit the model
   */
  public List<Contradiction> contradictions(Assessment assessment, double threshold) {
    checkNotNull(assessment, "assessment");
    MaturityScorer.of(model).withThreshold(threshold).check(assessment);
    List<Contradiction> out = new ArrayList<>();
    for (Evidence.Finding f : findings) {
      Answer answer = assessment.answer(f.criterion());
      if (answer == null) {
        continue;
      }
      Optional<AnswerLevel> level = model.level(answer.level());
      if (level.isEmpty()) {
        continue; // not applicable
      }
      boolean claimsMet = level.get().value() >= threshold;
      ContradictionKind kind = null;
      if (claimsMet && f.outcome() == Evidence.Outcome.NOT_MET) {
        kind = ContradictionKind.OVERCLAIM;
      } else if (!claimsMet && f.outcome() == Evidence.Outcome.MET) {
        kind = ContradictionKind.UNDERCLAIM;
      }
      if (kind != null) {
        out.add(
            new Contradiction(
                f.criterion(),
                kind,
                level.get().name(),
                level.get().value(),
                f.suggestedLevel(),
                f,
                format(
                    "criterion '%s' answered %s, but the data says the rule is %s: %s",
                    f.criterion(),
                    level.get().name(),
                    kind == ContradictionKind.OVERCLAIM ? "not met" : "met",
                    Evidence.describe(f))));
      }
    }
    return out;
  }

  /**
   * Returns the assessment with every unanswered criterion that has a suggestion answered by it,
   * with a note naming the evidence; existing answers are kept.
   */
  public Assessment fillUnanswered(Assessment assessment) {
    checkNotNull(assessment, "assessment");
    Assessment.Builder b = assessment.toBuilder();
    for (Evidence.Finding f : findings) {
      if (f.suggestedLevel() != null && assessment.answer(f.criterion()) == null) {
        b.answer(f.criterion(), f.suggestedLevel(), "suggested by evidence: " + Evidence.describe(f));
      }
    }
    return b.build();
  }
}
