package dev.cem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.metrics.NpsResult;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.junit.jupiter.api.Test;

/** The aggregators on typed Datasets ({@code Dataset.select(aggregator.toColumn())}). */
class TypedDatasetTest {
  @Test
  @SuppressWarnings("unchecked")
  void nps_typedDataset_select() {
    Dataset<Double> scores =
        SparkTesting.spark()
            .createDataset(Arrays.asList(10.0, 9.0, 9.0, 8.0, 0.0, 3.0, null, 10.5), Encoders.DOUBLE())
            .repartition(3);
    Aggregator<Double, ?, Row> nps =
        (Aggregator<Double, ?, Row>) CemFunctions.defaults().aggregator("cem_nps");
    Row r = scores.select(nps.toColumn()).first();
    // 10, 9, 9 promoters; 8 passive; 0, 3 detractors; null no value; 10.5 rejected
    Expect.nps(r, NpsResult.of(3, 1, 2), "typed");
    Expect.count(r, "rejected", 1, "typed");
    assertThat(r.schema()).isEqualTo(CemSchemas.NPS);
  }
}
