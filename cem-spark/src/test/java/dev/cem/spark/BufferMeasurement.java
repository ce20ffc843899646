package dev.cem.spark;

import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.NpsInterval;
import dev.cem.metrics.ProportionInterval;
import dev.cem.spark.internal.Inputs;
import dev.cem.spark.internal.Rows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;

/**
 * A by-hand timing (not a unit test) of the two aggregation buffers the issue allows: the bean
 * buffer that {@code CemFunctions} uses (the live accumulator between rows, its image only at
 * serialisation) against a plain {@code Encoders.BINARY} buffer, where every {@code reduce} must
 * decode the image, add, and encode again. Run from the repository root:
 *
 * <pre>
 * mvn -q -o -pl cem-spark -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/cem-spark.cp -Dmdep.includeScope=test
 * SPARK_LOCAL_IP=127.0.0.1 java -Xmx1g -cp cem-spark/target/test-classes:cem-spark/target/classes:$(cat /tmp/cem-spark.cp) \
 *     dev.cem.spark.BufferMeasurement 5000000            # NPS
 * ... dev.cem.spark.BufferMeasurement 200000 duration            # durations (HdrHistogram image)
 * </pre>
 */
public final class BufferMeasurement {
  private BufferMeasurement() {}

  /** NPS with the accumulator's image as the buffer: decode, add, encode on every row. */
  static final class BinaryNps extends Aggregator<Double, byte[], Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] zero() {
      return NpsAccumulator.create().toByteArray();
    }

    @Override
    public byte[] reduce(byte[] b, Double x) {
      if (x == null) {
        return b;
      }
      NpsAccumulator acc = NpsAccumulator.fromByteArray(b);
      acc.add(Inputs.score(x, dev.cem.core.Scale.NPS));
      return acc.toByteArray();
    }

    @Override
    public byte[] merge(byte[] a, byte[] b) {
      NpsAccumulator acc = NpsAccumulator.fromByteArray(a);
      acc.merge(NpsAccumulator.fromByteArray(b));
      return acc.toByteArray();
    }

    @Override
    public Row finish(byte[] b) {
      return Rows.nps(
          NpsAccumulator.fromByteArray(b).snapshot(NpsInterval.ADJUSTED_WALD, 0.95), 0L);
    }

    @Override
    public Encoder<byte[]> bufferEncoder() {
      return Encoders.BINARY();
    }

    @Override
    public Encoder<Row> outputEncoder() {
      return Encoders.row(CemSchemas.NPS);
    }
  }

  /** Durations with the image (an HdrHistogram inside) as the buffer. */
  static final class BinaryDuration extends Aggregator<Double, byte[], Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] zero() {
      return DurationAccumulator.create().toByteArray();
    }

    @Override
    public byte[] reduce(byte[] b, Double x) {
      if (x == null) {
        return b;
      }
      DurationAccumulator acc = DurationAccumulator.fromByteArray(b);
      acc.addMillis(Inputs.millis(x, "seconds"));
      return acc.toByteArray();
    }

    @Override
    public byte[] merge(byte[] a, byte[] b) {
      DurationAccumulator acc = DurationAccumulator.fromByteArray(a);
      acc.merge(DurationAccumulator.fromByteArray(b));
      return acc.toByteArray();
    }

    @Override
    public Row finish(byte[] b) {
      return Rows.duration(
          DurationAccumulator.fromByteArray(b).snapshot(0.95, ProportionInterval.WILSON), 0L);
    }

    @Override
    public Encoder<byte[]> bufferEncoder() {
      return Encoders.BINARY();
    }

    @Override
    public Encoder<Row> outputEncoder() {
      return Encoders.row(CemSchemas.DURATION);
    }
  }

  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    CemFunctions.register(spark);
    spark.udf().register("binary_nps", functions.udaf(new BinaryNps(), Encoders.DOUBLE()));
    spark.udf().register("binary_duration", functions.udaf(new BinaryDuration(), Encoders.DOUBLE()));
    spark
        .range(0, rows, 1, 4)
        .selectExpr("id % 7 AS segment", "CAST(id % 11 AS DOUBLE) AS score",
            "CAST(id * 7919 % 86400 AS DOUBLE) AS seconds")
        .cache()
        .createOrReplaceTempView("m");
    spark.table("m").count();
    System.out.printf(Locale.ROOT, "rows=%d, local[2], 4 partitions, 7 groups; median of 7 interleaved runs%n",
        rows);
    List<String> measured =
        args.length > 1 && args[1].equals("duration")
            ? List.of("cem_duration(seconds)", "binary_duration(seconds)")
            : List.of("cem_nps(score)", "binary_nps(score)");
    // interleaved, so that JIT warm-up and cache effects fall on both alike; run 0 is warm-up
    List<List<Long>> times = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      times.add(new ArrayList<>());
    }
    for (int run = 0; run < 8; run++) {
      for (int i = 0; i < measured.size(); i++) {
        long t0 = System.nanoTime();
        spark.sql("SELECT segment, " + measured.get(i) + " AS r FROM m GROUP BY segment")
            .collectAsList();
        long t = (System.nanoTime() - t0) / 1_000_000;
        if (run > 0) {
          times.get(i).add(t);
        }
      }
    }
    for (int i = 0; i < measured.size(); i++) {
      List<Long> ms = times.get(i);
      Collections.sort(ms);
      System.out.printf(
          Locale.ROOT, "%-26s median %6d ms  (runs %s)%n", measured.get(i), ms.get(3), ms);
    }
    spark.stop();
  }
}
