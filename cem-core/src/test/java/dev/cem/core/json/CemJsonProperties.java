package dev.cem.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.core.CoreTesting;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyAssembler;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Round trips of generated data: reading what was written gives equal values. */
class CemJsonProperties {

  @Property(tries = 30)
  void interactionsAndJourneys_writeThenRead_equal(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 150) int count) {
    List<Interaction> interactions = CoreTesting.randomInteractions(seed, count, 4, 6);
    for (Interaction interaction : interactions.subList(0, Math.min(5, count))) {
      assertThat(CemJson.read(CemJson.write(interaction), Interaction.class))
          .isEqualTo(interaction);
    }
    List<Journey> journeys =
        JourneyAssembler.of(Duration.ofHours(6)).assemble(interactions).journeys();
    assertThat(CemJson.readAll(CemJson.writeAll(Journey.class, journeys), Journey.class))
        .isEqualTo(journeys);
  }

  @Property(tries = 30)
  void responses_writeThenRead_equalAndStable(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int count) {
    List<Response> responses = CoreTesting.randomResponses(seed, count, 10, Scale.CSAT);
    String json = CemJson.writeAll(Response.class, responses);
    List<Response> read = CemJson.readAll(json, Response.class);
    assertThat(read).isEqualTo(responses);
    // writing what was read gives the same bytes
    assertThat(CemJson.writeAll(Response.class, read)).isEqualTo(json);
  }
}
