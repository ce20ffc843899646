package dev.cem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreResponsesTest {
  /** The 97.5% standard normal quantile, for 95% intervals. */
  private static final double Z = 1.959963984540054;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ScoreResponses.Scores scores =
      ScoreResponses.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void run_countsEachSegment_byHand() {
    // web NPS answers 10 9 8 6 10 3: promoters 10 9 10, passive 8, detractors 6 3
    NpsResult web = scores.nps().get("web");
    assertThat(new long[] {web.promoters(), web.passives(), web.detractors()})
        .containsExactly(3, 1, 2);
    assertThat(web.estimate().value()).isCloseTo(100.0 * (3 - 2) / 6, within(1e-12));
    // phone NPS answers 7 9 5 2 8: promoter 9, passives 7 8, detractors 5 2
    NpsResult phone = scores.nps().get("phone");
    assertThat(new long[] {phone.promoters(), phone.passives(), phone.detractors()})
        .containsExactly(1, 2, 2);
    assertThat(phone.estimate().value()).isCloseTo(100.0 * (1 - 2) / 5, within(1e-12));
    // CSAT 5 4 4 2 5 1 on the web: 4 of 6 are 4 or 5; 3 5 2 1 4 by phone: 2 of 5
    ProportionResult webCsat = scores.csat().get("web");
    assertThat(webCsat.successes()).isEqualTo(4);
    assertThat(webCsat.trials()).isEqualTo(6);
    assertThat(webCsat.estimate().value()).isCloseTo(100.0 * 4 / 6, within(1e-12));
    assertThat(scores.csat().get("phone").estimate().value()).isCloseTo(100.0 * 2 / 5, within(1e-12));
  }

  @Test
  void run_npsInterval_isTheAdjustedWald_byHand() {
    // web: add 0.75 promoters, 1.5 passives, 0.75 detractors; n = 6 + 3
    double p = 3.75;
    double a = 2.5;
    double d = 2.75;
    double n = 9;
    double centre = (p - d) / n;
    double se = Math.sqrt((a * (p + d) + 4 * p * d) / (n * n) / n);
    Estimate web = scores.nps().get("web").estimate();
    assertThat(web.lower()).isCloseTo(100 * (centre - Z * se), within(1e-9));
    assertThat(web.upper()).isCloseTo(100 * (centre + Z * se), within(1e-9));
    assertThat(web.method()).isEqualTo("nps-adjusted-wald");
  }

  @Test
  void run_csatInterval_isWilson_byHand() {
    // web: 4 of 6; Wilson centre (k + z^2/2) / (n + z^2), half z / (n + z^2) sqrt(k (n - k) / n + z^2 / 4)
    double k = 4;
    double n = 6;
    double z2 = Z * Z;
    double centre = (k + z2 / 2) / (n + z2);
    double half = Z / (n + z2) * Math.sqrt(k * (n - k) / n + z2 / 4);
    Estimate web = scores.csat().get("web").estimate();
    assertThat(web.lower()).isCloseTo(100 * (centre - half), within(1e-9));
    assertThat(web.upper()).isCloseTo(100 * (centre + half), within(1e-9));
    assertThat(web.method()).isEqualTo("wilson");
  }

  @Test
  void run_comparesWebWithPhone_byHand() {
    assertThat(scores.npsWebVsPhone().difference())
        .isCloseTo(100.0 * (3 - 2) / 6 - 100.0 * (1 - 2) / 5, within(1e-9));
    // pooled two-proportion z: 4 of 6 against 2 of 5, pooled 6 of 11
    double pooled = 6.0 / 11;
    double se = 100 * Math.sqrt(pooled * (1 - pooled) * (1.0 / 6 + 1.0 / 5));
    double difference = 100 * (4.0 / 6 - 2.0 / 5);
    assertThat(scores.csatWebVsPhone().difference()).isCloseTo(difference, within(1e-9));
    assertThat(scores.csatWebVsPhone().statistic()).isCloseTo(difference / se, within(1e-9));
    assertThat(scores.csatWebVsPhone().significant()).isFalse(); // z about 0.87 < 1.96
  }

  @Test
  void run_printsOneLinePerSegmentAndTheComparison() {
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines()).hasSize(3);
    assertThat(printed).contains("web    NPS   16.7").contains("phone  NPS  -20.0")
        .contains("web - phone: NPS +36.7 points");
  }
}
