package dev.cem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.cli.out.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of {@code cem assess} on a three-stage test model. Expected values are worked
 * by hand: a dimension's score is the sum of its criteria's answer values (one criterion per
 * stage), the overall score the mean of the two dimensions, a criterion is met at 0.75 or more.
 */
class AssessCommandTest {
  static final Path DIR = Path.of("src/test/resources/maturity");
  static final String MODEL = DIR.resolve("tiny-model.yaml").toString();

  @TempDir Path tmp;

  static JsonNode json(Cli.Run r) throws Exception {
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return Json.MAPPER.readTree(r.out());
  }

  @Test
  void single_json_stageScoreDimensionsBlockersRoadmap() throws Exception {
    // alice: strategy 1 + 1 + 0.5 = 2.5 (stage 2), metrics 1 + 0 + 0 = 1.0 (stage 1).
    JsonNode j = json(Cli.run(Cli.args("assess", DIR.resolve("alice.json"), "--model", MODEL, "--format", "json")));
    assertThat(j.get("model").asText()).isEqualTo("tiny");
    assertThat(j.get("stage").asInt()).isEqualTo(1);
    assertThat(j.get("stageName").asText()).isEqualTo("Initial");
    assertThat(j.get("score").asDouble()).isCloseTo((2.5 + 1.0) / 2, within(1e-12));
    assertThat(j.get("dimensions")).hasSize(2);
    assertThat(j.at("/dimensions/0/id").asText()).isEqualTo("strategy");
    assertThat(j.at("/dimensions/0/stage").asInt()).isEqualTo(2);
    assertThat(j.at("/dimensions/0/score").asDouble()).isCloseTo(2.5, within(1e-12));
    assertThat(j.at("/dimensions/1/id").asText()).isEqualTo("metrics");
    assertThat(j.at("/dimensions/1/stage").asInt()).isEqualTo(1);
    assertThat(j.at("/dimensions/1/score").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(j.get("blockers")).hasSize(1);
    assertThat(j.at("/blockers/0/criterion").asText()).isEqualTo("m2");
    assertThat(j.get("roadmap")).hasSize(1);
    assertThat(j.at("/roadmap/0/recommendation").asText()).isEqualTo("Fix the worst detractor issues.");
    assertThat(j.get("warnings").isArray()).isTrue();
    assertThat(j.has("disagreement")).isFalse();
  }

  @Test
  void panel_ofThreeFiles_scoresMedians_andReportsDisagreement() throws Exception {
    JsonNode j =
        json(
            Cli.run(
                Cli.args(
                    "assess", DIR.resolve("alice.json"), DIR.resolve("bob.yaml"), DIR.resolve("array.json"),
                    "--model", MODEL, "--format", "json")));
    // Medians of four: s1 1, s2 (0.5+1)/2 = 0.75, s3 (0+0.5)/2 = 0.25 -> strategy 2.0;
    // m1 1, m2 (0+1)/2 = 0.5, m3 0 -> metrics 1.5.
    assertThat(j.get("respondentCount").asInt()).isEqualTo(4);
    assertThat(j.at("/dimensions/0/score").asDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(j.at("/dimensions/1/score").asDouble()).isCloseTo(1.5, within(1e-12));
    assertThat(j.get("score").asDouble()).isCloseTo(1.75, within(1e-12));
    assertThat(j.get("respondents")).hasSize(4);
    assertThat(j.at("/respondents/3/label").asText()).isEqualTo("partners");
    // dan: strategy 0.5 + 0 + 0, metrics 1 + 0 + 0 -> (0.5 + 1) / 2
    assertThat(j.at("/respondents/3/score").asDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(j.at("/respondents/3/stage").asInt()).isZero();
    JsonNode strategy = j.at("/disagreement/dimensions/0");
    assertThat(strategy.get("id").asText()).isEqualTo("strategy");
    assertThat(strategy.get("minScore").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(strategy.get("maxScore").asDouble()).isCloseTo(3.0, within(1e-12));
    assertThat(strategy.get("meanStandardDeviation").asDouble()).isPositive();
    assertThat(j.at("/disagreement/respondents")).hasSize(4);
    assertThat(j.at("/disagreement/mostDivergent").asText()).isNotEmpty();
  }

  @Test
  void evidence_fillsUnanswered_andFlagsContradiction() throws Exception {
    Path partial = tmp.resolve("partial.json");
    // m2 claimed FULLY while the evidence (NPS -10, n 40) says "NPS is positive" is not met;
    // m1 is unanswered and the evidence (n 40 >= 30) suggests FULLY.
    Files.writeString(
        partial,
        "{\"schemaVersion\":1,\"modelId\":\"tiny\",\"respondent\":{\"name\":\"Eve\"},"
            + "\"answers\":{\"s1\":\"FULLY\",\"m2\":\"FULLY\"}}");
    JsonNode j =
        json(
            Cli.run(
                Cli.args(
                    "assess", partial, "--model", MODEL, "--format", "json",
                    "--evidence", DIR.resolve("evidence-score.json"))));
    assertThat(j.get("evidence")).hasSize(2);
    assertThat(j.at("/evidence/0/criterion").asText()).isEqualTo("m1");
    assertThat(j.at("/evidence/0/outcome").asText()).isEqualTo("MET");
    assertThat(j.at("/evidence/1/outcome").asText()).isEqualTo("NOT_MET");
    assertThat(j.at("/evidence/1/observed").asDouble()).isEqualTo(-10.0);
    assertThat(j.at("/evidence/1/n").asLong()).isEqualTo(40);
    // metrics: m1 filled FULLY (1) + m2 claimed FULLY (1) + m3 unanswered (0) = 2.0
    assertThat(j.at("/dimensions/1/score").asDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(j.get("warnings").toString()).contains("m2");
  }

  @Test
  void evidence_fromRealScoreOutput_onTheBuiltInModel() throws Exception {
    Path score = tmp.resolve("score.json");
    assertThat(Cli.run(Cli.args("score", ScoreCommandTest.CSV, "--format", "json", "--out", score)).code()).isZero();
    Path empty = tmp.resolve("blank.json");
    Files.writeString(empty, "{\"schemaVersion\":1,\"modelId\":\"cem-five-stage\",\"respondent\":{\"name\":\"Ann\"},\"answers\":{}}");
    JsonNode j = json(Cli.run(Cli.args("assess", empty, "--evidence", score, "--format", "json")));
    assertThat(j.get("model").asText()).isEqualTo("cem-five-stage");
    JsonNode sla = null;
    for (JsonNode f : j.get("evidence")) {
      if (f.get("rule").asText().startsWith("sla-attainment")) {
        sla = f;
      }
    }
    // responses.csv: 3 of 5 resolutions within their SLA; cem score calls it "sla"
    assertThat(sla).isNotNull();
    assertThat(sla.get("observed").asDouble()).isCloseTo(60.0, within(1e-9));
    assertThat(sla.get("n").asLong()).isEqualTo(5);
    assertThat(j.get("warnings").toString()).contains("unanswered");
  }

  @Test
  void table_isTheDefault_md_and_html_render() throws Exception {
    Cli.Run table = Cli.run(Cli.args("assess", DIR.resolve("alice.json"), "--model", MODEL));
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("Dimensions").contains("strategy       2   2.50").contains("Roadmap to stage 2");
    Cli.Run md = Cli.run(Cli.args("assess", DIR.resolve("alice.json"), "--model", MODEL, "--format", "md"));
    assertThat(md.out()).contains("**Overall stage: 1 Initial**");
    Path html = tmp.resolve("a.html");
    Cli.Run h = Cli.run(Cli.args("assess", DIR.resolve("alice.json"), "--model", MODEL, "--format", "html", "--out", html));
    assertThat(h.code()).isZero();
    assertThat(h.out()).isEmpty();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
  }

  @Test
  void badInputs_exit2_withOneLineMessages() throws Exception {
    Path unknownCriterion = tmp.resolve("u.json");
    Files.writeString(unknownCriterion, "{\"schemaVersion\":1,\"modelId\":\"tiny\",\"respondent\":{\"name\":\"x\"},\"answers\":{\"zz\":\"FULLY\"}}");
    Path badLevel = tmp.resolve("l.json");
    Files.writeString(badLevel, "{\"schemaVersion\":1,\"modelId\":\"tiny\",\"respondent\":{\"name\":\"x\"},\"answers\":{\"s1\":\"MOSTLY\"}}");
    Path malformed = tmp.resolve("m.json");
    Files.writeString(malformed, "{\"schemaVersion\":1,\n \"modelId\": tiny}");
    Path empty = tmp.resolve("e.json");
    Files.writeString(empty, "");

    assertBad(Cli.run(Cli.args("assess", unknownCriterion, "--model", MODEL)), unknownCriterion + ": ", "unknown criterion 'zz'");
    assertBad(Cli.run(Cli.args("assess", badLevel, "--model", MODEL)), "'MOSTLY'", "allowed: NOT_AT_ALL, PARTLY, FULLY");
    assertBad(Cli.run(Cli.args("assess", malformed, "--model", MODEL)), malformed.toString(), "line 2, column 13");
    assertBad(Cli.run(Cli.args("assess", empty, "--model", MODEL)), empty + ": the file is empty", "");
    assertBad(Cli.run(Cli.args("assess", tmp.resolve("missing.json"))), "missing.json: no such file", "");
    assertBad(Cli.run(Cli.args("assess", DIR.resolve("alice.json"))), "model 'tiny', which is not built in", "pass --model FILE");
    assertBad(Cli.run(Cli.args("assess", DIR.resolve("alice.json"), "--model", "nope")), "model 'nope' is neither a built-in model", "");
    assertBad(Cli.run(Cli.args("assess", DIR.resolve("alice.json"), "--model", MODEL, "--format", "csv")), "--format csv is not available here", "Try 'cem assess --help'");
    assertBad(Cli.run("assess"), "Missing required parameter: 'FILE'", "");
  }

  static void assertBad(Cli.Run r, String part1, String part2) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(part1).contains(part2).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
