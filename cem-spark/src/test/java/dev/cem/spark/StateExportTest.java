package dev.cem.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.metrics.NpsAccumulator;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial aggregates: daily binary states, written to Parquet and read back, merge into monthly
 * results equal to aggregating the month's rows directly (counts exactly, the rest within 1e-12
 * relative); a state is the library's own image; states of another definition do not merge.
 */
class StateExportTest {
  private static final String[] METRICS = {"nps", "csat", "ces", "fcr", "duration_sla"};
  private static List<Row> direct;
  private static List<Row> monthly;

  @TempDir static Path dir;

  @BeforeAll
  static void aggregate() {
    SparkSession spark = SparkTesting.spark();
    new GeneratedData(200_000, 4).frame().createOrReplaceTempView("month");
    spark
        .sql(
            "SELECT segment, day, cem_nps_state(nps) AS nps, cem_csat_state(csat) AS csat,"
                + " cem_ces_state(ces) AS ces, cem_fcr_state(fcr) AS fcr,"
                + " cem_duration_sla_state(resolution, target) AS duration_sla"
                + " FROM month GROUP BY segment, day")
        .write()
        .parquet(dir.resolve("daily").toString());
    spark.read().parquet(dir.resolve("daily").toString()).createOrReplaceTempView("daily");
    StringBuilder merged = new StringBuilder("SELECT segment");
    StringBuilder plain = new StringBuilder("SELECT segment");
    for (String m : METRICS) {
      merged.append(String.format(", cem_%s_from_state(cem_%s_merge(%s)) AS %s", m, m, m, m));
      String args = m.equals("duration_sla") ? "resolution, target" : m;
      plain.append(String.format(", cem_%s(%s) AS %s", m, args, m));
    }
    monthly = sorted(spark.sql(merged + " FROM daily GROUP BY segment").collectAsList());
    direct = sorted(spark.sql(plain + " FROM month GROUP BY segment").collectAsList());
  }

  private static List<Row> sorted(List<Row> rows) {
    return rows.stream().sorted(Comparator.comparingInt(r -> r.<Integer>getAs("segment"))).toList();
  }

  @Test
  void dailyStates_thirtyPerSegment() {
    assertThat(SparkTesting.spark().table("daily").count()).isEqualTo(30L * GeneratedData.SEGMENTS);
  }

  @Test
  void mergedDailyStates_equalDirectAggregation() {
    assertThat(monthly).hasSize(GeneratedData.SEGMENTS).hasSameSizeAs(direct);
    for (int i = 0; i < direct.size(); i++) {
      for (String m : METRICS) {
        String what = "segment " + i + " " + m;
        Row d = direct.get(i).getAs(m);
        Row s = monthly.get(i).getAs(m);
        assertThat((Long) d.getAs("n")).as(what + " n").isPositive();
        sameStruct(s, d, what);
        assertThat((Object) s.getAs("rejected")).as(what + ": a state holds no rejections").isNull();
      }
    }
  }

  /** Every field but {@code rejected}: longs, strings and booleans equal, doubles close. */
  private static void sameStruct(Row actual, Row expected, String what) {
    StructType schema = expected.schema();
    for (StructField f : schema.fields()) {
      String name = f.name();
      if (name.equals("rejected")) {
        continue;
      }
      Object e = expected.getAs(name);
      Object a = actual.getAs(name);
      if (e instanceof Double) {
        Expect.close(actual, name, (Double) e, what);
      } else if (e instanceof Row) {
        sameStruct((Row) a, (Row) e, what + "." + name);
      } else {
        assertThat(a).as(what + "." + name).isEqualTo(e);
      }
    }
  }

  @Test
  void state_isTheLibraryImage() {
    Row r =
        SparkTesting.spark()
            .sql("SELECT cem_nps_merge(nps) AS s FROM daily WHERE segment = 0")
            .first();
    NpsAccumulator acc = NpsAccumulator.fromByteArray(r.getAs("s"));
    Row d = direct.get(0).getAs("nps");
    assertThat(acc.promoters()).isEqualTo(d.<Long>getAs("promoters"));
    assertThat(acc.passives()).isEqualTo(d.<Long>getAs("passives"));
    assertThat(acc.detractors()).isEqualTo(d.<Long>getAs("detractors"));
  }

  @Test
  void merge_otherFamily_fails() {
    assertThatThrownBy(
            () -> SparkTesting.spark().sql("SELECT cem_nps_merge(csat) FROM daily").collectAsList())
        .hasStackTraceContaining("not a cem nps image");
  }

  @Test
  void merge_otherDefinition_fails() {
    assertThatThrownBy(
            () -> SparkTesting.spark().sql("SELECT cem_fcr_merge(csat) FROM daily").collectAsList())
        .hasStackTraceContaining("cannot merge a proportion");
  }

  @Test
  void fromState_null_isNull() {
    Row r = SparkTesting.spark().sql("SELECT cem_nps_from_state(CAST(NULL AS BINARY)) AS r").first();
    assertThat(r.isNullAt(0)).isTrue();
  }
}
