package dev.cem.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one local Spark session of the module's tests ({@code local[2]}, no UI, 4 shuffle
 * partitions), created on first use and shared by every test class in the surefire JVM, with the
 * cem functions registered at the default options.
 */
final class SparkTesting {
  private SparkTesting() {}

  private static SparkSession session;

  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("cem-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      CemFunctions.register(session);
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** A data frame of nullable double columns from rows of boxed values. */
  static Dataset<Row> doubles(List<String> columns, Object[]... rows) {
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      fields.add(
          DataTypes.createStructField(
              c, c.equals("segment") ? DataTypes.StringType : DataTypes.DoubleType, true));
    }
    StructType schema = DataTypes.createStructType(fields);
    List<Row> data = new ArrayList<>();
    for (Object[] r : rows) {
      data.add(RowFactory.create(Arrays.copyOf(r, r.length)));
    }
    return spark().createDataFrame(data, schema).repartition(3);
  }
}
