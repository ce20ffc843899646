package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cem journeys} on interactions.csv (unsorted) and sorted.csv (the same rows sorted). With
 * a 30 minute gap the nine interactions form five journeys, worked by hand:
 *
 * <pre>
 *   J1 c1 billing  web -> phone (resolved)        2 contacts, switch,     rating 2
 *   J2 c2 billing  phone (resolved)               1 contact,  FCR,        rating 5
 *   J3 c3 move     chat, chat, chat (resolved)    3 contacts, info repeat, rating 1
 *   J4 c3 move     phone (resolved, 3 h later)    1 contact,  FCR
 *   J5 c4 billing  web -> email (abandoned)       2 contacts, switch
 * </pre>
 *
 * Touchpoint ratings 4 5 5 4 4 5 3: 6 of 7 in the top two boxes; journey ratings 2 5 1: 1 of 3.
 * The other figures come from cem-metrics' journey analytics, recomputed here from the ratings.
 */
class JourneysCommandTest {
  static final Path DIR = Path.of("src/test/resources/journeys");
  static final Path UNSORTED = DIR.resolve("interactions.csv");

  @TempDir Path tmp;

  @Test
  void json_journeyMetrics_workedByHand() throws Exception {
    JsonNode j = ScoreCommandTest.ok(Cli.args("journeys", UNSORTED, "--gap", "30m", "--format", "json"));
    assertThat(j.get("journeys").asLong()).isEqualTo(5);
    assertThat(j.get("interactions").asLong()).isEqualTo(9);
    assertThat(j.at("/journeysByType/billing").asLong()).isEqualTo(3);
    assertThat(j.at("/journeysByType/move").asLong()).isEqualTo(2);
    JsonNode m = j.get("metrics");
    assertThat(m.at("/contacts-per-journey/value").asDouble()).isCloseTo(9 / 5.0, within(1e-12));
    assertThat(m.at("/contacts-per-journey/n").asLong()).isEqualTo(5);
    assertThat(m.at("/channel-switch-rate/value").asDouble()).isCloseTo(40.0, within(1e-9));
    assertThat(m.at("/repeat-contact-rate/value").asDouble()).isCloseTo(60.0, within(1e-9));
    assertThat(m.at("/information-repeat-rate/value").asDouble()).isCloseTo(20.0, within(1e-9));
    assertThat(m.at("/fcr/value").asDouble()).isCloseTo(40.0, within(1e-9));
    assertThat(m.at("/journey-satisfaction/value").asDouble()).isCloseTo(100 / 3.0, within(1e-9));
    assertThat(m.at("/journey-satisfaction/n").asLong()).isEqualTo(3);
    assertThat(m.at("/touchpoint-satisfaction/value").asDouble()).isCloseTo(600 / 7.0, within(1e-9));
    assertThat(m.at("/touchpoint-satisfaction/n").asLong()).isEqualTo(7);
    // The paired gap, in percent of the 1..5 scale (1 -> 0, 2 -> 25, 4 -> 75, 5 -> 100): per journey
    // with both kinds of rating, journey score minus the mean of its touchpoint scores.
    double[] diffs = {25 - (75 + 100) / 2.0, 100 - 100, 0 - (75 + 75 + 100) / 3.0};
    double mean = (diffs[0] + diffs[1] + diffs[2]) / 3;
    JsonNode gap = m.get("journey-touchpoint-gap");
    assertThat(gap.get("value").asDouble()).isCloseTo(mean, within(1e-9));
    assertThat(gap.get("n").asLong()).isEqualTo(3);
    assertThat(gap.get("standardError").asDouble())
        .isCloseTo(Math.sqrt(ScoreCommandTest.sampleVariance(diffs) / 3), within(1e-9));
    // J1 and J3: every touchpoint rated 4 or 5, the journey 1 or 2
    assertThat(m.at("/green-touchpoints-red-journey/value").asDouble()).isCloseTo(200 / 3.0, within(1e-9));
    for (JsonNode metric : m) {
      assertThat(metric.get("lower").asDouble()).isLessThanOrEqualTo(metric.get("value").asDouble());
      assertThat(metric.get("upper").asDouble()).isGreaterThanOrEqualTo(metric.get("value").asDouble());
    }
  }

  @Test
  void sortedStreaming_equalsInMemory_andUnsortedStreamingFails() throws Exception {
    JsonNode memory = ScoreCommandTest.ok(Cli.args("journeys", UNSORTED, "--format", "json"));
    JsonNode streamed = ScoreCommandTest.ok(Cli.args("journeys", DIR.resolve("sorted.csv"), "--sorted", "--format", "json"));
    assertThat(streamed.get("metrics")).isEqualTo(memory.get("metrics"));
    assertBad(Cli.run(Cli.args("journeys", UNSORTED, "--sorted")), UNSORTED + ":3:", "out of order");
    JsonNode skipped = ScoreCommandTest.ok(Cli.args("journeys", UNSORTED, "--sorted", "--on-invalid", "skip", "--format", "json"));
    assertThat(skipped.get("outOfOrderDropped").asLong()).isPositive();
  }

  @Test
  void gap_changesTheJourneys() throws Exception {
    // A 4 hour gap changes nothing: J3 ended on a resolution, so c3's 12:00 contact stays apart.
    JsonNode wide = ScoreCommandTest.ok(Cli.args("journeys", UNSORTED, "--gap", "4h", "--format", "json"));
    assertThat(wide.get("journeys").asLong()).isEqualTo(5);
    // With a 5 minute gap every contact of J1, J3 and J5 stands alone: 9 journeys.
    JsonNode narrow = ScoreCommandTest.ok(Cli.args("journeys", UNSORTED, "--gap", "5m", "--format", "json"));
    assertThat(narrow.get("journeys").asLong()).isEqualTo(9);
    assertThat(narrow.at("/metrics/contacts-per-journey/value").asDouble()).isEqualTo(1.0);
    Cli.Run table = Cli.run(Cli.args("journeys", UNSORTED));
    assertThat(table.out()).contains("5 journeys from 9 interactions").contains("journey-touchpoint-gap");
  }

  @Test
  void badRows_nameFileLineAndField() throws Exception {
    Path f = tmp.resolve("bad.csv");
    String header = "customer,timestamp,channel,outcome,touchpoint_rating\n";
    Files.writeString(f, header + "c1,2026-03-01T09:00:00Z,web,resolved,4\nc2,yesterday,web,resolved,4\n");
    assertBad(Cli.run(Cli.args("journeys", f)), f + ":3:4: column 'timestamp' value 'yesterday' must be an ISO-8601 timestamp", "");
    Files.writeString(f, header + "c1,2026-03-01T09:00:00Z,web,teleported,4\n");
    assertBad(Cli.run(Cli.args("journeys", f)), f + ":2:", "column 'outcome'");
    Files.writeString(f, header + "c1,2026-03-01T09:00:00Z,web,resolved,9\n");
    assertBad(Cli.run(Cli.args("journeys", f)), f + ":2:", "column 'touchpoint_rating' value '9' must be an integer between 1 and 5");
    Files.writeString(f, header + "c1,2026-03-01T09:00:00Z,web,resolved,4\n,2026-03-01T09:00:00Z,web,resolved,4\n");
    assertBad(Cli.run(Cli.args("journeys", f)), f + ":3:1: column 'customer' has no value", "");
    Files.writeString(f, "customer,when,channel,outcome\nc1,2026-03-01T09:00:00Z,web,resolved\n");
    assertBad(Cli.run(Cli.args("journeys", f)), "missing required column 'timestamp'", "found columns: customer, when, channel, outcome");
    assertBad(Cli.run(Cli.args("journeys", UNSORTED, "--gap", "soon")), "'soon' is not a duration", "");
    assertBad(Cli.run(Cli.args("journeys", UNSORTED, "--gap", "0m")), "greater than zero", "");
    Files.writeString(f, header + "c1,2026-03-01T09:00:00Z,web,resolved,4\nc2,yesterday,web,resolved,4\n");
    JsonNode j = ScoreCommandTest.ok(Cli.args("journeys", f, "--on-invalid", "skip", "--format", "json"));
    assertThat(j.at("/rejected/byReason/timestamp: not a timestamp").asLong()).isEqualTo(1);
    assertThat(j.get("journeys").asLong()).isEqualTo(1);
  }
}
