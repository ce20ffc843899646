package dev.cem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.Scale;
import dev.cem.metrics.ColumnarBatch;
import dev.cem.metrics.ColumnarResult;
import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.SegmentScores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreColumnsTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ColumnarResult result =
      ScoreColumns.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void run_skipsAndCountsTheInvalidRow() {
    // row 7 (phone) has NPS 11: the whole row is skipped and counted under "nps"
    assertThat(result.rows()).isEqualTo(10);
    assertThat(result.acceptedRows()).isEqualTo(9);
    assertThat(result.rejectedRows()).isEqualTo(1);
    assertThat(result.rejected("nps")).isEqualTo(1);
    assertThat(result.rejected("csat")).isZero();
  }

  @Test
  void run_web_byHand() {
    SegmentScores web = result.segment(0);
    assertThat(web.rows()).isEqualTo(5);
    // NPS 10 9 7 4 10: promoters 3, passive 1, detractor 1
    assertThat(web.nps().promoters()).isEqualTo(3);
    assertThat(web.nps().estimate().value()).isCloseTo(100.0 * (3 - 1) / 5, within(1e-12));
    // CSAT 5 4 (missing) 2 5: 3 of the 4 answers are 4 or 5
    assertThat(web.csatTopBox().trials()).isEqualTo(4);
    assertThat(web.csatTopBox().estimate().value()).isCloseTo(100.0 * 3 / 4, within(1e-12));
    assertThat(web.resolution().mean().estimate().value())
        .isCloseTo((1800 + 3600 + 5400 + 9000 + 600) / 5.0, within(1e-9));
    // every web resolution is within its four-hour target
    assertThat(web.resolution().slaAttainment().estimate().value()).isCloseTo(100.0, within(1e-12));
  }

  @Test
  void run_phone_byHand() {
    SegmentScores phone = result.segment(1);
    assertThat(phone.rows()).isEqualTo(4); // rows 5, 6, 8, 9
    // NPS 8 3 9 6: promoter 1, passive 1, detractors 2
    assertThat(phone.nps().estimate().value()).isCloseTo(100.0 * (1 - 2) / 4, within(1e-12));
    // CSAT 4 1 5 3: 2 of 4
    assertThat(phone.csatTopBox().estimate().value()).isCloseTo(100.0 * 2 / 4, within(1e-12));
    assertThat(phone.resolution().mean().estimate().value())
        .isCloseTo((7200 + 14400 + 3000 + 1200) / 4.0, within(1e-9));
    // two-hour target: 7200 met (on the target), 14400 missed, 3000 and 1200 met
    assertThat(phone.resolution().slaAttainment().successes()).isEqualTo(3);
    assertThat(phone.resolution().slaAttainment().trials()).isEqualTo(4);
  }

  @Test
  void run_equalsTheAccumulatorPath() {
    for (int segment = 0; segment < ScoreColumns.SEGMENTS.size(); segment++) {
      NpsAccumulator nps = NpsAccumulator.create();
      ProportionAccumulator csat = ProportionAccumulator.topBox(Scale.CSAT, 2);
      DurationAccumulator resolution = DurationAccumulator.create();
      for (int row = 0; row < ScoreColumns.SEGMENT.length; row++) {
        if (ScoreColumns.SEGMENT[row] != segment || ScoreColumns.NPS[row] > 10) {
          continue;
        }
        nps.add(ScoreColumns.NPS[row]);
        if (ScoreColumns.CSAT[row] != ColumnarBatch.MISSING_BYTE) {
          csat.add(ScoreColumns.CSAT[row]);
        }
        resolution.addMillis(
            ScoreColumns.RESOLUTION[row] * 1000L, ScoreColumns.SLA_TARGET[row] * 1000L);
      }
      SegmentScores columnar = result.segment(segment);
      assertThat(columnar.nps()).isEqualTo(nps.snapshot());
      assertThat(columnar.csatTopBox()).isEqualTo(csat.snapshot());
      assertThat(columnar.resolution().slaAttainment())
          .isEqualTo(resolution.snapshot().slaAttainment());
      assertThat(columnar.resolution().mean().estimate().value())
          .isCloseTo(resolution.snapshot().mean().estimate().value(), within(1e-9));
    }
  }

  @Test
  void run_printsATable() {
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .hasSize(4)
        .anySatisfy(line -> assertThat(line).startsWith("web").contains("40.0"))
        .anySatisfy(line -> assertThat(line).startsWith("phone").contains("-25.0"));
  }
}
