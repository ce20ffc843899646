package dev.cem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every implementation of the benchmark job must compute the same thing: counts exactly equal,
 * derived metrics equal within rounding. Small N, so this runs in the normal build.
 */
class BaselinesAgreeTest {

  private static final int ROWS = 10_000;

  private static SurveyData data;
  private static DuckDbJob duckDb;

  @BeforeAll
  static void setUp() throws Exception {
    data = SurveyData.generate(ROWS, SurveyData.SEED);
    duckDb = DuckDbJob.load(data, 1);
  }

  @AfterAll
  static void tearDown() throws Exception {
    duckDb.close();
  }

  @Test
  void generate_sameSeed_sameData() {
    SurveyData again = SurveyData.generate(ROWS, SurveyData.SEED);
    assertThat(again.nps).isEqualTo(data.nps);
    assertThat(again.segment).isEqualTo(data.segment);
    assertThat(again.resolutionSeconds).isEqualTo(data.resolutionSeconds);
  }

  @Test
  void generate_valuesInRange() {
    for (int i = 0; i < ROWS; i++) {
      assertThat((int) data.nps[i]).isBetween(0, 10);
      assertThat((int) data.csat[i]).isBetween(1, 5);
      assertThat(data.segment[i]).isBetween(0, SurveyData.SEGMENTS - 1);
      assertThat((int) data.channel[i]).isBetween(0, SurveyData.CHANNELS - 1);
      assertThat(data.resolutionSeconds[i]).isPositive();
      assertThat(data.slaTargetSeconds[i]).isEqualTo(SurveyData.SLA_TARGET_BY_CHANNEL[data.channel[i]]);
    }
  }

  @Test
  void grouped_handWrittenEqualsNaiveReference() {
    assertSameCounts(HandWritten.grouped(data), reference(data, true));
  }

  @Test
  void ungrouped_handWrittenEqualsNaiveReference() {
    assertSameCounts(HandWritten.ungrouped(data), reference(data, false));
  }

  @Test
  void grouped_streamsEqualHandWritten() {
    List<TypicalStreams.SurveyResponse> records = TypicalStreams.records(data);
    JobResult streams = TypicalStreams.toJobResult(TypicalStreams.grouped(records), SurveyData.SEGMENTS);
    assertSameCounts(streams, HandWritten.grouped(data));
    TypicalStreams.grouped(records).forEach((g, report) -> {
      assertThat(report.bundle()).isCloseTo(HandWritten.grouped(data).bundle(g), within(1e-9));
    });
  }

  @Test
  void ungrouped_streamsEqualHandWritten() {
    TypicalStreams.SegmentReport report = TypicalStreams.ungrouped(TypicalStreams.records(data));
    JobResult expected = HandWritten.ungrouped(data);
    JobResult actual = new JobResult(1);
    actual.set(0, report.n(), report.promoters(), report.detractors(), report.csatTop2(), report.slaMet(), report.sumResolutionSeconds());
    assertSameCounts(actual, expected);
    assertThat(report.bundle()).isCloseTo(expected.bundle(0), within(1e-9));
  }

  @Test
  void grouped_duckDbEqualsHandWritten() throws Exception {
    assertSameCounts(duckDb.grouped(), HandWritten.grouped(data));
    assertThat(duckDb.threads()).isEqualTo(1);
  }

  @Test
  void ungrouped_duckDbEqualsHandWritten() throws Exception {
    assertSameCounts(duckDb.ungrouped(), HandWritten.ungrouped(data));
  }

  @Test
  void limit_sumsEveryColumn() {
    long expected = 0;
    for (int i = 0; i < ROWS; i++) {
      expected += data.nps[i] + data.csat[i] + data.segment[i] + data.channel[i] + data.resolutionSeconds[i] + data.slaTargetSeconds[i];
    }
    assertThat(Limit.sumAllColumns(data)).isEqualTo((int) expected);
  }

  @Test
  void bundle_knownValues() {
    // NPS 0 -> 50, top-2 0.5 -> 50, SLA 0.5 -> 50, mean at the midpoint of good and bad -> 50.
    double mid = (JobResult.RESOLUTION_GOOD_SECONDS + JobResult.RESOLUTION_BAD_SECONDS) / 2;
    assertThat(JobResult.bundle(0, 0.5, 0.5, mid)).isCloseTo(50.0, within(1e-12));
    assertThat(JobResult.bundle(100, 1, 1, 0)).isCloseTo(100.0, within(1e-12));
    assertThat(JobResult.bundle(-100, 0, 0, 1e9)).isCloseTo(0.0, within(1e-12));
    assertThat(JobResult.nps(0, 0, 0)).isNaN();
  }

  /** The oracle: the job written as plainly as possible, one row at a time. */
  static JobResult reference(SurveyData d, boolean grouped) {
    JobResult r = new JobResult(grouped ? SurveyData.SEGMENTS : 1);
    for (int i = 0; i < d.rows; i++) {
      int g = grouped ? d.segment[i] : 0;
      r.n[g]++;
      if (d.nps[i] >= 9) {
        r.promoters[g]++;
      }
      if (d.nps[i] <= 6) {
        r.detractors[g]++;
      }
      if (d.csat[i] >= 4) {
        r.csatTop2[g]++;
      }
      if (d.resolutionSeconds[i] <= d.slaTargetSeconds[i]) {
        r.slaMet[g]++;
      }
      r.sumResolutionSeconds[g] += d.resolutionSeconds[i];
    }
    return r;
  }

  static void assertSameCounts(JobResult actual, JobResult expected) {
    assertThat(actual.n).isEqualTo(expected.n);
    assertThat(actual.promoters).isEqualTo(expected.promoters);
    assertThat(actual.detractors).isEqualTo(expected.detractors);
    assertThat(actual.csatTop2).isEqualTo(expected.csatTop2);
    assertThat(actual.slaMet).isEqualTo(expected.slaMet);
    assertThat(actual.sumResolutionSeconds).isEqualTo(expected.sumResolutionSeconds);
    assertThat(actual.countsEqual(expected)).isTrue();
  }
}
