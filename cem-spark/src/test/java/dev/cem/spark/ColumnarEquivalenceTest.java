package dev.cem.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.metrics.ColumnarBatch;
import dev.cem.metrics.ColumnarResult;
import dev.cem.metrics.ColumnarScorer;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.InvalidRowPolicy;
import dev.cem.metrics.SegmentScores;
import dev.cem.metrics.bundle.MetricBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test: grouped NPS, CSAT, CES, FCR, SLA, durations and a bundle over a
 * generated data set of 1M rows in 4 input partitions (so Spark merges partial aggregates) equal
 * the single-machine {@link ColumnarScorer}: counts exactly, the rest within 1e-12 relative.
 *
 * <p>The data holds nulls and out-of-range values in every column. The columnar scorer skips a
 * whole row with an invalid value while the Spark functions leave out only the invalid value, so
 * the oracle scores each metric on a batch holding only that metric's columns: there a skipped
 * row is exactly a left-out value.
 */
class ColumnarEquivalenceTest {
  private static final int ROWS = 1_000_000;
  private static GeneratedData data;
  private static String bundleJson;
  private static ColumnarResult nps;
  private static ColumnarResult csat;
  private static ColumnarResult ces;
  private static ColumnarResult fcr;
  private static ColumnarResult resolution;
  private static List<Row> sqlRows;

  private static final String[] SQL_COLUMNS = {
    "cem_nps(nps) AS nps",
    "cem_csat(csat) AS csat",
    "cem_csat_mean(csat) AS csat_mean",
    "cem_ces(ces) AS ces",
    "cem_fcr(fcr) AS fcr",
    "cem_sla(resolution, target) AS sla",
    "cem_duration_sla(resolution, target) AS resolution",
    "cem_test_bundle(nps, csat, ces, fcr, resolution, target) AS bundle"
  };

  @BeforeAll
  static void score() throws IOException {
    data = new GeneratedData(ROWS, 4);
    try (InputStream in = ColumnarEquivalenceTest.class.getResourceAsStream("service-bundle.json")) {
      bundleJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ColumnarScorer scorer =
        ColumnarScorer.builder()
            .invalidRows(InvalidRowPolicy.SKIP_AND_COUNT)
            .percentiles(true)
            .build();
    int k = GeneratedData.SEGMENTS;
    nps = scorer.score(ColumnarBatch.builder(data.segment, k).nps(data.nps).build());
    csat = scorer.score(ColumnarBatch.builder(data.segment, k).csat(data.csat).build());
    ces = scorer.score(ColumnarBatch.builder(data.segment, k).ces(data.ces).build());
    fcr = scorer.score(ColumnarBatch.builder(data.segment, k).fcr(data.fcr).build());
    resolution =
        scorer.score(
            ColumnarBatch.builder(data.segment, k)
                .resolutionSeconds(data.resolution)
                .slaTargetSeconds(data.target)
                .build());

    CemFunctions.defaults().registerBundle(SparkTesting.spark(), "cem_test_bundle", bundleJson);
    data.frame().createOrReplaceTempView("generated");
    sqlRows =
        sorted(
            SparkTesting.spark()
                .sql(
                    "SELECT segment, "
                        + String.join(", ", SQL_COLUMNS)
                        + " FROM generated GROUP BY segment")
                .collectAsList());
  }

  private static List<Row> sorted(List<Row> rows) {
    return rows.stream()
        .sorted(Comparator.comparingInt(r -> r.<Integer>getAs("segment")))
        .toList();
  }

  @Test
  void sql_everySegmentPresent() {
    assertThat(sqlRows).extracting(r -> r.<Integer>getAs("segment"))
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(data.frame().rdd().getNumPartitions()).as("input partitions").isEqualTo(4);
  }

  @Test
  void nps_equalsColumnar() {
    long rejected = 0;
    for (Row r : sqlRows) {
      int s = r.getAs("segment");
      Row nps = r.getAs("nps");
      Expect.nps(nps, ColumnarEquivalenceTest.nps.segment(s).nps(), "segment " + s + " nps");
      Expect.count(nps, "rejected", data.invalid(s, "nps"), "segment " + s + " nps");
      rejected += nps.<Long>getAs("rejected");
    }
    assertThat(rejected).isEqualTo(nps.rejected("nps")).isPositive();
  }

  @Test
  void csat_equalsColumnar() {
    long rejected = 0;
    for (Row r : sqlRows) {
      int s = r.getAs("segment");
      SegmentScores expected = csat.segment(s);
      Expect.proportion(r.getAs("csat"), expected.csatTopBox(), "segment " + s + " csat");
      Expect.mean(r.getAs("csat_mean"), expected.csatMean(), "segment " + s + " csat_mean");
      Expect.count(r.getAs("csat"), "rejected", data.invalid(s, "csat"), "segment " + s);
      Expect.count(r.getAs("csat_mean"), "rejected", data.invalid(s, "csat"), "segment " + s);
      rejected += r.<Row>getAs("csat").<Long>getAs("rejected");
    }
    assertThat(rejected).isEqualTo(csat.rejected("csat")).isPositive();
  }

  @Test
  void cesAndFcr_equalColumnar() {
    for (Row r : sqlRows) {
      int s = r.getAs("segment");
      Expect.mean(r.getAs("ces"), ces.segment(s).cesMean(), "segment " + s + " ces");
      Expect.count(r.getAs("ces"), "rejected", data.invalid(s, "ces"), "segment " + s + " ces");
      Expect.proportion(r.getAs("fcr"), fcr.segment(s).fcr(), "segment " + s + " fcr");
      Expect.count(r.getAs("fcr"), "rejected", data.invalid(s, "fcr"), "segment " + s + " fcr");
    }
  }

  @Test
  void slaAndDurations_equalColumnar() {
    long rejected = 0;
    for (Row r : sqlRows) {
      int s = r.getAs("segment");
      var expected = resolution.segment(s).resolution();
      long invalid =
          data.invalid(s, "resolutionSeconds") + data.invalid(s, "slaTargetSeconds");
      Expect.proportion(r.getAs("sla"), expected.slaAttainment(), "segment " + s + " sla");
      Expect.count(r.getAs("sla"), "rejected", invalid, "segment " + s + " sla");
      Expect.duration(r.getAs("resolution"), expected, "segment " + s + " resolution");
      Expect.count(r.getAs("resolution"), "rejected", invalid, "segment " + s + " resolution");
      rejected += r.<Row>getAs("sla").<Long>getAs("rejected");
    }
    assertThat(rejected)
        .isEqualTo(resolution.rejected("resolutionSeconds") + resolution.rejected("slaTargetSeconds"))
        .isPositive();
  }

  @Test
  void bundle_equalsBundleOfColumnarEstimates() {
    MetricBundle bundle = MetricBundle.fromJson(bundleJson);
    for (Row r : sqlRows) {
      int s = r.getAs("segment");
      Map<String, Estimate> estimates = new LinkedHashMap<>();
      estimates.put("nps", nps.segment(s).nps().estimate());
      estimates.put("csat", csat.segment(s).csatTopBox().estimate());
      estimates.put("ces", ces.segment(s).cesMean().estimate());
      estimates.put("fcr", fcr.segment(s).fcr().estimate());
      estimates.put("sla-attainment", resolution.segment(s).resolution().slaAttainment().estimate());
      estimates.put("resolution-time", resolution.segment(s).resolution().meanEstimate());
      Row b = r.getAs("bundle");
      Expect.bundle(b, bundle.score(estimates), "segment " + s + " bundle");
      Row rejected = b.getAs("rejected");
      for (String column :
          List.of("nps", "csat", "ces", "fcr", "resolutionSeconds", "slaTargetSeconds")) {
        Expect.count(rejected, column, data.invalid(s, column), "segment " + s + " bundle rejected");
      }
    }
  }

  @Test
  void dataFrameApi_agreesWithSql() {
    CemFunctions cem = CemFunctions.defaults();
    Dataset<Row> df =
        data.frame()
            .groupBy("segment")
            .agg(
                cem.nps().apply(col("nps")).as("nps"),
                cem.csat().apply(col("csat")).as("csat"),
                cem.udaf("cem_csat_mean").apply(col("csat")).as("csat_mean"),
                cem.ces().apply(col("ces")).as("ces"),
                cem.fcr().apply(col("fcr")).as("fcr"),
                cem.sla().apply(col("resolution"), col("target")).as("sla"),
                cem.durationSla().apply(col("resolution"), col("target")).as("resolution"),
                cem.bundle(bundleJson)
                    .apply(col("nps"), col("csat"), col("ces"), col("fcr"), col("resolution"),
                        col("target"))
                    .as("bundle"));
    List<Row> rows = sorted(df.collectAsList());
    assertThat(rows).hasSameSizeAs(sqlRows);
    for (int i = 0; i < rows.size(); i++) {
      Row a = rows.get(i);
      Row b = sqlRows.get(i);
      for (String field : List.of("nps", "csat", "fcr", "sla")) {
        assertThat(a.<Row>getAs(field)).as(field).isEqualTo(b.<Row>getAs(field));
      }
      for (String field : List.of("csat_mean", "ces")) {
        Row x = a.getAs(field);
        Row y = b.getAs(field);
        Expect.count(x, "n", y.<Long>getAs("n"), field);
        Expect.close(x, "value", y.<Double>getAs("value"), field);
        Expect.close(x, "standardError", y.<Double>getAs("standardError"), field);
      }
      Expect.count(a.getAs("resolution"), "n", b.<Row>getAs("resolution").<Long>getAs("n"), "res");
      Expect.close(
          a.getAs("resolution"), "p90", b.<Row>getAs("resolution").<Double>getAs("p90"), "res");
      Expect.close(a.getAs("bundle"), "value", b.<Row>getAs("bundle").<Double>getAs("value"), "b");
    }
  }
}
