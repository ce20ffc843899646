package dev.cem.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemStateException;
import dev.cem.core.Scale;
import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.bundle.CompiledBundle;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.spark.internal.BundleState;
import dev.cem.spark.internal.CemAggregator;
import dev.cem.spark.internal.Family;
import dev.cem.spark.internal.Fn;
import dev.cem.spark.internal.Inputs;
import dev.cem.spark.internal.Rows;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The cem metrics as Spark functions, for the Dataset/DataFrame API and for Spark SQL. Each is a
 * typed {@link Aggregator} over the library's own mergeable accumulator ({@link NpsAccumulator},
 * {@link ProportionAccumulator}, {@link MomentsAccumulator}, {@link DurationAccumulator}): the
 * statistics are the library's, the same as the single-machine {@code ColumnarScorer} gives.
 *
 * <pre>{@code
 * CemFunctions.register(spark);
 * spark.sql("SELECT segment, cem_nps(score).value AS nps FROM responses GROUP BY segment");
 * // or, without SQL:
 * CemFunctions cem = CemFunctions.defaults();
 * df.groupBy("segment").agg(cem.nps().apply(col("score")).as("nps"));
 * }</pre>
 *
 * <h3>Functions</h3>
 *
 * <table>
 *   <caption>Aggregate functions (arguments are numeric; null is "no value")</caption>
 *   <tr><th>SQL name</th><th>arguments</th><th>result ({@link CemSchemas})</th></tr>
 *   <tr><td>cem_nps</td><td>score 0..10</td><td>NPS</td></tr>
 *   <tr><td>cem_csat</td><td>score on the CSAT scale</td><td>PROPORTION (top box)</td></tr>
 *   <tr><td>cem_fcr</td><td>0 or 1</td><td>PROPORTION</td></tr>
 *   <tr><td>cem_rate</td><td>boolean</td><td>PROPORTION</td></tr>
 *   <tr><td>cem_sla</td><td>resolutionSeconds, slaTargetSeconds</td>
 *       <td>PROPORTION (met when resolution &lt;= target)</td></tr>
 *   <tr><td>cem_mean</td><td>any finite number</td><td>MEAN</td></tr>
 *   <tr><td>cem_ces</td><td>score on 1..7</td><td>MEAN</td></tr>
 *   <tr><td>cem_csat_mean</td><td>score on the CSAT scale</td><td>MEAN</td></tr>
 *   <tr><td>cem_duration</td><td>seconds</td><td>DURATION</td></tr>
 *   <tr><td>cem_duration_sla</td><td>seconds, slaTargetSeconds</td><td>DURATION</td></tr>
 * </table>
 *
 * <p>Durations are given in seconds and recorded in whole milliseconds (rounded to the nearest).
 * Bad input follows {@link CemSparkOptions}: by default an invalid value is left out and counted
 * in the result's {@code rejected} field.
 *
 * <h3>Partial aggregates</h3>
 *
 * For every function {@code cem_X} above there are three more: {@code cem_X_state(...)} aggregates
 * like {@code cem_X} but returns the accumulator's versioned binary image (the library's {@code
 * toByteArray}, readable with its {@code fromByteArray}); {@code cem_X_merge(state)} aggregates
 * images into one; and the scalar {@code cem_X_from_state(state)} turns an image into the result
 * struct. Merging is exact for counts, so daily states merged into a month give the month's
 * figures: {@code cem_nps_from_state(cem_nps_merge(state))}. An image holds accepted values only,
 * so {@code rejected} is null in a result read from a state. Merging images of different
 * definitions (a CSAT top-2-box into an FCR rate, an NPS image into a mean) fails.
 *
 * <h3>Bundles</h3>
 *
 * {@link #bundle(String)} aggregates the six columns of {@link CemSchemas#BUNDLE_INPUT} into the
 * standard metrics nps, csat, ces, fcr, resolution-time and sla-attainment, and scores a {@link
 * MetricBundle} per group. The bundle travels as its JSON and is compiled once per aggregator
 * instance on each executor.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CemFunctions {
  private final CemSparkOptions options;
  private final Map<String, Spec<?, ?>> specs;

  private CemFunctions(CemSparkOptions options) {
    this.options = options;
    this.specs = Collections.unmodifiableMap(specs(options));
  }

  /** The functions with {@link CemSparkOptions#defaults()}. */
  public static CemFunctions defaults() {
    return new CemFunctions(CemSparkOptions.defaults());
  }

  /** The functions with the given options; not null. */
  public static CemFunctions with(CemSparkOptions options) {
    return new CemFunctions(checkNotNull(options, "options"));
  }

  /** Registers every function with the default options in {@code spark}'s SQL catalog. */
  public static void register(SparkSession spark) {
    defaults().registerAll(spark);
  }

  /** Registers every function with the given options in {@code spark}'s SQL catalog. */
  public static void register(SparkSession spark, CemSparkOptions options) {
    with(options).registerAll(spark);
  }

  /** The options of these functions. */
  public CemSparkOptions options() {
    return options;
  }

  /** The SQL names of the aggregate functions, without the state variants. */
  public List<String> names() {
    return List.copyOf(specs.keySet());
  }

  /** Registers every function ({@link #names()} and their state variants). */
  public void registerAll(SparkSession spark) {
    checkNotNull(spark, "spark");
    for (String name : specs.keySet()) {
      spark.udf().register(name, udaf(name));
      spark.udf().register(name + "_state", udaf(name + "_state"));
      spark.udf().register(name + "_merge", udaf(name + "_merge"));
      spark.udf().register(name + "_from_state", fromState(name));
    }
  }

  /**
   * Registers a bundle aggregate under {@code name}: {@code name(nps, csat, ces, fcr,
   * resolutionSeconds, slaTargetSeconds)} returns {@link CemSchemas#BUNDLE}.
   */
  public void registerBundle(SparkSession spark, String name, String bundleJson) {
    checkNotNull(spark, "spark");
    checkNotNull(name, "name");
    spark.udf().register(name, bundle(bundleJson));
  }

  // -----------------------------------------------------------------------------------------------
  // DataFrame API

  /**
   * The aggregate function {@code name} (one of {@link #names()}, or one of them followed by
   * {@code _state} or {@code _merge}) for {@code df.agg(f.apply(col...))}.
   *
   * @throws CemArgumentException if the name is unknown
   */
  public UserDefinedFunction udaf(String name) {
    checkNotNull(name, "name");
    if (name.endsWith("_state") && specs.containsKey(stem(name, "_state"))) {
      return stateUdaf(spec(stem(name, "_state")), name);
    }
    if (name.endsWith("_merge") && specs.containsKey(stem(name, "_merge"))) {
      return mergeUdaf(spec(stem(name, "_merge")), name);
    }
    Spec<?, ?> spec = spec(name);
    return valueUdaf(spec);
  }

  /** The typed aggregator of function {@code name} (see {@link #udaf}) for {@code Dataset.select}. */
  public Aggregator<?, ?, ?> aggregator(String name) {
    checkNotNull(name, "name");
    if (name.endsWith("_state") && specs.containsKey(stem(name, "_state"))) {
      return stateAggregator(spec(stem(name, "_state")), name);
    }
    if (name.endsWith("_merge") && specs.containsKey(stem(name, "_merge"))) {
      return mergeAggregator(spec(stem(name, "_merge")), name);
    }
    return valueAggregator(spec(name));
  }

  /** {@code cem_nps(score)}. */
  public UserDefinedFunction nps() {
    return udaf("cem_nps");
  }

  /** {@code cem_csat(score)}: the CSAT top-box proportion. */
  public UserDefinedFunction csat() {
    return udaf("cem_csat");
  }

  /** {@code cem_fcr(flag)}: first-contact resolution from 0/1. */
  public UserDefinedFunction fcr() {
    return udaf("cem_fcr");
  }

  /** {@code cem_sla(resolutionSeconds, slaTargetSeconds)}: SLA attainment. */
  public UserDefinedFunction sla() {
    return udaf("cem_sla");
  }

  /** {@code cem_ces(score)}: the mean CES. */
  public UserDefinedFunction ces() {
    return udaf("cem_ces");
  }

  /** {@code cem_mean(value)}: the mean of finite values. */
  public UserDefinedFunction mean() {
    return udaf("cem_mean");
  }

  /** {@code cem_duration_sla(seconds, slaTargetSeconds)}. */
  public UserDefinedFunction durationSla() {
    return udaf("cem_duration_sla");
  }

  /**
   * The scalar function {@code cem_X_from_state(state)} of aggregate {@code name} ({@code cem_X}):
   * the result struct of a binary image, null for a null image.
   */
  public UserDefinedFunction fromState(String name) {
    return fromStateUdf(spec(name));
  }

  /**
   * The bundle aggregate over {@link CemSchemas#BUNDLE_INPUT}.
   *
   * @param bundleJson the bundle file's JSON, checked here; not null
   * @throws dev.cem.core.CemFormatException if the JSON is not a valid bundle
   * @throws CemArgumentException if the bundle normalises relative to the observed units (min-max,
   *     z-score): groups are scored independently, so score such bundles on the collected
   *     per-group estimates with {@code MetricBundle.scoreAll}
   */
  public UserDefinedFunction bundle(String bundleJson) {
    return functions.udaf(bundleAggregator(bundleJson), Encoders.row(CemSchemas.BUNDLE_INPUT));
  }

  /** The typed bundle aggregator; see {@link #bundle(String)}. */
  public Aggregator<Row, ?, Row> bundleAggregator(String bundleJson) {
    checkNotNull(bundleJson, "bundleJson");
    MetricBundle bundle = MetricBundle.fromJson(bundleJson);
    try {
      bundle.compile();
    } catch (CemStateException e) {
      throw new CemArgumentException(
          "cem_bundle scores each group on its own; " + e.getMessage(), e);
    }
    String json = bundle.toJson();
    CemSparkOptions o = options;
    int csatMin = o.csatScale().min();
    int csatMax = o.csatScale().max();
    String csatName = o.csatScale().name();
    int box = o.csatBox();
    Family<BundleState> family =
        new Family<>(
            "bundle",
            () -> BundleState.create(Scale.of(csatName, csatMin, csatMax), box),
            BundleState::merge,
            BundleState::toByteArray,
            BundleState::fromByteArray);
    BundleScorer scorer = new BundleScorer(json, o);
    return new CemAggregator<Row, BundleState, Row>(
        "cem_bundle",
        family,
        (acc, row) ->
            acc.add(row, Scale.of(csatName, csatMin, csatMax), o.invalidValues()),
        (acc, rejected) -> scorer.score(acc),
        Encoders.row(CemSchemas.BUNDLE),
        o.invalidValues(),
        true);
  }

  /** Compiles the bundle once per deserialised instance (per executor task), never on the wire. */
  private static final class BundleScorer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String json;
    private final CemSparkOptions options;
    private transient MetricBundle bundle;

    BundleScorer(String json, CemSparkOptions options) {
      this.json = json;
      this.options = options;
    }

    Row score(BundleState state) {
      if (bundle == null) {
        bundle = MetricBundle.fromJson(json);
      }
      var estimates =
          state.estimates(
              options.confidence(), options.npsInterval(), options.proportionInterval());
      return Rows.bundle(bundle.score(estimates), state.rejected());
    }
  }

  // -----------------------------------------------------------------------------------------------
  // The table of functions

  /** One aggregate: its family, input encoder, how to add an input, how to build the result. */
  private static final class Spec<I, A> {
    final String name;
    final Family<A> family;
    final Encoder<I> input;
    final Fn.Add<A, I> add;
    final Fn.Finish<A, Row> finish;
    final StructType schema;

    Spec(
        String name,
        Family<A> family,
        Encoder<I> input,
        Fn.Add<A, I> add,
        Fn.Finish<A, Row> finish,
        StructType schema) {
      this.name = name;
      this.family = family;
      this.input = input;
      this.add = add;
      this.finish = finish;
      this.schema = schema;
    }
  }

  private static Map<String, Spec<?, ?>> specs(CemSparkOptions o) {
    Family<NpsAccumulator> npsFamily =
        new Family<>(
            "nps",
            NpsAccumulator::create,
            NpsAccumulator::merge,
            NpsAccumulator::toByteArray,
            NpsAccumulator::fromByteArray);
    String csatName = o.csatScale().name();
    int csatMin = o.csatScale().min();
    int csatMax = o.csatScale().max();
    int box = o.csatBox();
    Family<ProportionAccumulator> topBox =
        proportionFamily(
            () -> ProportionAccumulator.topBox(Scale.of(csatName, csatMin, csatMax), box));
    Family<ProportionAccumulator> binary = proportionFamily(ProportionAccumulator::binary);
    Family<MomentsAccumulator> anyMoments = momentsFamily(MomentsAccumulator::create);
    Family<MomentsAccumulator> cesMoments =
        momentsFamily(() -> MomentsAccumulator.forScale(Scale.CES));
    Family<MomentsAccumulator> csatMoments =
        momentsFamily(() -> MomentsAccumulator.forScale(Scale.of(csatName, csatMin, csatMax)));
    Family<DurationAccumulator> durations =
        new Family<>(
            "duration",
            DurationAccumulator::create,
            DurationAccumulator::merge,
            DurationAccumulator::toByteArray,
            DurationAccumulator::fromByteArray);

    double conf = o.confidence();
    var npsMethod = o.npsInterval();
    var pMethod = o.proportionInterval();
    Fn.Finish<NpsAccumulator, Row> npsResult =
        (acc, rejected) -> Rows.nps(acc.snapshot(npsMethod, conf), rejected);
    Fn.Finish<ProportionAccumulator, Row> proportionResult =
        (acc, rejected) -> Rows.proportion(acc.snapshot(pMethod, conf), rejected);
    Fn.Finish<MomentsAccumulator, Row> meanResult =
        (acc, rejected) -> Rows.mean(acc.snapshot(conf), rejected);
    Fn.Finish<DurationAccumulator, Row> durationResult =
        (acc, rejected) -> Rows.duration(acc.snapshot(conf, pMethod), rejected);

    Encoder<Double> number = Encoders.DOUBLE();
    Encoder<Tuple2<Double, Double>> pair = Encoders.tuple(Encoders.DOUBLE(), Encoders.DOUBLE());
    Map<String, Spec<?, ?>> m = new LinkedHashMap<>();
    put(m, new Spec<>("cem_nps", npsFamily, number,
        (acc, x) -> acc.add(Inputs.score(x, Scale.NPS)), npsResult, CemSchemas.NPS));
    put(m, new Spec<>("cem_csat", topBox, number,
        (acc, x) -> acc.add(Inputs.score(x, Scale.of(csatName, csatMin, csatMax))),
        proportionResult, CemSchemas.PROPORTION));
    put(m, new Spec<>("cem_fcr", binary, number,
        (acc, x) -> acc.add(Inputs.flag(x, "fcr")), proportionResult, CemSchemas.PROPORTION));
    put(m, new Spec<Boolean, ProportionAccumulator>("cem_rate", binary, Encoders.BOOLEAN(),
        (acc, b) -> acc.add(b.booleanValue()), proportionResult, CemSchemas.PROPORTION));
    put(m, new Spec<>("cem_sla", binary, pair,
        (acc, t) -> {
          long[] pairMillis = Inputs.pair(t._1(), t._2());
          if (pairMillis[0] >= 0 && pairMillis[1] >= 0) {
            acc.add(pairMillis[0] <= pairMillis[1]);
          }
        },
        proportionResult, CemSchemas.PROPORTION));
    put(m, new Spec<>("cem_mean", anyMoments, number, MomentsAccumulator::add, meanResult,
        CemSchemas.MEAN));
    put(m, new Spec<>("cem_ces", cesMoments, number, MomentsAccumulator::add, meanResult,
        CemSchemas.MEAN));
    put(m, new Spec<>("cem_csat_mean", csatMoments, number, MomentsAccumulator::add, meanResult,
        CemSchemas.MEAN));
    put(m, new Spec<>("cem_duration", durations, number,
        (acc, s) -> acc.addMillis(Inputs.millis(s, "seconds")), durationResult,
        CemSchemas.DURATION));
    put(m, new Spec<>("cem_duration_sla", durations, pair,
        (acc, t) -> {
          long[] pairMillis = Inputs.pair(t._1(), t._2());
          if (pairMillis[0] >= 0) {
            if (pairMillis[1] >= 0) {
              acc.addMillis(pairMillis[0], pairMillis[1]);
            } else {
              acc.addMillis(pairMillis[0]);
            }
          }
        },
        durationResult, CemSchemas.DURATION));
    return m;
  }

  private static void put(Map<String, Spec<?, ?>> m, Spec<?, ?> spec) {
    m.put(spec.name, spec);
  }

  private static Family<ProportionAccumulator> proportionFamily(
      Fn.Create<ProportionAccumulator> create) {
    return new Family<>(
        "proportion",
        create,
        ProportionAccumulator::merge,
        ProportionAccumulator::toByteArray,
        ProportionAccumulator::fromByteArray);
  }

  private static Family<MomentsAccumulator> momentsFamily(Fn.Create<MomentsAccumulator> create) {
    return new Family<>(
        "moments",
        create,
        MomentsAccumulator::merge,
        MomentsAccumulator::toByteArray,
        MomentsAccumulator::fromByteArray);
  }

  private Spec<?, ?> spec(String name) {
    Spec<?, ?> spec = specs.get(name);
    if (spec == null) {
      throw new CemArgumentException(
          String.format(
              Locale.ROOT,
              "function '%s' is not a cem aggregate; known: %s (each also with _state, _merge"
                  + " and _from_state)",
              name,
              specs.keySet()));
    }
    return spec;
  }

  private static String stem(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  private <I, A> Aggregator<I, ?, Row> valueAggregator(Spec<I, A> s) {
    return new CemAggregator<>(
        s.name, s.family, s.add, s.finish, Encoders.row(s.schema), options.invalidValues(), true);
  }

  private <I, A> UserDefinedFunction valueUdaf(Spec<I, A> s) {
    return functions.udaf(valueAggregator(s), s.input);
  }

  private <I, A> Aggregator<I, ?, byte[]> stateAggregator(Spec<I, A> s, String name) {
    Family<A> family = s.family;
    return new CemAggregator<I, A, byte[]>(
        name, family, s.add, (acc, rejected) -> family.encode(acc), Encoders.BINARY(),
        options.invalidValues(), true);
  }

  private <I, A> UserDefinedFunction stateUdaf(Spec<I, A> s, String name) {
    return functions.udaf(stateAggregator(s, name), s.input);
  }

  private <I, A> Aggregator<byte[], ?, byte[]> mergeAggregator(Spec<I, A> s, String name) {
    Family<A> family = s.family;
    return new CemAggregator<byte[], A, byte[]>(
        name,
        family,
        (acc, image) -> family.merge(acc, family.decode(image)),
        (acc, rejected) -> family.encode(acc),
        Encoders.BINARY(),
        options.invalidValues(),
        false);
  }

  private <I, A> UserDefinedFunction mergeUdaf(Spec<I, A> s, String name) {
    return functions.udaf(mergeAggregator(s, name), Encoders.BINARY());
  }

  private static <I, A> UserDefinedFunction fromStateUdf(Spec<I, A> s) {
    Family<A> family = s.family;
    Fn.Finish<A, Row> finish = s.finish;
    UDF1<byte[], Row> f = image -> image == null ? null : finish.finish(family.decode(image), null);
    return functions.udf(f, s.schema);
  }
}
