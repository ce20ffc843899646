package dev.cem.maturity;

import static dev.cem.maturity.MaturityTesting.empty;
import static dev.cem.maturity.MaturityTesting.metrics;
import static dev.cem.maturity.MaturityTesting.statuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cem.maturity.Evidence.Outcome;
import dev.cem.maturity.EvidenceReport.ContradictionKind;
import dev.cem.metrics.Estimate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private final MaturityModel model = MaturityModels.builtIn(MaturityModels.CEM_FIVE_STAGE);

  @Test
  void evaluate_namedMetrics_outcomesPerRule() {
    EvidenceReport report = Evidence.evaluate(model, metrics(), statuses());

    // information repeat 8 < 10 on n 200 >= 30
    assertThat(report.finding("technology-5a").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    // proactive detection 40 > 50 fails
    assertThat(report.finding("process-4a").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
    // NPS n 10 >= 30 fails: the measurement rule is about the sample itself
    assertThat(report.finding("measurement-2a").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(report.finding("measurement-2a").orElseThrow().observed()).isEqualTo(10.0);
    // NPS lower bound 35 - 2 > 0, but n 10 < minN 30
    assertThat(report.finding("voice-4c").orElseThrow().outcome())
        .isEqualTo(Outcome.INSUFFICIENT_SAMPLE);
    assertThat(report.finding("voice-4c").orElseThrow().suggestedLevel()).isNull();
    // FCR estimate is empty
    assertThat(report.finding("process-3c").orElseThrow().outcome()).isEqualTo(Outcome.NO_EVIDENCE);
    // SLA 97 >= 95
    assertThat(report.finding("measurement-3b").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    // cx-index status "green" matches GREEN regardless of case
    assertThat(report.finding("measurement-4a").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    // no channel-switch metric at all
    assertThat(report.finding("process-4b").orElseThrow().outcome()).isEqualTo(Outcome.NO_EVIDENCE);
    assertThat(report.finding("strategy-1a")).isEmpty();
  }

  @Test
  void suggestedAnswers_namedMetrics_onlyMetAndNotMetInModelOrder() {
    Map<String, String> suggested = Evidence.evaluate(model, metrics(), statuses()).suggestedAnswers();

    assertThat(suggested)
        .containsExactly(
            entry("measurement-2a", "PARTLY"),
            entry("measurement-3b", "FULLY"),
            entry("measurement-4a", "FULLY"),
            entry("process-4a", "PARTLY"),
            entry("technology-5a", "FULLY"));
  }

  @Test
  void evaluate_withoutStatuses_statusRuleHasNoEvidence() {
    EvidenceReport report = Evidence.evaluate(model, metrics());

    assertThat(report.finding("measurement-4a").orElseThrow().outcome())
        .isEqualTo(Outcome.NO_EVIDENCE);
  }

  @Test
  void evaluate_statusOtherThanRequired_notMet() {
    EvidenceReport report = Evidence.evaluate(model, metrics(), Map.of("cx-index", "AMBER"));

    assertThat(report.finding("measurement-4a").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(report.finding("measurement-4a").orElseThrow().suggestedLevel()).isEqualTo("PARTLY");
  }

  @Test
  void evaluate_everyEstimateEmpty_noSuggestionAtAll() {
    Map<String, Estimate> empties = new HashMap<>();
    for (Criterion c : model.criteria()) {
      if (c.evidence() != null) {
        empties.put(c.evidence().metric(), empty());
      }
    }
    Map<String, String> allGreen = new HashMap<>();
    for (String metric : empties.keySet()) {
      allGreen.put(metric, "GREEN");
    }

    EvidenceReport report = Evidence.evaluate(model, empties, allGreen);

    assertThat(report.findings()).isNotEmpty();
    assertThat(report.findings()).allMatch(f -> f.outcome() == Outcome.NO_EVIDENCE);
    assertThat(report.suggestedAnswers()).isEmpty();
  }

  @Test
  void contradictions_claimsAgainstData_overAndUnderClaims() {
    Assessment claims =
        Assessment.builder(model)
            .answer("process-4a", "FULLY") // data: not met -> over-claim
            .answer("technology-5a", "NO") // data: met -> under-claim
            .answer("process-3c", "FULLY") // no evidence
            .answer("voice-4c", "FULLY") // insufficient sample
            .answer("measurement-3b", "LARGELY") // met and claimed met
            .answer("measurement-2a", "NOT_APPLICABLE") // not applicable: never a contradiction
            .build();

    List<EvidenceReport.Contradiction> found =
        Evidence.evaluate(model, metrics(), statuses()).contradictions(claims);

    assertThat(found)
        .extracting(EvidenceReport.Contradiction::criterion, EvidenceReport.Contradiction::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("process-4a", ContradictionKind.OVERCLAIM),
            org.assertj.core.groups.Tuple.tuple("technology-5a", ContradictionKind.UNDERCLAIM));
    assertThat(found.get(0).claimedLevel()).isEqualTo("FULLY");
    assertThat(found.get(0).suggestedLevel()).isEqualTo("PARTLY");
    assertThat(found.get(0).message())
        .contains("'process-4a'", "FULLY", "not met", "proactive-detection-ratio value > 50", "40");
  }

  @Test
  void contradictions_higherThreshold_largelyBecomesUnderClaim() {
    Assessment claims = Assessment.builder(model).answer("measurement-3b", "LARGELY").build();

    EvidenceReport report = Evidence.evaluate(model, metrics(), statuses());

    assertThat(report.contradictions(claims)).isEmpty();
    assertThat(report.contradictions(claims, 0.9))
        .extracting(EvidenceReport.Contradiction::kind)
        .containsExactly(ContradictionKind.UNDERCLAIM);
  }

  @Test
  void fillUnanswered_suggestionsFillGapsAndKeepAnswers() {
    Assessment claims = Assessment.builder(model).answer("process-4a", "FULLY").build();

    Assessment filled = Evidence.evaluate(model, metrics(), statuses()).fillUnanswered(claims);

    assertThat(filled.answer("process-4a")).isEqualTo(Answer.of("FULLY"));
    assertThat(filled.answer("technology-5a").level()).isEqualTo("FULLY");
    assertThat(filled.answer("technology-5a").note()).startsWith("suggested by evidence: ");
    assertThat(filled.answers()).hasSize(5);
    MaturityScorer.of(model).check(filled);
  }

  @Test
  void operator_parse_symbolsAndNames() {
    assertThat(EvidenceRule.Operator.parse(">=")).isEqualTo(EvidenceRule.Operator.GE);
    assertThat(EvidenceRule.Operator.parse("lt")).isEqualTo(EvidenceRule.Operator.LT);
    assertThat(EvidenceRule.Operator.GT.test(Double.NaN, 0)).isFalse();
  }

  @Test
  void evaluate_serviceProcessModel_rulesOnItsPhases() {
    MaturityModel sp = MaturityModels.builtIn(MaturityModels.SERVICE_PROCESS);

    Map<String, String> suggested = Evidence.evaluate(sp, metrics(), statuses()).suggestedAnswers();

    // proactive 40 > 50 fails; repeat 8 < 10 holds; SLA 97 >= 95 holds; cx-index GREEN;
    // FCR empty, channel switch and journey gap absent, CSAT absent: no suggestion
    assertThat(suggested)
        .containsExactly(
            entry("detection-4a", "PARTLY"),
            entry("preparation-4a", "FULLY"),
            entry("transaction-3c", "FULLY"),
            entry("measurement-4a", "FULLY"));
  }
}
