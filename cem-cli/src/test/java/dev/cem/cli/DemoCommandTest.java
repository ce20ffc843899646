package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.cli.out.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cem demo}: the README's main command. */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demo_writesTheThreeReports_theData_andASummary() throws Exception {
    Path out = tmp.resolve("report");
    Cli.Run r = Cli.run(Cli.args("demo", "--out", out));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    for (String f : List.of("report.html", "report.md", "report.json", "data/responses.csv",
        "data/interactions.csv", "data/incidents.csv", "data/assessments.json")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    assertThat(r.out())
        .contains("cem demo: wrote " + out.resolve("report.html"))
        .contains("responses.csv (5000 rows)")
        .contains("NPS ")
        .contains("CX index")
        .contains("Journeys ")
        .contains("Proactive detection")
        .contains("Maturity: stage")
        .contains("panel of 5")
        .contains("Top driver of NPS");
    assertThat(r.out().lines().count()).isLessThanOrEqualTo(24);

    JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
    List<String> types = new ArrayList<>();
    report.get("sections").forEach(s -> types.add(s.get("type").asText()));
    assertThat(types).contains("scorecard", "bundle", "trend", "table", "quadrant", "maturity", "text");
    // The data written is the data scored: responses.csv has 5000 rows plus a header.
    assertThat(Files.readAllLines(out.resolve("data/responses.csv"))).hasSize(5001);
    // Interactions: around 2,000, forming journeys of several contacts.
    long interactions = Files.readAllLines(out.resolve("data/interactions.csv")).size() - 1;
    assertThat(interactions).isBetween(1500L, 3000L);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("http://cdn").doesNotContain("<script src");

    // The generated files can be scored and assessed by the other commands.
    Cli.Run score = Cli.run(Cli.args("score", out.resolve("data/responses.csv"), "--group-by", "segment", "--format", "json"));
    assertThat(score.code()).isZero();
    assertThat(Json.MAPPER.readTree(score.out()).get("groups")).hasSize(4);
    Cli.Run journeys = Cli.run(Cli.args("journeys", out.resolve("data/interactions.csv"), "--gap", "2h", "--format", "json"));
    assertThat(journeys.code()).isZero();
    Cli.Run assess = Cli.run(Cli.args("assess", out.resolve("data/assessments.json"), "--format", "json"));
    assertThat(assess.code()).isZero();
    assertThat(Json.MAPPER.readTree(assess.out()).get("respondentCount").asInt()).isEqualTo(5);
    Cli.Run drivers = Cli.run(Cli.args("drivers", out.resolve("data/responses.csv"), "--outcome", "nps",
        "--ratings", "speed,knowledge,friendliness,ease", "--na", "0", "--on-invalid", "skip", "--format", "json"));
    assertThat(drivers.code()).isZero();
  }

  @Test
  void demo_sameSeed_sameReportBytes_otherSeed_otherNumbers() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path c = tmp.resolve("c");
    assertThat(Cli.run(Cli.args("demo", "--out", a, "--seed", "7", "--responses", "800")).code()).isZero();
    assertThat(Cli.run(Cli.args("demo", "--out", b, "--seed", "7", "--responses", "800")).code()).isZero();
    assertThat(Cli.run(Cli.args("demo", "--out", c, "--seed", "8", "--responses", "800")).code()).isZero();
    assertThat(Files.readString(a.resolve("report.json"))).isEqualTo(Files.readString(b.resolve("report.json")));
    assertThat(Files.readString(a.resolve("report.html"))).isEqualTo(Files.readString(b.resolve("report.html")));
    assertThat(Files.readString(a.resolve("report.json"))).isNotEqualTo(Files.readString(c.resolve("report.json")));
  }

  @Test
  void demo_badOptions_exit2() throws Exception {
    assertBad(Cli.run(Cli.args("demo", "--out", tmp, "--responses", "5")), "--responses (5) must be between 100 and 10000000", "");
    Path file = tmp.resolve("file");
    Files.writeString(file, "x");
    Cli.Run r = Cli.run(Cli.args("demo", "--out", file));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a directory").doesNotContain("\tat ");
  }
}
