package dev.cem.benchmarks;

import dev.cem.core.AssemblyReport;
import dev.cem.core.Channel;
import dev.cem.core.CustomerId;
import dev.cem.core.Department;
import dev.cem.core.Interaction;
import dev.cem.core.JourneyAssembler;
import dev.cem.core.Outcome;
import dev.cem.core.ServicePhase;
import dev.cem.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Journey assembly in streaming mode ({@link JourneyAssembler#assembleSorted}) over input sorted
 * by customer and timestamp, on one thread. The score is interactions per second.
 *
 * <p><b>Hypothesis.</b> Sorted assembly is O(n) with a few hash-map operations and one small
 * list append per interaction, plus one {@code Journey} per 3-4 interactions; at a few hundred
 * nanoseconds per interaction at most it reaches the target of 5,000,000 interactions/s
 * on one thread. If it does not, the cost is in per-interaction allocation, which shows in {@code
 * gc.alloc.rate.norm} under {@code -prof gc}. (On 2026-12-04 it was: {@code String.matches} in the
 * id check compiled a regular expression per id, about 1.8 KB per interaction; now 91 B.)
 *
 * <p>Data: {@value #INTERACTIONS} interactions of 25,000 customers (1 to 7 each, mean 4), ids
 * zero-padded so that string order is numeric order, minutes to days apart, two journey types,
 * 30% of interactions resolved. Seeded ({@link SurveyData#SEED}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JourneyBenchmark -prof gc}. Smoke
 * test: {@code java -jar benchmarks/target/benchmarks.jar -f 0 -wi 0 -i 1 -r 100ms
 * JourneyBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class JourneyBenchmark {

  static final int INTERACTIONS = 100_000;

  private List<Interaction> sorted;
  private JourneyAssembler assembler;

  @Setup(Level.Trial)
  public void setUp() {
    sorted = sortedInteractions(INTERACTIONS, SurveyData.SEED);
    assembler = JourneyAssembler.of(Duration.ofDays(7));
  }

  /** Streams all interactions through the assembler; journeys go to the blackhole. */
  @Benchmark
  @OperationsPerInvocation(INTERACTIONS)
  public AssemblyReport assembleSorted(Blackhole blackhole) {
    return assembler.assembleSorted(sorted.iterator(), blackhole::consume);
  }

  /** {@code count} interactions sorted by customer, then timestamp. */
  static List<Interaction> sortedInteractions(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Touchpoint[] touchpoints = {
      Touchpoint.of("web-faq", "FAQ", Channel.WEB, ServicePhase.PREPARATION, Department.CALL_CENTRE),
      Touchpoint.of("chat", "Chat", Channel.CHAT, ServicePhase.TRANSACTION, Department.CALL_CENTRE),
      Touchpoint.of("phone", "Hotline", Channel.PHONE, ServicePhase.TRANSACTION, Department.CALL_CENTRE),
      Touchpoint.of("bill-mail", "Billing e-mail", Channel.EMAIL, ServicePhase.TRANSACTION, Department.BILLING),
    };
    String[] types = {"billing-question", "move-house"};
    Outcome[] outcomes = Outcome.values();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<Interaction> list = new ArrayList<>(count);
    int customer = 0;
    while (list.size() < count) {
      CustomerId id = CustomerId.of(String.format(Locale.ROOT, "c%08d", customer++));
      int n = Math.min(1 + random.nextInt(7), count - list.size());
      Instant t = start.plusSeconds(random.nextInt(86_400));
      for (int k = 0; k < n; k++) {
        t = t.plusSeconds(60 + random.nextInt(3 * 86_400));
        Outcome outcome = random.nextInt(10) < 3 ? Outcome.RESOLVED : outcomes[1 + random.nextInt(outcomes.length - 1)];
        Interaction i =
            Interaction.of(id.value() + "-" + k, id, touchpoints[random.nextInt(touchpoints.length)], t, outcome)
                .withJourneyType(types[random.nextInt(types.length)]);
        list.add(i);
      }
    }
    return list;
  }
}
