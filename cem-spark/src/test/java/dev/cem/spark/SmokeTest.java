package dev.cem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void nps_sql() {
    SparkTesting.doubles(List.of("segment", "score"),
        new Object[] {"a", 10.0}, new Object[] {"a", 9.0}, new Object[] {"a", 7.0},
        new Object[] {"a", 3.0}, new Object[] {"a", null}, new Object[] {"a", 11.0})
        .createOrReplaceTempView("smoke");
    List<Row> rows = SparkTesting.spark()
        .sql("SELECT segment, cem_nps(score) AS nps FROM smoke GROUP BY segment").collectAsList();
    Row nps = rows.get(0).getAs("nps");
    System.out.println(nps);
    assertThat((long) nps.getAs("promoters")).isEqualTo(2);
  }
}
