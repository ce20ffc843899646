package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cem drivers} on ratings.csv; correlations and means are recomputed here. */
class DriversCommandTest {
  static final Path FILE = Path.of("src/test/resources/drivers/ratings.csv");

  @TempDir Path tmp;

  /** Pearson correlation of outcome with a rating column, leaving out rows rated {@code na}. */
  static double pearson(List<double[]> rows, int column, double na) {
    List<double[]> pairs = new ArrayList<>();
    for (double[] r : rows) {
      if (r[column] != na) {
        pairs.add(new double[] {r[0], r[column]});
      }
    }
    double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double my = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  static List<double[]> fixture() throws Exception {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(FILE).subList(1, 13)) {
      String[] c = line.split(",");
      rows.add(new double[] {c[0].equals("yes") ? 1 : 0, Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])});
    }
    return rows;
  }

  @Test
  void json_sortedByImportance_valuesRecomputed() throws Exception {
    JsonNode j =
        ScoreCommandTest.ok(
            Cli.args("drivers", FILE, "--outcome", "resolved", "--positive", "yes",
                "--ratings", "speed,friendliness,knowledge", "--na", "0", "--format", "json"));
    List<double[]> rows = fixture();
    assertThat(j.get("n").asLong()).isEqualTo(12);
    assertThat(j.at("/outcome/column").asText()).isEqualTo("resolved");
    JsonNode drivers = j.get("drivers");
    assertThat(drivers).hasSize(3);
    assertThat(drivers.get(0).get("name").asText()).isEqualTo("speed");
    for (JsonNode d : drivers) {
      int column = switch (d.get("name").asText()) {
        case "speed" -> 1;
        case "friendliness" -> 2;
        default -> 3;
      };
      assertThat(d.get("importance").asDouble()).isCloseTo(pearson(rows, column, 0), within(1e-9));
      double mean = rows.stream().mapToDouble(r -> r[column]).filter(v -> v != 0).average().orElseThrow();
      assertThat(d.get("performanceMean").asDouble()).isCloseTo(mean, within(1e-12));
      long n = rows.stream().filter(r -> r[column] != 0).count();
      assertThat(d.get("n").asLong()).isEqualTo(n);
      long top2 = rows.stream().filter(r -> r[column] >= 4).count();
      assertThat(d.get("performanceTop2").asDouble()).isCloseTo(100.0 * top2 / n, within(1e-9));
      assertThat(d.get("quadrant").asText()).isNotEmpty();
    }
    for (int i = 1; i < drivers.size(); i++) {
      assertThat(drivers.get(i).get("importance").asDouble())
          .isLessThanOrEqualTo(drivers.get(i - 1).get("importance").asDouble());
    }
    // speed: important and below the performance split
    assertThat(drivers.get(0).get("quadrant").asText()).isEqualTo("concentrate-here");
  }

  @Test
  void scaleOutcome_andTable() throws Exception {
    Path f = tmp.resolve("scale.csv");
    Files.writeString(f, "rating,a,b\n5,5,1\n4,4,2\n2,2,2\n1,1,3\n3,3,3\n");
    JsonNode j = ScoreCommandTest.ok(Cli.args("drivers", f, "--outcome", "rating", "--ratings", "a,b", "--format", "json"));
    assertThat(j.at("/outcome/kind").asText()).isEqualTo("SCALE");
    assertThat(j.at("/drivers/0/name").asText()).isEqualTo("a");
    assertThat(j.at("/drivers/0/importance").asDouble()).isCloseTo(1.0, within(1e-12));
    Cli.Run t = Cli.run(Cli.args("drivers", FILE, "--outcome", "resolved", "--positive", "yes", "--ratings", "speed,friendliness", "--na", "0"));
    assertThat(t.code()).isZero();
    assertThat(t.out()).contains("Key drivers of resolved = yes").contains("concentrate-here");
  }

  @Test
  void badInput_exit2() throws Exception {
    assertBad(Cli.run(Cli.args("drivers", FILE, "--outcome", "resolved", "--positive", "yes", "--ratings", "speed,nope")),
        "missing required column 'nope' (set another with --ratings)", "found columns: resolved, speed, friendliness, knowledge");
    assertBad(Cli.run(Cli.args("drivers", FILE, "--outcome", "resolved", "--positive", "yes", "--ratings", "speed,knowledge")),
        FILE + ":4:", "column 'knowledge' value '0' must be between 1 and 5");
    assertBad(Cli.run(Cli.args("drivers", FILE, "--outcome", "resolved", "--ratings", "speed")), FILE + ":2:1: column 'resolved' value 'yes' is not a number", "");
    assertBad(Cli.run(Cli.args("drivers", FILE, "--outcome", "resolved", "--positive", "yes", "--ratings", "speed", "--na", "3")),
        "not-applicable code (3) must be off the rating scale", "");
    assertBad(Cli.run(Cli.args("drivers", FILE, "--outcome", "resolved", "--ratings", "speed", "--scale", "five")), "--scale 'five' must look like 1..5", "");
    assertBad(Cli.run(Cli.args("drivers", FILE, "--ratings", "speed")), "Missing required option: '--outcome=COLUMN'", "");
  }
}
