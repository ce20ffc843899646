package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * {@code cem compare} on responses.csv (A) and period-b.csv (B); the tests are recomputed here
 * from their formulas.
 */
class CompareCommandTest {
  static final Path A = ScoreCommandTest.CSV;
  static final Path B = ScoreCommandTest.DIR.resolve("period-b.csv");
  static final NormalDistribution N = NormalDistribution.of(0, 1);

  static double twoSided(double z) {
    return 2 * N.survivalProbability(Math.abs(z));
  }

  @Test
  void json_npsWaldZ_pooledProportions_welch() throws Exception {
    JsonNode j = ScoreCommandTest.ok(Cli.args("compare", A, B, "--format", "json"));
    assertThat(j.get("alpha").asDouble()).isEqualTo(0.05);
    assertThat(j.at("/a/rows").asLong()).isEqualTo(8);
    assertThat(j.at("/b/rows").asLong()).isEqualTo(5);

    // NPS: A 3/2/2 of 7, B (0 3 9 5 10) promoters 2, passives 0, detractors 3 of 5
    JsonNode nps = j.at("/metrics/nps");
    double varA = 5 / 7.0 - Math.pow(1 / 7.0, 2);
    double varB = 5 / 5.0 - Math.pow(-1 / 5.0, 2);
    double se = 100 * Math.sqrt(varA / 7 + varB / 5);
    double diff = 100.0 / 7 - (-20.0);
    assertThat(nps.get("difference").asDouble()).isCloseTo(diff, within(1e-9));
    assertThat(nps.get("standardError").asDouble()).isCloseTo(se, within(1e-9));
    assertThat(nps.get("z").asDouble()).isCloseTo(diff / se, within(1e-9));
    assertThat(nps.get("pValue").asDouble()).isCloseTo(twoSided(diff / se), within(1e-9));
    assertThat(nps.get("log10PValue").asDouble()).isCloseTo(Math.log10(twoSided(diff / se)), within(1e-9));
    assertThat(nps.get("significant").asBoolean()).isFalse();
    assertThat(nps.get("nA").asLong()).isEqualTo(7);
    assertThat(nps.get("nB").asLong()).isEqualTo(5);

    // CSAT top-2-box: A 4/7, B 2/5; pooled 6/12
    JsonNode csat = j.at("/metrics/csat");
    double pooledSe = 100 * Math.sqrt(0.5 * 0.5 * (1 / 7.0 + 1 / 5.0));
    double csatDiff = 100 * (4 / 7.0 - 2 / 5.0);
    assertThat(csat.get("difference").asDouble()).isCloseTo(csatDiff, within(1e-9));
    assertThat(csat.get("standardError").asDouble()).isCloseTo(pooledSe, within(1e-9));
    assertThat(csat.get("z").asDouble()).isCloseTo(csatDiff / pooledSe, within(1e-9));

    // CES Welch t: A 2 3 5 7 1 4 2, B 7 6 2 5 3
    double[] a = {2, 3, 5, 7, 1, 4, 2};
    double[] b = {7, 6, 2, 5, 3};
    double va = ScoreCommandTest.sampleVariance(a) / a.length;
    double vb = ScoreCommandTest.sampleVariance(b) / b.length;
    double t = (24 / 7.0 - 23 / 5.0) / Math.sqrt(va + vb);
    double df = Math.pow(va + vb, 2) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    JsonNode ces = j.at("/metrics/ces");
    assertThat(ces.get("t").asDouble()).isCloseTo(t, within(1e-9));
    assertThat(ces.get("degreesOfFreedom").asDouble()).isCloseTo(df, within(1e-9));
    assertThat(ces.get("pValue").asDouble())
        .isCloseTo(2 * TDistribution.of(df).survivalProbability(Math.abs(t)), within(1e-9));
    assertThat(ces.has("z")).isFalse();

    // SLA: A 3 of 5, B (5000 4000 100 800 300 against 900) 3 of 5 -> no difference
    assertThat(j.at("/metrics/sla/difference").asDouble()).isEqualTo(0.0);
    assertThat(j.at("/metrics/sla/pValue").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(j.at("/metrics/resolution/method").asText()).isEqualTo("welch-t");
    // response_seconds is only in A: not compared, and said so
    assertThat(j.at("/metrics").has("response")).isFalse();
    assertThat(j.get("onlyInA").toString()).isEqualTo("[\"response_seconds\"]");
    assertThat(j.get("onlyInB")).isEmpty();
  }

  @Test
  void alpha_holm_andTable() throws Exception {
    JsonNode j = ScoreCommandTest.ok(Cli.args("compare", A, A, "--format", "json", "--alpha", "0.1", "--holm"));
    assertThat(j.get("holm").asBoolean()).isTrue();
    assertThat(j.at("/metrics/nps/difference").asDouble()).isEqualTo(0.0);
    assertThat(j.at("/metrics/nps/method").asText()).endsWith("+holm");
    assertThat(j.at("/metrics/nps/significant").asBoolean()).isFalse();
    Cli.Run table = Cli.run(Cli.args("compare", A, B));
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("nps").contains("welch-t").contains("significant");
  }

  @Test
  void badInput_exit2() throws Exception {
    assertBad(Cli.run(Cli.args("compare", A, B, "--alpha", "0")), "--alpha (0.0) must be strictly between 0 and 1", "");
    assertBad(Cli.run(Cli.args("compare", A)), "Missing required parameter: 'B'", "");
    assertBad(Cli.run(Cli.args("compare", A, ScoreCommandTest.DIR.resolve("nope.csv"))), "nope.csv: no such file", "");
  }
}
