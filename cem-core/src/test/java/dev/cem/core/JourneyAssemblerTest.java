package dev.cem.core;

import static dev.cem.core.CoreTesting.ALICE;
import static dev.cem.core.CoreTesting.BOB;
import static dev.cem.core.CoreTesting.CHAT;
import static dev.cem.core.CoreTesting.HOTLINE;
import static dev.cem.core.CoreTesting.ORDER_PAGE;
import static dev.cem.core.CoreTesting.STORE;
import static dev.cem.core.CoreTesting.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.JourneyAssembler.OutOfOrderPolicy;
import dev.cem.core.JourneyAssembler.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JourneyAssemblerTest {
  private static final JourneyAssembler TWO_HOURS = JourneyAssembler.of(Duration.ofHours(2));

  private static final Interaction A1 = interaction("a1", ALICE, ORDER_PAGE, 0, Outcome.UNRESOLVED);
  private static final Interaction A2 = interaction("a2", ALICE, CHAT, 20, Outcome.RESOLVED);
  private static final Interaction A3 = interaction("a3", ALICE, HOTLINE, 40, Outcome.UNRESOLVED);
  private static final Interaction B1 = interaction("b1", BOB, HOTLINE, 5, Outcome.UNRESOLVED);
  private static final Interaction B2 = interaction("b2", BOB, STORE, 30, Outcome.RESOLVED);

  /** Alice and Bob interleaved in time and shuffled. */
  private static final List<Interaction> INTERLEAVED = List.of(B1, A3, A1, B2, A2);

  private static List<String> ids(Journey journey) {
    return journey.interactions().stream().map(Interaction::id).toList();
  }

  @Test
  void of_defaults() {
    assertThat(TWO_HOURS.inactivityGap()).isEqualTo(Duration.ofHours(2));
    assertThat(TWO_HOURS.splitOnResolution()).isTrue();
    assertThat(TWO_HOURS.outOfOrderPolicy()).isEqualTo(OutOfOrderPolicy.FAIL);
  }

  @Test
  void of_nonPositiveGap_throws() {
    assertThatThrownBy(() -> JourneyAssembler.of(Duration.ZERO))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("inactivity gap (PT0S) must be > PT0S");
  }

  @Test
  void assemble_interleavedCustomers_groupsPerCustomerAndSplitsAfterResolution() {
    AssemblyResult result = TWO_HOURS.assemble(INTERLEAVED);
    // Alice: a1, a2 (resolved, closes), then a3; Bob: b1, b2 (resolved)
    assertThat(result.journeys()).extracting(Journey::id)
        .containsExactly("alice:unspecified:1", "alice:unspecified:2", "bob:unspecified:1");
    assertThat(result.journeys()).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("a1", "a2"), List.of("a3"), List.of("b1", "b2"));
    assertThat(result.journeys()).extracting(Journey::outcome)
        .containsExactly(Outcome.RESOLVED, Outcome.UNRESOLVED, Outcome.RESOLVED);
    assertThat(result.report()).isEqualTo(new AssemblyReport(5, 0, 0, 0, 3));
  }

  @Test
  void assemble_splitOnResolutionOff_keepsOneJourneyPerCustomer() {
    AssemblyResult result = TWO_HOURS.withSplitOnResolution(false).assemble(INTERLEAVED);
    assertThat(result.journeys()).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2"));
    assertThat(result.journeys().get(0).outcome()).isEqualTo(Outcome.UNRESOLVED);
  }

  @Test
  void assemble_gapLongerThanLimit_splits_gapEqualToLimit_doesNot() {
    List<Interaction> input =
        List.of(
            interaction("x1", ALICE, HOTLINE, 0, Outcome.UNRESOLVED),
            // exactly two hours later: same journey
            interaction("x2", ALICE, HOTLINE, 120, Outcome.UNRESOLVED),
            // two hours and one minute after x2: new journey
            interaction("x3", ALICE, HOTLINE, 241, Outcome.UNRESOLVED));
    AssemblyResult result = TWO_HOURS.assemble(input);
    assertThat(result.journeys()).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("x1", "x2"), List.of("x3"));
    assertThat(result.journeys()).extracting(Journey::id)
        .containsExactly("alice:unspecified:1", "alice:unspecified:2");
  }

  @Test
  void assemble_journeyTypes_groupSeparatelyAndCloseInOrder() {
    List<Interaction> input =
        List.of(
            interaction("d1", ALICE, ORDER_PAGE, 0, Outcome.UNRESOLVED).withJourneyType("delivery"),
            interaction("p1", ALICE, HOTLINE, 5, Outcome.UNRESOLVED).withJourneyType("billing"),
            interaction("d2", ALICE, CHAT, 10, Outcome.RESOLVED).withJourneyType("delivery"),
            interaction("p2", ALICE, HOTLINE, 15, Outcome.RESOLVED).withJourneyType("billing"));
    AssemblyResult result = TWO_HOURS.assemble(input);
    assertThat(result.journeys()).extracting(Journey::id)
        .containsExactly("alice:delivery:1", "alice:billing:1");
    assertThat(result.journeys()).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("d1", "d2"), List.of("p1", "p2"));
    assertThat(result.journeys()).extracting(Journey::type).containsExactly("delivery", "billing");
  }

  @Test
  void assemble_duplicates_droppedAndCounted() {
    Interaction conflicting = A2.withTimestamp(CoreTesting.at(25)).withOutcome(Outcome.ABANDONED);
    List<Interaction> input = List.of(A1, conflicting, A2, A1, B1);
    AssemblyResult result = TWO_HOURS.assemble(input);
    // a1 twice (identical), a2 twice (the later one differs): 2 duplicates, 1 conflicting
    assertThat(result.report()).isEqualTo(new AssemblyReport(5, 2, 1, 0, 2));
    assertThat(result.report().interactionsUsed()).isEqualTo(3);
    assertThat(result.journeys()).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("a1", "a2"), List.of("b1"));
    // the earlier a2 (resolved at minute 20) was kept
    assertThat(result.journeys().get(0).last()).isEqualTo(A2);
  }

  @Test
  void assemble_emptyInput_noJourneys() {
    AssemblyResult result = TWO_HOURS.assemble(List.of());
    assertThat(result.journeys()).isEmpty();
    assertThat(result.report()).isEqualTo(new AssemblyReport(0, 0, 0, 0, 0));
  }

  @Test
  void assembleSorted_sortedInput_sameAsInMemory() {
    List<Interaction> sorted = List.of(A1, A2, A3, B1, B2);
    List<Journey> streamed = new ArrayList<>();
    AssemblyReport report = TWO_HOURS.assembleSorted(sorted.iterator(), streamed::add);
    assertThat(streamed).isEqualTo(TWO_HOURS.assemble(INTERLEAVED).journeys());
    assertThat(report).isEqualTo(new AssemblyReport(5, 0, 0, 0, 3));
  }

  @Test
  void stream_isLazyAndReportsAtEnd() {
    List<Interaction> pulled = new ArrayList<>();
    Iterator<Interaction> source =
        Stream.of(A1, A2, A3, B1, B2).peek(pulled::add).iterator();
    List<AssemblyReport> reports = new ArrayList<>();
    Iterator<Journey> journeys = TWO_HOURS.stream(source, reports::add).iterator();
    // the first journey closes with a2 (resolved): only two interactions were read
    assertThat(ids(journeys.next())).containsExactly("a1", "a2");
    assertThat(pulled).containsExactly(A1, A2);
    assertThat(reports).isEmpty();
    // a3 stays open until bob's b1 arrives
    assertThat(ids(journeys.next())).containsExactly("a3");
    assertThat(pulled).containsExactly(A1, A2, A3, B1);
    assertThat(ids(journeys.next())).containsExactly("b1", "b2");
    assertThat(journeys.hasNext()).isFalse();
    assertThat(reports).containsExactly(new AssemblyReport(5, 0, 0, 0, 3));
  }

  @Test
  void stream_outOfOrder_failsFromTerminalOperation() {
    Stream<Journey> journeys = TWO_HOURS.stream(List.of(A3, A1).iterator(), report -> {});
    assertThatThrownBy(journeys::toList)
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("interaction 'a1' (customer alice, 2026-03-02T09:00:00Z) is out of");
  }

  @Test
  void session_closesCustomerBeforeNextCustomerStarts() {
    List<Journey> sink = new ArrayList<>();
    Session session = TWO_HOURS.withSplitOnResolution(false).open(sink::add);
    session.add(A1);
    session.add(A2);
    assertThat(sink).isEmpty();
    session.add(B1);
    // Alice's journey left memory as soon as Bob arrived
    assertThat(sink).extracting(Journey::id).containsExactly("alice:unspecified:1");
    assertThat(session.finish().journeysEmitted()).isEqualTo(2);
    assertThat(sink).extracting(Journey::id)
        .containsExactly("alice:unspecified:1", "bob:unspecified:1");
  }

  @Test
  void session_timestampGoesBack_failsNamingInteraction() {
    Session session = TWO_HOURS.open(journey -> {});
    session.add(A3);
    assertThatThrownBy(() -> session.add(A1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "interaction 'a1' (customer alice, 2026-03-02T09:00:00Z) is out of order after"
                + " customer alice at 2026-03-02T09:40:00Z: streaming input must be sorted by"
                + " customer, then timestamp");
  }

  @Test
  void session_customerGoesBack_fails() {
    Session session = TWO_HOURS.open(journey -> {});
    session.add(B1);
    assertThatThrownBy(() -> session.add(A1))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("interaction 'a1' (customer alice")
        .hasMessageContaining("after customer bob");
  }

  @Test
  void session_dropAndCountPolicy_countsOutOfOrder() {
    List<Journey> sink = new ArrayList<>();
    JourneyAssembler lenient = TWO_HOURS.withOutOfOrderPolicy(OutOfOrderPolicy.DROP_AND_COUNT);
    AssemblyReport report =
        lenient.assembleSorted(List.of(A1, A3, A2, B1, A1).iterator(), sink::add);
    // a2 is earlier than a3, and alice's a1 comes after bob: both dropped
    assertThat(report).isEqualTo(new AssemblyReport(5, 0, 0, 2, 2));
    assertThat(sink).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("a1", "a3"), List.of("b1"));
  }

  @Test
  void session_duplicateWithinCustomer_droppedAndCounted() {
    List<Journey> sink = new ArrayList<>();
    AssemblyReport report =
        TWO_HOURS.assembleSorted(List.of(A1, A1, A2).iterator(), sink::add);
    assertThat(report).isEqualTo(new AssemblyReport(3, 1, 0, 0, 1));
  }

  @Test
  void session_addAfterFinish_throwsState() {
    Session session = TWO_HOURS.open(journey -> {});
    session.add(A1);
    AssemblyReport report = session.finish();
    assertThat(session.finish()).isEqualTo(report);
    assertThatThrownBy(() -> session.add(A2))
        .isInstanceOf(CemStateException.class)
        .hasMessage("journey assembly session is already finished");
  }

  @Test
  void session_typeBuffersReusedAcrossCustomers_sequencesRestartAndJourneysStayIntact() {
    List<Journey> sink = new ArrayList<>();
    Session session = TWO_HOURS.withSplitOnResolution(false).open(sink::add);
    // Alice: two "move" journeys (a 3-hour pause splits them) and one "billing" journey
    session.add(A1.withJourneyType("move"));
    session.add(A2.withJourneyType("billing"));
    session.add(interaction("a4", ALICE, HOTLINE, 200, Outcome.UNRESOLVED).withJourneyType("move"));
    session.add(B1.withJourneyType("move"));
    List<Journey> alice = List.copyOf(sink);
    session.add(B2.withJourneyType("billing"));
    session.finish();
    assertThat(sink).extracting(Journey::id)
        .containsExactly(
            "alice:move:1", "alice:billing:1", "alice:move:2", "bob:move:1", "bob:billing:1");
    assertThat(sink).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("a1"), List.of("a2"), List.of("a4"), List.of("b1"), List.of("b2"));
    // Bob's journeys went through the same buffers; Alice's kept their own copies
    assertThat(sink.subList(0, 3)).isEqualTo(alice);
  }

  @Test
  void session_manyInteractionsOfOneCustomer_duplicatesFoundBeyondTheScanLimit() {
    List<Interaction> input = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      input.add(interaction("a" + i, ALICE, HOTLINE, i, Outcome.UNRESOLVED));
    }
    // an exact repeat of the last, and a conflicting one of the first (past the scan limit)
    input.add(input.get(39));
    input.add(interaction("a0", ALICE, HOTLINE, 39, Outcome.RESOLVED));
    List<Journey> sink = new ArrayList<>();
    AssemblyReport report = TWO_HOURS.assembleSorted(input.iterator(), sink::add);
    assertThat(report).isEqualTo(new AssemblyReport(42, 2, 1, 0, 1));
    assertThat(sink.get(0).contactCount()).isEqualTo(40);
  }

  @Test
  void session_pauseOneNanosecondOverTheGap_splits_exactGap_doesNot() {
    Duration gap = Duration.ofSeconds(7_200, 500_000_000);
    JourneyAssembler assembler = JourneyAssembler.of(gap).withSplitOnResolution(false);
    Interaction first = A1.withTimestamp(CoreTesting.T0.plusNanos(700_000_000));
    // 7200.5 s later exactly, then 7200.5 s + 1 ns later twice (the nanosecond parts borrow)
    Interaction exact = A3.withTimestamp(first.timestamp().plus(gap));
    Interaction over = A2.withTimestamp(exact.timestamp().plus(gap).plusNanos(1));
    Interaction overAgain =
        interaction("a4", ALICE, HOTLINE, 0, Outcome.UNRESOLVED)
            .withTimestamp(over.timestamp().plus(gap).plusNanos(1));
    List<Journey> sink = new ArrayList<>();
    assembler.assembleSorted(List.of(first, exact, over, overAgain).iterator(), sink::add);
    assertThat(sink).extracting(JourneyAssemblerTest::ids)
        .containsExactly(List.of("a1", "a3"), List.of("a2"), List.of("a4"));
  }

  @Test
  void session_manyJourneyTypes_typeStatesDroppedBetweenCustomers_idsStillRestart() {
    List<Interaction> input = new ArrayList<>();
    for (CustomerId customer : List.of(ALICE, BOB)) {
      for (int t = 0; t < 100; t++) {
        input.add(
            interaction(customer.value() + t, customer, HOTLINE, t, Outcome.UNRESOLVED)
                .withJourneyType("t" + t));
      }
    }
    List<Journey> sink = new ArrayList<>();
    TWO_HOURS.assembleSorted(input.iterator(), sink::add);
    assertThat(sink).hasSize(200);
    assertThat(sink.get(0).id()).isEqualTo("alice:t0:1");
    assertThat(sink.get(100).id()).isEqualTo("bob:t0:1");
    assertThat(sink.get(199).id()).isEqualTo("bob:t99:1");
  }

  @Test
  void journeyId_tooLongForAnId_usesDeterministicHash() {
    CustomerId longCustomer = CustomerId.of("c".repeat(150));
    String type = "t".repeat(60);
    Interaction one =
        interaction("l1", longCustomer, HOTLINE, 0, Outcome.RESOLVED).withJourneyType(type);
    Interaction two =
        interaction("l2", longCustomer, HOTLINE, 10, Outcome.RESOLVED).withJourneyType(type);
    List<Journey> journeys = TWO_HOURS.assemble(List.of(one, two)).journeys();
    assertThat(journeys).hasSize(2);
    // "j:" + 32 hex digits + ":" + sequence
    assertThat(journeys.get(0).id()).matches("j:[0-9a-f]{32}:1");
    assertThat(journeys.get(1).id()).matches("j:[0-9a-f]{32}:2");
    assertThat(journeys.get(0).id().substring(0, 35))
        .isEqualTo(journeys.get(1).id().substring(0, 35));
  }

  @Test
  void equals_sameSettings() {
    assertThat(JourneyAssembler.of(Duration.ofHours(2))).isEqualTo(TWO_HOURS)
        .hasSameHashCodeAs(TWO_HOURS);
    assertThat(TWO_HOURS.withSplitOnResolution(false)).isNotEqualTo(TWO_HOURS);
    assertThat(TWO_HOURS.withInactivityGap(Duration.ofHours(3)).inactivityGap())
        .isEqualTo(Duration.ofHours(3));
    assertThat(TWO_HOURS)
        .hasToString(
            "JourneyAssembler[inactivityGap=PT2H, splitOnResolution=true, outOfOrderPolicy=FAIL]");
  }

  @Test
  void assemblyReport_inconsistentCounts_throw() {
    assertThatThrownBy(() -> new AssemblyReport(1, 1, 2, 0, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("conflicting duplicates (2) must be at most duplicates dropped (1)");
    assertThatThrownBy(() -> new AssemblyReport(1, 1, 0, 1, 0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "dropped interactions (1 duplicates + 1 out of order) must be at most those read (1)");
  }
}
