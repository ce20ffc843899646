package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.core.JourneyAssembler.OutOfOrderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Journey assembly on seeded random data: streaming equals in-memory, input order does not
 * matter, nothing is lost, the result equals a naive reference implementation, and streaming
 * equals the implementation before the allocation-free rewrite, in order, on noisy input. jqwik
 * prints the seed of a failing try.
 */
class JourneyAssemblerProperties {

  private static JourneyAssembler assembler(int gapHours, boolean split) {
    return JourneyAssembler.of(Duration.ofHours(gapHours)).withSplitOnResolution(split);
  }

  @Property(tries = 60)
  void streaming_sortedInput_equalsInMemory(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 400) int count,
      @ForAll @IntRange(min = 1, max = 48) int gapHours,
      @ForAll boolean split) {
    List<Interaction> data = CoreTesting.randomInteractions(seed, count, 6, 10);
    JourneyAssembler assembler = assembler(gapHours, split);
    AssemblyResult inMemory = assembler.assemble(data);

    List<Interaction> sorted = new ArrayList<>(data);
    sorted.sort(JourneyAssembler.ASSEMBLY_ORDER);
    List<Journey> streamed = new ArrayList<>();
    AssemblyReport report = assembler.assembleSorted(sorted.iterator(), streamed::add);

    assertThat(streamed).isEqualTo(inMemory.journeys());
    assertThat(report).isEqualTo(inMemory.report());
    List<AssemblyReport> lazyReport = new ArrayList<>();
    assertThat(assembler.stream(sorted.iterator(), lazyReport::add).toList())
        .isEqualTo(inMemory.journeys());
    assertThat(lazyReport).containsExactly(inMemory.report());
  }

  @Property(tries = 40)
  void assemble_shuffledWithDuplicates_sameJourneysAndDuplicatesCounted(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int count,
      @ForAll @IntRange(min = 0, max = 50) int copies) {
    List<Interaction> data = CoreTesting.randomInteractions(seed, count, 5, 7);
    JourneyAssembler assembler = assembler(12, true);
    AssemblyResult clean = assembler.assemble(data);

    Random random = new Random(seed);
    List<Interaction> noisy = new ArrayList<>(data);
    for (int i = 0; i < copies; i++) {
      noisy.add(data.get(random.nextInt(data.size())));
    }
    Collections.shuffle(noisy, random);
    AssemblyResult result = assembler.assemble(noisy);

    assertThat(result.journeys()).isEqualTo(clean.journeys());
    assertThat(result.report().interactionsRead()).isEqualTo(count + copies);
    assertThat(result.report().duplicatesDropped()).isEqualTo(copies);
    assertThat(result.report().conflictingDuplicates()).isZero();
  }

  @Property(tries = 40)
  void assemble_nothingLost_everyInteractionInExactlyOneJourney(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int count) {
    List<Interaction> data = CoreTesting.randomInteractions(seed, count, 4, 5);
    AssemblyResult result = assembler(6, true).assemble(data);
    List<String> ids = new ArrayList<>();
    result.journeys().forEach(j -> j.interactions().forEach(i -> ids.add(i.id())));
    assertThat(ids).doesNotHaveDuplicates().hasSize(count);
    assertThat(result.report().interactionsUsed()).isEqualTo(count);
    assertThat(result.report().journeysEmitted()).isEqualTo(result.journeys().size());
  }

  @Property(tries = 60)
  void assemble_equalsNaiveReference(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int count,
      @ForAll @IntRange(min = 1, max = 72) int gapHours,
      @ForAll boolean split) {
    List<Interaction> data = CoreTesting.randomInteractions(seed, count, 5, 10);
    AssemblyResult result = assembler(gapHours, split).assemble(data);
    assertThat(result.journeys())
        .containsExactlyInAnyOrderElementsOf(reference(data, Duration.ofHours(gapHours), split));
  }

  @Property(tries = 200)
  void assembleSorted_noisyInput_equalsPreviousImplementation(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 400) int count,
      @ForAll @IntRange(min = 1, max = 12) int customers,
      @ForAll @IntRange(min = 1, max = 80) int types,
      @ForAll @IntRange(min = 1, max = 24) int gapHalfHours,
      @ForAll boolean gapHalfSecond,
      @ForAll boolean split,
      @ForAll OutOfOrderPolicy policy) {
    List<Interaction> input = noisySortedInput(seed, count, customers, types);
    Duration gap = Duration.ofMinutes(30L * gapHalfHours).plusMillis(gapHalfSecond ? 500 : 0);
    JourneyAssembler assembler =
        JourneyAssembler.of(gap).withSplitOnResolution(split).withOutOfOrderPolicy(policy);

    List<Journey> expected = new ArrayList<>();
    Object expectedOutcome;
    try {
      expectedOutcome =
          PreviousJourneyAssembler.assembleSorted(assembler, input.iterator(), expected::add);
    } catch (CemArgumentException e) {
      expectedOutcome = e.getMessage();
    }
    List<Journey> actual = new ArrayList<>();
    Object actualOutcome;
    try {
      actualOutcome = assembler.assembleSorted(input.iterator(), actual::add);
    } catch (CemArgumentException e) {
      actualOutcome = e.getMessage();
    }

    assertThat(actualOutcome).as("seed %d", seed).isEqualTo(expectedOutcome);
    assertThat(actual).as("seed %d", seed).isEqualTo(expected);
  }

  /**
   * Interactions sorted by customer and time on a half-hour grid (some half a second later), so
   * that pauses often equal the gap exactly; then, at random, exact duplicates, conflicting
   * duplicates (same id, another outcome) and swapped neighbours (out of order). Few customers
   * with many interactions, and many journey types, reach the session's map and buffer limits.
   */
  private static List<Interaction> noisySortedInput(
      long seed, int count, int customers, int types) {
    Random random = new Random(seed);
    Outcome[] outcomes = Outcome.values();
    List<Interaction> sorted = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CustomerId customer =
          CustomerId.of(String.format(Locale.ROOT, "c%03d", random.nextInt(customers)));
      Instant timestamp =
          CoreTesting.T0
              .plusSeconds(1_800L * random.nextInt(200))
              .plusMillis(random.nextInt(4) == 0 ? 500 : 0);
      Interaction interaction =
          Interaction.of(
              "i" + i,
              customer,
              CoreTesting.TOUCHPOINTS.get(random.nextInt(CoreTesting.TOUCHPOINTS.size())),
              timestamp,
              outcomes[random.nextInt(outcomes.length)]);
      int type = random.nextInt(types + 1);
      sorted.add(type == types ? interaction : interaction.withJourneyType("t" + type));
    }
    sorted.sort(JourneyAssembler.ASSEMBLY_ORDER);
    List<Interaction> noisy = new ArrayList<>();
    for (Interaction interaction : sorted) {
      noisy.add(interaction);
      int noise = random.nextInt(40);
      if (noise < 4) {
        noisy.add(interaction);
      } else if (noise < 6) {
        Outcome other = outcomes[(interaction.outcome().ordinal() + 1) % outcomes.length];
        noisy.add(interaction.withOutcome(other));
      } else if (noise < 7 && noisy.size() >= 2) {
        Collections.swap(noisy, noisy.size() - 1, noisy.size() - 2);
      }
    }
    return noisy;
  }

  /**
   * The rules written the slow, obvious way: group by customer and type, sort each group by time
   * and id, cut where the pause exceeds the gap or after a resolved interaction, number the pieces.
   * Assumes distinct ids.
   */
  private static List<Journey> reference(List<Interaction> data, Duration gap, boolean split) {
    Map<String, List<Interaction>> groups = new LinkedHashMap<>();
    for (Interaction interaction : data) {
      String key = interaction.customer().value() + ":" + interaction.journeyTypeOrUnspecified();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(interaction);
    }
    List<Journey> journeys = new ArrayList<>();
    Set<String> keys = new HashSet<>(groups.keySet());
    for (String key : keys) {
      List<Interaction> group = groups.get(key);
      group.sort(Comparator.comparing(Interaction::timestamp).thenComparing(Interaction::id));
      int sequence = 0;
      List<Interaction> current = new ArrayList<>();
      for (Interaction interaction : group) {
        if (!current.isEmpty()) {
          Interaction previous = current.get(current.size() - 1);
          boolean pause =
              Duration.between(previous.timestamp(), interaction.timestamp()).compareTo(gap) > 0;
          boolean resolved = split && previous.outcome() == Outcome.RESOLVED;
          if (pause || resolved) {
            journeys.add(journey(key, ++sequence, current));
            current = new ArrayList<>();
          }
        }
        current.add(interaction);
      }
      if (!current.isEmpty()) {
        journeys.add(journey(key, ++sequence, current));
      }
    }
    return journeys;
  }

  private static Journey journey(String key, int sequence, List<Interaction> interactions) {
    Interaction first = interactions.get(0);
    return Journey.of(
        key + ":" + sequence, first.customer(), first.journeyTypeOrUnspecified(), interactions);
  }
}
