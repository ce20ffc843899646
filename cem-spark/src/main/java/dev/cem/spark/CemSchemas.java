package dev.cem.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The struct types returned by the cem Spark functions. Each starts with the fields of an {@code
 * Estimate} as the CLI's JSON writes it ({@code value, standardError, lower, upper, confidence, n,
 * method, reliability}), then the metric's own fields. As in the JSON, a number that is undefined
 * (an empty sample's value, the standard error of one observation) is {@code null}, never 0.
 *
 * <p>Read fields by name ({@code result.value}, {@code getAs("value")}): fields may be added in a
 * later release, never removed, renamed or retyped.
 */
public final class CemSchemas {
  private CemSchemas() {}

  private static List<StructField> estimate() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("value", DoubleType, true));
    f.add(DataTypes.createStructField("standardError", DoubleType, true));
    f.add(DataTypes.createStructField("lower", DoubleType, true));
    f.add(DataTypes.createStructField("upper", DoubleType, true));
    f.add(DataTypes.createStructField("confidence", DoubleType, false));
    f.add(DataTypes.createStructField("n", LongType, false));
    f.add(DataTypes.createStructField("method", StringType, false));
    f.add(DataTypes.createStructField("reliability", StringType, false));
    return f;
  }

  private static StructType struct(List<StructField> fields) {
    return DataTypes.createStructType(fields);
  }

  /** Estimate fields only. */
  public static final StructType ESTIMATE = struct(estimate());

  /**
   * NPS: estimate fields (value in points, -100 to 100), then {@code promoters, passives,
   * detractors} and {@code rejected} (out-of-range scores; null when read from a state, which
   * holds only accepted values).
   */
  public static final StructType NPS = nps();

  /**
   * A proportion (CSAT top box, FCR, SLA attainment): estimate fields (value in percent), then
   * {@code successes, trials, rejected}.
   */
  public static final StructType PROPORTION = proportion(true);

  /**
   * A mean (CES, CSAT mean, any finite values): estimate fields (t interval), then {@code variance,
   * min, max, rejected}.
   */
  public static final StructType MEAN = mean();

  /**
   * Durations in seconds: estimate fields of the mean, then {@code variance, min, max, p50, p90,
   * p99} (seconds, at the histogram's precision), {@code slaAttainment} (a proportion without
   * {@code rejected}; empty when no duration had a target) and {@code rejected}.
   */
  public static final StructType DURATION = duration();

  /** The component detail of a bundle score. */
  public static final StructType BUNDLE_COMPONENT =
      struct(
          List.of(
              DataTypes.createStructField("metric", StringType, false),
              DataTypes.createStructField("value", DoubleType, true),
              DataTypes.createStructField("standardError", DoubleType, true),
              DataTypes.createStructField("n", LongType, false),
              DataTypes.createStructField("present", BooleanType, false),
              DataTypes.createStructField("normalisedValue", DoubleType, true),
              DataTypes.createStructField("weight", DoubleType, false),
              DataTypes.createStructField("share", DoubleType, false),
              DataTypes.createStructField("contribution", DoubleType, true),
              DataTypes.createStructField("status", StringType, false)));

  /** Rejected inputs of a bundle aggregation, by input column. */
  public static final StructType BUNDLE_REJECTED =
      struct(
          List.of(
              DataTypes.createStructField("nps", LongType, false),
              DataTypes.createStructField("csat", LongType, false),
              DataTypes.createStructField("ces", LongType, false),
              DataTypes.createStructField("fcr", LongType, false),
              DataTypes.createStructField("resolutionSeconds", LongType, false),
              DataTypes.createStructField("slaTargetSeconds", LongType, false)));

  /**
   * A bundle's composite score: {@code value, standardError, lower, upper, confidence, status,
   * coverage, profile, components} (array of {@link #BUNDLE_COMPONENT}) and {@code rejected}
   * ({@link #BUNDLE_REJECTED}).
   */
  public static final StructType BUNDLE =
      struct(
          List.of(
              DataTypes.createStructField("value", DoubleType, true),
              DataTypes.createStructField("standardError", DoubleType, true),
              DataTypes.createStructField("lower", DoubleType, true),
              DataTypes.createStructField("upper", DoubleType, true),
              DataTypes.createStructField("confidence", DoubleType, false),
              DataTypes.createStructField("status", StringType, false),
              DataTypes.createStructField("coverage", DoubleType, true),
              DataTypes.createStructField("profile", StringType, true),
              DataTypes.createStructField(
                  "components", DataTypes.createArrayType(BUNDLE_COMPONENT, false), false),
              DataTypes.createStructField("rejected", BUNDLE_REJECTED, false)));

  /**
   * The input columns of a bundle aggregation, in argument order: {@code nps} (0..10), {@code csat}
   * (on the CSAT scale), {@code ces} (on the CES scale), {@code fcr} (0 or 1), {@code
   * resolutionSeconds} and {@code slaTargetSeconds}; null where a row has no value.
   */
  public static final StructType BUNDLE_INPUT =
      struct(
          List.of(
              DataTypes.createStructField("nps", DoubleType, true),
              DataTypes.createStructField("csat", DoubleType, true),
              DataTypes.createStructField("ces", DoubleType, true),
              DataTypes.createStructField("fcr", DoubleType, true),
              DataTypes.createStructField("resolutionSeconds", DoubleType, true),
              DataTypes.createStructField("slaTargetSeconds", DoubleType, true)));

  private static StructType nps() {
    List<StructField> f = estimate();
    f.add(DataTypes.createStructField("promoters", LongType, false));
    f.add(DataTypes.createStructField("passives", LongType, false));
    f.add(DataTypes.createStructField("detractors", LongType, false));
    f.add(DataTypes.createStructField("rejected", LongType, true));
    return struct(f);
  }

  static StructType proportion(boolean rejected) {
    List<StructField> f = estimate();
    f.add(DataTypes.createStructField("successes", LongType, false));
    f.add(DataTypes.createStructField("trials", LongType, false));
    if (rejected) {
      f.add(DataTypes.createStructField("rejected", LongType, true));
    }
    return struct(f);
  }

  private static StructType mean() {
    List<StructField> f = estimate();
    f.add(DataTypes.createStructField("variance", DoubleType, true));
    f.add(DataTypes.createStructField("min", DoubleType, true));
    f.add(DataTypes.createStructField("max", DoubleType, true));
    f.add(DataTypes.createStructField("rejected", LongType, true));
    return struct(f);
  }

  private static StructType duration() {
    List<StructField> f = estimate();
    f.add(DataTypes.createStructField("variance", DoubleType, true));
    f.add(DataTypes.createStructField("min", DoubleType, true));
    f.add(DataTypes.createStructField("max", DoubleType, true));
    f.add(DataTypes.createStructField("p50", DoubleType, true));
    f.add(DataTypes.createStructField("p90", DoubleType, true));
    f.add(DataTypes.createStructField("p99", DoubleType, true));
    f.add(DataTypes.createStructField("slaAttainment", proportion(false), false));
    f.add(DataTypes.createStructField("rejected", LongType, true));
    return struct(f);
  }
}
