package dev.cem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.core.AssemblyReport;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyAssembler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journey benchmark's input really is sorted, so it measures the streaming path it claims. */
class JourneyBenchmarkTest {

  @Test
  void sortedInteractions_areInAssemblyOrder_andStreamLikeInMemory() {
    List<Interaction> sorted = JourneyBenchmark.sortedInteractions(2_000, SurveyData.SEED);
    assertThat(sorted).hasSize(2_000).isSortedAccordingTo(JourneyAssembler.ASSEMBLY_ORDER);

    JourneyAssembler assembler = JourneyAssembler.of(Duration.ofDays(7));
    List<Journey> streamed = new ArrayList<>();
    AssemblyReport report = assembler.assembleSorted(sorted.iterator(), streamed::add);
    assertThat(report.outOfOrderDropped()).isZero();
    assertThat(streamed).isEqualTo(assembler.assemble(sorted).journeys());
  }
}
