package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.cli.out.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of {@code cem score} on {@code responses.csv}. The expected numbers are worked
 * by hand from that file (see {@link #CSV}); intervals are recomputed here from their textbook
 * formulas, independently of cem-metrics.
 */
class ScoreCommandTest {
  static final Path DIR = Path.of("src/test/resources/score");
  /*
   * responses.csv, 8 rows:
   *   nps  10 9 7 6 0 _ 8 10 -> promoters 3 (10, 9, 10), passives 2 (7, 8), detractors 2 (6, 0)
   *   csat 5 4 3 2 1 5 _ 4   -> top-2-box 4 of 7
   *   ces  2 3 _ 5 7 1 4 2   -> 24 / 7
   *   fcr  t f t f no yes _ 1 -> 4 of 7
   *   response 30 45 _ 120 60 10 _ 20 -> 285 / 6
   *   resolution 600 1200 300 4000 _ 100 _ 500 -> 6700 / 6; with an SLA: 600<=900, 1200>900,
   *   300<=900, 4000>3600, 500<=600 -> 3 of 5 (the 100 has no SLA)
   */
  static final Path CSV = DIR.resolve("responses.csv");
  static final double Z95 = 1.959963984540054;

  @TempDir Path tmp;

  static JsonNode ok(String... args) throws Exception {
    Cli.Run r = Cli.run(args);
    assertThat(r.err()).as(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return Json.MAPPER.readTree(r.out());
  }

  @Test
  void json_ungrouped_keyByKey() throws Exception {
    JsonNode j = ok(Cli.args("score", CSV, "--format", "json", "--nps-interval", "wald"));
    assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.get("rows").asLong()).isEqualTo(8);
    assertThat(j.at("/rejected/total").asLong()).isZero();
    assertThat(j.at("/rejected/byReason").size()).isZero();
    assertThat(j.get("groups")).hasSize(1);
    JsonNode g = j.at("/groups/0");
    assertThat(g.get("key").asText()).isEqualTo("ALL");
    JsonNode m = g.get("metrics");

    JsonNode nps = m.get("nps");
    assertThat(nps.at("/counts/promoters").asLong()).isEqualTo(3);
    assertThat(nps.at("/counts/passives").asLong()).isEqualTo(2);
    assertThat(nps.at("/counts/detractors").asLong()).isEqualTo(2);
    assertThat(nps.get("n").asLong()).isEqualTo(7);
    assertThat(nps.get("value").asDouble()).isCloseTo(100.0 * (3 - 2) / 7, within(1e-9));
    // Wald: var = p+ + p- - (p+ - p-)^2, se = sqrt(var / n), in points
    double pPlus = 3 / 7.0;
    double pMinus = 2 / 7.0;
    double se = 100 * Math.sqrt((pPlus + pMinus - Math.pow(pPlus - pMinus, 2)) / 7);
    assertThat(nps.get("standardError").asDouble()).isCloseTo(se, within(1e-9));
    assertThat(nps.get("lower").asDouble()).isCloseTo(100.0 / 7 - Z95 * se, within(1e-6));
    assertThat(nps.get("upper").asDouble()).isCloseTo(100.0 / 7 + Z95 * se, within(1e-6));
    assertThat(nps.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(nps.get("method").asText()).isEqualTo("nps-wald");

    JsonNode csat = m.get("csat");
    assertThat(csat.at("/counts/successes").asLong()).isEqualTo(4);
    assertThat(csat.at("/counts/trials").asLong()).isEqualTo(7);
    assertThat(csat.get("value").asDouble()).isCloseTo(100.0 * 4 / 7, within(1e-9));
    assertThat(csat.get("method").asText()).isEqualTo("wilson");
    double[] wilson = wilson(4, 7, Z95);
    assertThat(csat.get("lower").asDouble()).isCloseTo(100 * wilson[0], within(1e-6));
    assertThat(csat.get("upper").asDouble()).isCloseTo(100 * wilson[1], within(1e-6));

    JsonNode ces = m.get("ces");
    assertThat(ces.get("n").asLong()).isEqualTo(7);
    assertThat(ces.get("value").asDouble()).isCloseTo(24 / 7.0, within(1e-12));
    double[] cesValues = {2, 3, 5, 7, 1, 4, 2};
    assertThat(ces.get("standardError").asDouble())
        .isCloseTo(Math.sqrt(sampleVariance(cesValues) / 7), within(1e-12));
    assertThat(ces.get("method").asText()).isEqualTo("t");

    JsonNode fcr = m.get("fcr");
    assertThat(fcr.get("n").asLong()).isEqualTo(7);
    assertThat(fcr.at("/counts/successes").asLong()).isEqualTo(4);
    assertThat(fcr.get("value").asDouble()).isCloseTo(100.0 * 4 / 7, within(1e-9));

    JsonNode sla = m.get("sla");
    assertThat(sla.get("n").asLong()).isEqualTo(5);
    assertThat(sla.at("/counts/successes").asLong()).isEqualTo(3);
    assertThat(sla.get("value").asDouble()).isCloseTo(60.0, within(1e-9));

    JsonNode resolution = m.get("resolution");
    assertThat(resolution.get("n").asLong()).isEqualTo(6);
    assertThat(resolution.get("mean").asDouble()).isCloseTo(6700 / 6.0, within(1e-9));
    // HdrHistogram percentiles are within 0.1% (3 significant digits)
    assertThat(resolution.get("p50").asDouble()).isCloseTo(500, within(1.0));
    assertThat(resolution.get("p90").asDouble()).isCloseTo(4000, within(5.0));
    assertThat(resolution.get("p99").asDouble()).isCloseTo(4000, within(5.0));
    assertThat(m.get("response").get("mean").asDouble()).isCloseTo(285 / 6.0, within(1e-9));
    assertThat(g.has("bundle")).isFalse();
  }

  /** Wilson score interval, from its formula. */
  static double[] wilson(long x, long n, double z) {
    double p = (double) x / n;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new double[] {centre - half, centre + half};
  }

  static double sampleVariance(double[] xs) {
    double mean = 0;
    for (double x : xs) {
      mean += x / xs.length;
    }
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    return ss / (xs.length - 1);
  }

  @Test
  void json_groupedBySegment_sortedByKey_countsPerGroup() throws Exception {
    JsonNode j = ok(Cli.args("score", CSV, "--format", "json", "--group-by", "segment"));
    List<String> keys = new ArrayList<>();
    j.get("groups").forEach(g -> keys.add(g.get("key").asText()));
    assertThat(keys).containsExactly("enterprise", "retail", "smb");
    JsonNode retail = j.at("/groups/1/metrics");
    // retail nps 10 9 7: promoters 2, passives 1 -> 200/3
    assertThat(retail.at("/nps/counts/promoters").asLong()).isEqualTo(2);
    assertThat(retail.at("/nps/counts/passives").asLong()).isEqualTo(1);
    assertThat(retail.at("/nps/counts/detractors").asLong()).isZero();
    assertThat(retail.at("/nps/value").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
    JsonNode smb = j.at("/groups/2/metrics");
    // smb nps 6 0 and an empty cell: two detractors
    assertThat(smb.at("/nps/n").asLong()).isEqualTo(2);
    assertThat(smb.at("/nps/value").asDouble()).isEqualTo(-100.0);
    assertThat(smb.at("/nps/reliability").asText()).isEqualTo("UNRELIABLE");
    // enterprise csat: one answer (4), the other empty
    assertThat(j.at("/groups/0/metrics/csat/n").asLong()).isEqualTo(1);
  }

  @Test
  void jsonLines_givesTheSameNumbersAsCsv() throws Exception {
    JsonNode fromCsv = ok(Cli.args("score", CSV, "--format", "json", "--group-by", "segment"));
    JsonNode fromJsonl =
        ok(Cli.args("score", DIR.resolve("responses.jsonl"), "--format", "json", "--group-by", "segment"));
    assertThat(fromJsonl.get("groups")).isEqualTo(fromCsv.get("groups"));
  }

  @Test
  void columnOverride_andConfidence_andIntervalMethods() throws Exception {
    Path f = tmp.resolve("renamed.csv");
    Files.writeString(f, "Likelihood;x\n".replace(";", ",") + "10,a\n9,b\n0,c\n");
    JsonNode j =
        ok(Cli.args("score", f, "--column", "nps=Likelihood", "--format", "json", "--confidence", "0.9",
            "--nps-interval", "tango"));
    JsonNode nps = j.at("/groups/0/metrics/nps");
    assertThat(nps.get("value").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(nps.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(nps.get("method").asText()).isEqualTo("nps-tango");
    assertThat(j.at("/groups/0/metrics").size()).isEqualTo(1);

    JsonNode cp = ok(Cli.args("score", CSV, "--format", "json", "--proportion-interval", "clopper-pearson", "--csat-box", "1"));
    assertThat(cp.at("/groups/0/metrics/csat/method").asText()).isEqualTo("clopper-pearson");
    // top-1-box: only the 5s, 2 of 7
    assertThat(cp.at("/groups/0/metrics/csat/counts/successes").asLong()).isEqualTo(2);
  }

  @Test
  void bundle_scoresEachGroup_contributionsSumToValue() throws Exception {
    JsonNode j = ok(Cli.args("score", CSV, "--format", "json", "--bundle", DIR.resolve("bundle.json")));
    JsonNode b = j.at("/groups/0/bundle");
    // csat 400/7 (weight 2), fcr 400/7 (weight 1), nps 100/7 on goalposts 0..100 (weight 1)
    double expected = (2 * 400 / 7.0 + 400 / 7.0 + 100 / 7.0) / 4;
    assertThat(b.get("value").asDouble()).isCloseTo(expected, within(1e-9));
    assertThat(b.get("status").asText()).isEqualTo("AMBER");
    assertThat(b.get("coverage").asDouble()).isEqualTo(1.0);
    JsonNode c = b.get("contributions");
    assertThat(c.get("csat").asDouble() + c.get("fcr").asDouble() + c.get("nps").asDouble())
        .isCloseTo(expected, within(1e-9));
    assertThat(c.get("csat").asDouble()).isCloseTo(2 * 400 / 7.0 / 4, within(1e-9));
  }

  @Test
  void formats_csvNeutralisesFormulas_mdHtml_andOutIsAtomic() throws Exception {
    Path f = tmp.resolve("evil.csv");
    Files.writeString(f, "segment,nps\n=HYPERLINK(\"http://x\"),9\n@SUM(1),3\n");
    Cli.Run csv = Cli.run(Cli.args("score", f, "--group-by", "segment", "--format", "csv"));
    assertThat(csv.code()).isZero();
    assertThat(csv.out())
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\",nps,")
        .contains("'@SUM(1),nps,")
        .doesNotContain("\n=")
        .doesNotContain("\n@");
    Cli.Run md = Cli.run(Cli.args("score", CSV, "--format", "md"));
    assertThat(md.out()).startsWith("# Scores: responses.csv").contains("| ALL | nps |");
    Path out = tmp.resolve("scores.html");
    Cli.Run html = Cli.run(Cli.args("score", CSV, "--format", "html", "--out", out));
    assertThat(html.code()).isZero();
    assertThat(html.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<td>nps</td>");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("evil.csv", "scores.html");
    }
    Path script = tmp.resolve("script.csv");
    Files.writeString(script, "segment,nps\n<script>alert(1)</script>,9\n");
    Cli.Run escaped = Cli.run(Cli.args("score", script, "--group-by", "segment", "--format", "html"));
    assertThat(escaped.out()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    Cli.Run table = Cli.run(Cli.args("score", CSV));
    assertThat(table.out()).contains("ALL    nps").contains("small sample").contains("Durations (seconds)");
  }

  @Test
  void progress_isDrawnOnStderr_whenForced() throws Exception {
    Cli.Run r = Cli.run(Cli.args("score", CSV, "--progress", "--format", "json"));
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("responses.csv [").contains("100%").contains("8 rows").contains("rows/s");
    assertThat(Json.MAPPER.readTree(r.out()).get("rows").asLong()).isEqualTo(8);
  }

  // ---- bad input: exit 2, a message naming the file, line and column or field; no stack trace

  @Test
  void outOfRange_fails_namingFileLineColumnAndField() throws Exception {
    Path f = tmp.resolve("range.csv");
    Files.writeString(f, "segment,nps,csat\nretail,9,5\nsmb,11,4\n");
    assertBad(Cli.run(Cli.args("score", f)), f + ":3:5: column 'nps' value '11' must be an integer between 0 and 10", "");
    Files.writeString(f, "segment,nps,csat\nretail,9,5\nsmb,8,0\n");
    assertBad(Cli.run(Cli.args("score", f)), f + ":3:7: column 'csat' value '0' must be an integer between 1 and 5", "");
  }

  @Test
  void skip_countsInvalidRowsByReason_andScoresTheRest() throws Exception {
    Path f = tmp.resolve("mixed.csv");
    Files.writeString(
        f,
        "nps,csat,fcr,resolution_seconds\n"
            + "9,5,true,10\n" // ok
            + "11,5,true,10\n" // nps out of range
            + "x,5,true,10\n" // nps not a number
            + "7.5,4,true,10\n" // nps not an integer
            + "8,9,true,10\n" // csat out of range
            + "8,4,maybe,10\n" // fcr not a boolean
            + "8,4,true,-1\n" // resolution negative
            + "8,4\n" // wrong number of fields
            + "0,1,false,\n"); // ok
    JsonNode j = ok(Cli.args("score", f, "--on-invalid", "skip", "--format", "json"));
    assertThat(j.get("rows").asLong()).isEqualTo(9);
    assertThat(j.at("/rejected/total").asLong()).isEqualTo(7);
    JsonNode r = j.at("/rejected/byReason");
    assertThat(r.get("nps: out of range").asLong()).isEqualTo(1);
    assertThat(r.get("nps: not a number").asLong()).isEqualTo(1);
    assertThat(r.get("nps: not an integer").asLong()).isEqualTo(1);
    assertThat(r.get("csat: out of range").asLong()).isEqualTo(1);
    assertThat(r.get("fcr: not a boolean").asLong()).isEqualTo(1);
    assertThat(r.get("resolution_seconds: out of range").asLong()).isEqualTo(1);
    assertThat(r.get("wrong number of fields").asLong()).isEqualTo(1);
    // only the first and last rows count: nps 9 and 0
    assertThat(j.at("/groups/0/metrics/nps/n").asLong()).isEqualTo(2);
    assertThat(j.at("/groups/0/metrics/nps/value").asDouble()).isEqualTo(0.0);
    assertThat(j.at("/groups/0/metrics/csat/n").asLong()).isEqualTo(2);
    assertThat(j.at("/groups/0/metrics/resolution/n").asLong()).isEqualTo(1);
    // the default policy fails on the first bad row
    assertBad(Cli.run(Cli.args("score", f)), f + ":3:1: column 'nps' value '11'", "");
  }

  @Test
  void missingColumns_nameTheColumnAndTheHeadersFound() throws Exception {
    Path f = tmp.resolve("cols.csv");
    Files.writeString(f, "region,score\nnorth,9\n");
    assertBad(Cli.run(Cli.args("score", f)), f + ": no metric column found", "found columns: region, score");
    assertBad(
        Cli.run(Cli.args("score", CSV, "--column", "nps=likelihood")),
        CSV + ": missing required column 'likelihood'",
        "found columns: segment, channel, nps, csat");
    assertBad(Cli.run(Cli.args("score", CSV, "--group-by", "region")), "missing required column 'region' (set another with --group-by)", "");
    assertBad(Cli.run(Cli.args("score", CSV, "--column", "score=x")), "'score' is not a logical column", "");
  }

  @Test
  void malformedFiles_emptyFile_invalidUtf8() throws Exception {
    Path quote = tmp.resolve("quote.csv");
    Files.writeString(quote, "nps,csat\n9,5\n\"8,4\n");
    assertBad(Cli.run(Cli.args("score", quote)), quote + ":", "malformed CSV");
    Path json = tmp.resolve("bad.jsonl");
    Files.writeString(json, "{\"nps\":9}\n{\"nps\":8,}\n");
    assertBad(Cli.run(Cli.args("score", json)), json + ":2:", "malformed JSON");
    Path empty = tmp.resolve("empty.csv");
    Files.writeString(empty, "");
    assertBad(Cli.run(Cli.args("score", empty)), empty + ": the file is empty: no header row", "");
    Path emptyJson = tmp.resolve("empty.jsonl");
    Files.writeString(emptyJson, "");
    assertBad(Cli.run(Cli.args("score", emptyJson)), emptyJson + ": the file is empty", "");
    Path utf8 = tmp.resolve("latin1.csv");
    Files.write(utf8, "segment,nps\nM\u00fcnchen,9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertBad(Cli.run(Cli.args("score", utf8)), utf8 + ":2:2: invalid UTF-8", "");
    assertBad(Cli.run(Cli.args("score", tmp.resolve("none.csv"))), "none.csv: no such file", "");
    assertBad(Cli.run(Cli.args("score", tmp)), "is a directory", "");
  }

  @Test
  void byteOrderMark_isAccepted_headerOnly_warns() throws Exception {
    Path bom = tmp.resolve("bom.csv");
    Files.write(bom, ("\uFEFFnps\n10\n9\n").getBytes(StandardCharsets.UTF_8));
    JsonNode j = ok(Cli.args("score", bom, "--format", "json"));
    assertThat(j.at("/groups/0/metrics/nps/value").asDouble()).isEqualTo(100.0);
    Path header = tmp.resolve("header.csv");
    Files.writeString(header, "nps,csat\n");
    Cli.Run r = Cli.run(Cli.args("score", header, "--format", "json"));
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("has a header but no data rows");
    JsonNode e = Json.MAPPER.readTree(r.out());
    assertThat(e.at("/groups/0/metrics/nps/n").asLong()).isZero();
    assertThat(e.at("/groups/0/metrics/nps/value").isNull()).isTrue();
    assertThat(e.at("/groups/0/metrics/nps/reliability").asText()).isEqualTo("EMPTY");
  }

  @Test
  void badOptions_exit2() throws Exception {
    assertBad(Cli.run(Cli.args("score", CSV, "--confidence", "1.5")), "confidence (1.5) must be strictly between 0 and 1", "");
    assertBad(Cli.run(Cli.args("score", CSV, "--nps-interval", "exact")), "--nps-interval 'exact' is unknown; use adjusted-wald, wald, tango", "");
    assertBad(Cli.run(Cli.args("score", CSV, "--on-invalid", "ignore")), "--on-invalid 'ignore' is unknown; use fail, skip", "");
    assertBad(Cli.run(Cli.args("score", CSV, "--csat-box", "5")), "top box (5)", "");
    assertBad(Cli.run(Cli.args("score", CSV, "--format", "yaml")), "--format yaml is not available here", "");
    assertBad(Cli.run(Cli.args("score", CSV, "--out", tmp.resolve("no/such/dir.json"))), "does not exist", "");
    Path badBundle = tmp.resolve("b.json");
    Files.writeString(badBundle, "{\"schemaVersion\":1,\"name\":\"x\",\"components\":[{\"metric\":\"nope\",\"weight\":1,\"normalisation\":\"IDENTITY\"}]}");
    assertBad(Cli.run(Cli.args("score", CSV, "--bundle", badBundle)), "nope", "");
  }
}
