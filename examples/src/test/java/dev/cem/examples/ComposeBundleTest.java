package dev.cem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.ComponentScore;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.bundle.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ComposeBundleTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ComposeBundle.Scores scores =
      ComposeBundle.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void run_segmentScore_isTheWeightedGoalposts_byHand() {
    BundleScore s = scores.segment();
    // sla 95 on 80..100 -> 75; availability 99.8 on 99..100 -> 80; csat 80 on 50..90 -> 75;
    // nps (40 - 20) / 100 = 20 on -20..60 -> 50
    assertThat(s.component("sla-attainment").normalised()).isCloseTo(100 * (95 - 80) / 20.0, within(1e-9));
    assertThat(s.component("availability").normalised()).isCloseTo(100 * (99.8 - 99) / 1.0, within(1e-9));
    assertThat(s.component("csat").normalised()).isCloseTo(100 * (80 - 50) / 40.0, within(1e-9));
    assertThat(s.component("nps").normalised()).isCloseTo(100 * (20 + 20) / 80.0, within(1e-9));
    assertThat(s.value()).isCloseTo(0.4 * 75 + 0.3 * 80 + 0.2 * 75 + 0.1 * 50, within(1e-9));
    assertThat(s.status()).isEqualTo(Status.AMBER); // 74 is at least 60, below 75
    assertThat(s.coverage()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void run_contributions_sumToTheScore() {
    BundleScore s = scores.segment();
    assertThat(s.component("sla-attainment").contribution()).isCloseTo(0.4 * 75, within(1e-9));
    assertThat(s.components().stream().mapToDouble(ComponentScore::contribution).sum())
        .isCloseTo(s.value(), within(1e-9));
  }

  @Test
  void run_customer_compiled_byHand() {
    // 90 -> 50, 99.95 -> 95, 85 -> 87.5, 40 -> 75
    assertThat(scores.customer()).isCloseTo(0.4 * 50 + 0.3 * 95 + 0.2 * 87.5 + 0.1 * 75, within(1e-9));
    // acme triples availability's weight: 0.4, 0.9, 0.2, 0.1, renormalised by their sum 1.6
    assertThat(scores.customerWithProfile())
        .isCloseTo((0.4 * 50 + 0.9 * 95 + 0.2 * 87.5 + 0.1 * 75) / 1.6, within(1e-9));
  }

  @Test
  void compiled_equalsTheObjectApi() {
    MetricBundle bundle = ComposeBundle.bundle();
    double[] raw = bundle.rawValues(ComposeBundle.segmentEstimates());
    assertThat(bundle.compile().score(raw)).isCloseTo(scores.segment().value(), within(1e-12));
    assertThat(bundle.compile().coverage(raw)).isCloseTo(scores.segment().coverage(), within(1e-12));
  }

  @Test
  void run_printsValueStatusAndContributions() {
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("service-index: 74.0 [").contains("AMBER, coverage 100%")
        .contains("customer: 73.50 (AMBER); with the acme profile: 81.56 (GREEN)");
    assertThat(printed.lines()).hasSize(6);
  }
}
