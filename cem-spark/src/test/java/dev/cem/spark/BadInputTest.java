package dev.cem.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad-input policy on small named data sets whose expected counts are written out: null is no
 * value, an invalid value is left out and counted in {@code rejected} (SKIP_AND_COUNT, the
 * default), and strict options fail the job naming the function, the field and the value.
 */
class BadInputTest {
  private static final double NAN = Double.NaN;

  @BeforeAll
  static void data() {
    // segment "mixed": nps 10, 9 (promoters), 8, 7 (passives), 6, 0 (detractors), two nulls and
    // four invalid values (11, -1, 9.5, NaN). "nulls": no value at all. "bad": only invalid.
    SparkTesting.doubles(List.of("segment", "score"),
            new Object[] {"mixed", 10.0}, new Object[] {"mixed", 9.0},
            new Object[] {"mixed", 8.0}, new Object[] {"mixed", 7.0},
            new Object[] {"mixed", 6.0}, new Object[] {"mixed", 0.0},
            new Object[] {"mixed", null}, new Object[] {"mixed", null},
            new Object[] {"mixed", 11.0}, new Object[] {"mixed", -1.0},
            new Object[] {"mixed", 9.5}, new Object[] {"mixed", NAN},
            new Object[] {"nulls", null}, new Object[] {"nulls", null},
            new Object[] {"bad", 12.0}, new Object[] {"bad", -3.0}, new Object[] {"bad", 100.0})
        .createOrReplaceTempView("nps_input");
  }

  private static Row bySegment(String sql, String segment) {
    for (Row r : SparkTesting.spark().sql(sql).collectAsList()) {
      if (segment.equals(r.getAs("segment"))) {
        return r;
      }
    }
    throw new AssertionError("no segment " + segment);
  }

  private static final String NPS_SQL =
      "SELECT segment, cem_nps(score) AS r FROM nps_input GROUP BY segment";

  @Test
  void nps_nullsAndInvalid_countedApart() {
    Row r = bySegment(NPS_SQL, "mixed").getAs("r");
    Expect.nps(r, NpsResult.of(2, 2, 2), "mixed");
    Expect.count(r, "rejected", 4, "mixed");
    assertThat((Double) r.getAs("value")).isEqualTo(100.0 * (2 - 2) / 6);
  }

  @Test
  void nps_onlyNulls_isEmptyNotZero() {
    Row r = bySegment(NPS_SQL, "nulls").getAs("r");
    assertThat((Double) r.getAs("value")).isNull();
    assertThat((Double) r.getAs("standardError")).isNull();
    Expect.count(r, "n", 0, "nulls");
    Expect.count(r, "rejected", 0, "nulls");
    assertThat((String) r.getAs("reliability")).isEqualTo("EMPTY");
  }

  @Test
  void nps_onlyInvalid_isEmptyWithRejections() {
    Row r = bySegment(NPS_SQL, "bad").getAs("r");
    assertThat((Double) r.getAs("value")).isNull();
    Expect.count(r, "n", 0, "bad");
    Expect.count(r, "rejected", 3, "bad");
  }

  @Test
  void csatFcrAndMean_policy() {
    Dataset<Row> df =
        SparkTesting.doubles(List.of("segment", "score"),
            new Object[] {"s", 5.0}, new Object[] {"s", 4.0}, new Object[] {"s", 3.0},
            new Object[] {"s", 1.0}, new Object[] {"s", 0.0}, new Object[] {"s", 6.0},
            new Object[] {"s", null});
    df.createOrReplaceTempView("csat_input");
    Row r =
        bySegment(
            "SELECT segment, cem_csat(score) AS csat, cem_csat_mean(score) AS m,"
                + " cem_mean(score) AS any FROM csat_input GROUP BY segment",
            "s");
    // top-2-box: 5 and 4 of the four valid scores 5, 4, 3, 1; 0 and 6 are off the 1..5 scale
    Expect.proportion(r.getAs("csat"), ProportionResult.of(2, 4), "csat");
    Expect.count(r.getAs("csat"), "rejected", 2, "csat");
    MomentsAccumulator scale = MomentsAccumulator.create();
    scale.addAll(5, 4, 3, 1);
    Expect.mean(r.getAs("m"), scale.snapshot(), "csat mean");
    Expect.count(r.getAs("m"), "rejected", 2, "csat mean");
    // cem_mean takes any finite value: all six
    MomentsAccumulator any = MomentsAccumulator.create();
    any.addAll(5, 4, 3, 1, 0, 6);
    Expect.mean(r.getAs("any"), any.snapshot(), "mean");
    Expect.count(r.getAs("any"), "rejected", 0, "mean");
  }

  @Test
  void fcr_onlyZeroOrOne() {
    SparkTesting.doubles(List.of("segment", "flag"),
            new Object[] {"s", 1.0}, new Object[] {"s", 0.0}, new Object[] {"s", 1.0},
            new Object[] {"s", 2.0}, new Object[] {"s", 0.5}, new Object[] {"s", null})
        .createOrReplaceTempView("fcr_input");
    Row r = bySegment("SELECT segment, cem_fcr(flag) AS r FROM fcr_input GROUP BY segment", "s")
        .getAs("r");
    Expect.proportion(r, ProportionResult.of(2, 3), "fcr");
    Expect.count(r, "rejected", 2, "fcr");
  }

  @Test
  void sla_pairs() {
    // met: 100 <= 3600 and 3600 <= 3600; missed: 7200 > 3600; no value: a null on either side;
    // rejected: a negative resolution, and an invalid target even without a resolution
    SparkTesting.doubles(List.of("segment", "res", "target"),
            new Object[] {"s", 100.0, 3600.0}, new Object[] {"s", 3600.0, 3600.0},
            new Object[] {"s", 7200.0, 3600.0}, new Object[] {"s", null, 3600.0},
            new Object[] {"s", 100.0, null}, new Object[] {"s", -1.0, 3600.0},
            new Object[] {"s", null, -7.0})
        .createOrReplaceTempView("sla_input");
    Row r = bySegment(
        "SELECT segment, cem_sla(res, target) AS sla, cem_duration_sla(res, target) AS d"
            + " FROM sla_input GROUP BY segment", "s");
    Expect.proportion(r.getAs("sla"), ProportionResult.of(2, 3), "sla");
    Expect.count(r.getAs("sla"), "rejected", 2, "sla");
    Row d = r.getAs("d");
    Expect.count(d, "n", 4, "durations: 100, 3600, 7200 and 100 without a target");
    Expect.count(d, "rejected", 2, "durations");
    Expect.proportion(d.getAs("slaAttainment"), ProportionResult.of(2, 3), "duration sla");
    assertThat((Double) d.getAs("value")).isEqualTo((100 + 3600 + 7200 + 100) / 4.0);
  }

  @Test
  void nps_integerAndDecimalColumns_castImplicitly() {
    for (String type : List.of("TINYINT", "SMALLINT", "INT", "BIGINT", "DECIMAL(4,1)", "FLOAT")) {
      Row r = SparkTesting.spark()
          .sql("SELECT cem_nps(CAST(v AS " + type + ")) AS r FROM VALUES (10), (9), (8), (7), (6),"
              + " (0), (NULL), (11), (-1) AS t(v)")
          .first()
          .getAs("r");
      Expect.nps(r, NpsResult.of(2, 2, 2), type);
      Expect.count(r, "rejected", 2, type + ": 11 and -1");
    }
  }

  @Test
  void strict_failsNamingFunctionFieldAndValue() {
    CemFunctions strict = CemFunctions.with(CemSparkOptions.strict());
    Dataset<Row> in = SparkTesting.spark().table("nps_input").where("segment = 'bad'");
    assertThatThrownBy(() -> in.agg(strict.nps().apply(col("score"))).collectAsList())
        .hasStackTraceContaining("cem_nps: nps score (")
        .hasStackTraceContaining("must be an integer between 0 and 10");
  }

  @Test
  void strict_validInput_sameAsDefault() {
    CemFunctions strict = CemFunctions.with(CemSparkOptions.strict());
    Dataset<Row> in =
        SparkTesting.spark().table("nps_input").where("segment = 'mixed' AND score BETWEEN 0 AND 10"
            + " AND score = floor(score)");
    Row r = in.agg(strict.nps().apply(col("score")).as("r")).first().getAs("r");
    Expect.nps(r, NpsResult.of(2, 2, 2), "strict");
    Expect.count(r, "rejected", 0, "strict");
  }

  @Test
  void rate_booleans() {
    Row r = SparkTesting.spark()
        .sql("SELECT cem_rate(b) AS r FROM VALUES (true), (false), (true), (CAST(NULL AS BOOLEAN))"
            + " AS t(b)")
        .first()
        .getAs("r");
    Expect.proportion(r, ProportionResult.of(2, 3), "rate");
  }
}
