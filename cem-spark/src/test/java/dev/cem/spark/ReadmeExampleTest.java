package dev.cem.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, compiled and run, so that it cannot rot. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void readmeExample_runs() {
    String path = dir.resolve("responses.parquet").toString();
    SparkTesting.spark()
        .sql("SELECT * FROM VALUES ('web', 10, 5, 3600, 14400), ('web', 6, 2, 20000, 14400),"
            + " ('store', 9, 4, 100, 3600), ('store', 11, 4, NULL, 3600)"
            + " AS t(segment, nps, csat, resolution_seconds, sla_target_seconds)")
        .write()
        .parquet(path);

    // README: begin
    SparkSession spark = SparkSession.builder().getOrCreate();
    CemFunctions.register(spark); // cem_nps, cem_csat, cem_sla, ... and their _state variants
    spark.read().parquet(path).createOrReplaceTempView("responses");
    Dataset<Row> scores = spark.sql(
        "SELECT segment, cem_nps(nps) AS nps, cem_csat(csat) AS csat,"
            + " cem_sla(resolution_seconds, sla_target_seconds) AS sla"
            + " FROM responses GROUP BY segment");
    scores.selectExpr("segment", "nps.value AS nps", "nps.lower", "nps.upper", "nps.n",
        "nps.rejected", "csat.value AS csat", "sla.value AS sla").show();
    // The same without SQL:
    Dataset<Row> nps = spark.read().parquet(path).groupBy("segment")
        .agg(CemFunctions.defaults().nps().apply(col("nps")).as("nps"));
    // README: end

    Row store = scores.where("segment = 'store'").first();
    // store: one promoter (9) and one rejected score (11); CSAT 4 and 4 are both top-2-box
    assertThat(store.<Row>getAs("nps").<Double>getAs("value")).isEqualTo(100.0);
    assertThat(store.<Row>getAs("nps").<Long>getAs("rejected")).isEqualTo(1);
    assertThat(store.<Row>getAs("csat").<Double>getAs("value")).isEqualTo(100.0);
    // web: 3600 <= 14400 met, 20000 > 14400 missed
    Row web = scores.where("segment = 'web'").first();
    assertThat(web.<Row>getAs("sla").<Long>getAs("successes")).isEqualTo(1);
    assertThat(web.<Row>getAs("sla").<Long>getAs("trials")).isEqualTo(2);
    List<Row> viaApi = nps.where("segment = 'web'").collectAsList();
    assertThat(viaApi.get(0).<Row>getAs("nps")).isEqualTo(web.<Row>getAs("nps"));
  }
}
