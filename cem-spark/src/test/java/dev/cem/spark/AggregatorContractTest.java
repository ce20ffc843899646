package dev.cem.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.Scale;
import dev.cem.metrics.AccumulatorContracts;
import dev.cem.metrics.InvalidRowPolicy;
import dev.cem.spark.internal.AccumulatorBuffer;
import dev.cem.spark.internal.BundleState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.expressions.Aggregator;
import org.junit.jupiter.api.Test;

/**
 * The aggregators outside Spark, with the cem-metrics contract kit: any split of the rows into
 * buffers, merged in any order, finishes to the sequential result; buffers survive the bean
 * round trip (image out, image in) and Java serialisation (Spark ships aggregators to executors).
 */
class AggregatorContractTest {
  private static final long SEED = 42;

  @SuppressWarnings("unchecked")
  private static <I> Aggregator<I, AccumulatorBuffer, Row> agg(String name) {
    return (Aggregator<I, AccumulatorBuffer, Row>) CemFunctions.defaults().aggregator(name);
  }

  /** The result with its schema, so that fields read by name as they do out of Spark. */
  private static <I> Row finish(Aggregator<I, AccumulatorBuffer, Row> a, AccumulatorBuffer b) {
    Row r = a.finish(b);
    Object[] values = new Object[r.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.get(i);
    }
    return new GenericRowWithSchema(values, a.outputEncoder().schema());
  }

  /** Scores with nulls and invalid values mixed in; seeded. */
  private static List<Double> scores(int n, int max) {
    Random random = new Random(SEED);
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(100);
      out.add(k < 5 ? null : k < 8 ? (double) (max + 1 + k) : (double) random.nextInt(max + 1));
    }
    return out;
  }

  private static <I> void assertSplitInvariant(String name, List<I> inputs) {
    Aggregator<I, AccumulatorBuffer, Row> a = agg(name);
    Row sequential =
        finish(a, AccumulatorContracts.sequential(inputs, a::zero, (b, x) -> a.reduce(b, x)));
    for (int parts : new int[] {2, 5, 17}) {
      AccumulatorBuffer merged =
          AccumulatorContracts.splitAndMerge(
              inputs, parts, SEED + parts, a::zero, (b, x) -> a.reduce(b, x), a::merge);
      assertThat(finish(a, merged)).as(name + " split in " + parts).isEqualTo(sequential);
    }
    assertThat((Long) sequential.getAs("rejected")).as(name + " rejected").isPositive();
  }

  @Test
  void nps_anySplit_sameResult() {
    assertSplitInvariant("cem_nps", scores(5_000, 10));
  }

  @Test
  void csat_anySplit_sameResult() {
    assertSplitInvariant("cem_csat", scores(5_000, 5));
  }

  @Test
  void durationSla_anySplit_sameCountsAndPercentiles() {
    Random random = new Random(SEED);
    List<scala.Tuple2<Double, Double>> in = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      double res = random.nextInt(50) == 0 ? -1 : random.nextInt(100_000);
      Double target = random.nextBoolean() ? null : (double) random.nextInt(50_000);
      in.add(new scala.Tuple2<>(res, target));
    }
    Aggregator<scala.Tuple2<Double, Double>, AccumulatorBuffer, Row> a = agg("cem_duration_sla");
    Row seq = finish(a, AccumulatorContracts.sequential(in, a::zero, (b, x) -> a.reduce(b, x)));
    Row split =
        finish(a, AccumulatorContracts.splitAndMerge(in, 7, SEED, a::zero, (b, x) -> a.reduce(b, x),
            a::merge));
    for (String exact : List.of("n", "rejected")) {
      assertThat((Long) split.getAs(exact)).as(exact).isEqualTo(seq.<Long>getAs(exact));
    }
    for (String close : List.of("value", "standardError", "p50", "p90", "p99", "min", "max")) {
      Expect.close(split, close, seq.<Double>getAs(close), "durations");
    }
    assertThat(split.<Row>getAs("slaAttainment")).isEqualTo(seq.<Row>getAs("slaAttainment"));
  }

  @Test
  void buffer_beanRoundTrip_keepsAccumulatorAndRejections() {
    Aggregator<Double, AccumulatorBuffer, Row> a = agg("cem_ces");
    AccumulatorBuffer b = a.zero();
    for (Double x : scores(1_000, 7)) {
      a.reduce(b, x);
    }
    AccumulatorBuffer copy = new AccumulatorBuffer();
    copy.setImage(b.getImage());
    copy.setRejected(b.getRejected());
    assertThat(finish(a, copy)).isEqualTo(finish(a, b));
    assertThat(copy.getImage()).isEqualTo(b.getImage());
  }

  @Test
  void aggregator_javaSerialisable() throws IOException, ClassNotFoundException {
    Aggregator<Double, AccumulatorBuffer, Row> a = agg("cem_nps");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    @SuppressWarnings("unchecked")
    Aggregator<Double, AccumulatorBuffer, Row> back =
        (Aggregator<Double, AccumulatorBuffer, Row>)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    AccumulatorBuffer b = back.zero();
    back.reduce(b, 10.0);
    back.reduce(b, 0.0);
    back.reduce(b, 42.0);
    Row r = finish(back, b);
    assertThat((Long) r.getAs("promoters")).isEqualTo(1);
    assertThat((Long) r.getAs("detractors")).isEqualTo(1);
    assertThat((Long) r.getAs("rejected")).isEqualTo(1);
  }

  private static Row bundleRow(Random random) {
    Object[] v = new Object[6];
    v[0] = random.nextInt(10) == 0 ? null : (double) random.nextInt(12);
    v[1] = random.nextInt(10) == 0 ? null : (double) random.nextInt(7);
    v[2] = (double) (1 + random.nextInt(8));
    v[3] = random.nextInt(5) == 0 ? null : (double) random.nextInt(3);
    v[4] = random.nextInt(30) == 0 ? -2.0 : (double) random.nextInt(90_000);
    v[5] = random.nextInt(3) == 0 ? null : (double) random.nextInt(40_000);
    return RowFactory.create(v);
  }

  @Test
  void bundleState_splitMergeAndRoundTrip() {
    Random random = new Random(SEED);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      rows.add(bundleRow(random));
    }
    Scale csat = Scale.CSAT;
    BundleState seq =
        AccumulatorContracts.sequential(
            rows, () -> BundleState.create(csat, 2),
            (s, r) -> s.add(r, csat, InvalidRowPolicy.SKIP_AND_COUNT));
    BundleState split =
        AccumulatorContracts.splitAndMerge(
            rows, 6, SEED, () -> BundleState.create(csat, 2),
            (s, r) -> s.add(r, csat, InvalidRowPolicy.SKIP_AND_COUNT), BundleState::merge);
    assertThat(split.rejected()).isEqualTo(seq.rejected());
    assertThat(seq.rejected()[0]).as("nps 11 rejected").isPositive();
    assertThat(seq.estimates(0.95, dev.cem.metrics.NpsInterval.ADJUSTED_WALD,
            dev.cem.metrics.ProportionInterval.WILSON).get("nps"))
        .isEqualTo(split.estimates(0.95, dev.cem.metrics.NpsInterval.ADJUSTED_WALD,
            dev.cem.metrics.ProportionInterval.WILSON).get("nps"));
    AccumulatorContracts.assertRoundTrip(
        seq, BundleState::toByteArray, BundleState::fromByteArray, s -> List.of(
            s.rejected().length, java.util.Arrays.toString(s.rejected()),
            s.estimates(0.95, dev.cem.metrics.NpsInterval.ADJUSTED_WALD,
                dev.cem.metrics.ProportionInterval.WILSON)));
  }

  @Test
  void bundleState_garbage_failsWithFormatMessage() {
    assertThatThrownBy(() -> BundleState.fromByteArray(new byte[] {'C', 'E', 'M', 'B', 9}))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith("not a cem bundle state image");
    byte[] image = BundleState.create(Scale.CSAT, 2).toByteArray();
    image[4] = 2;
    assertThatThrownBy(() -> BundleState.fromByteArray(image))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void strictBundle_failsOnFirstInvalidValue() {
    BundleState s = BundleState.create(Scale.CSAT, 2);
    Row bad = RowFactory.create(null, 9.0, null, null, null, null);
    assertThatThrownBy(() -> s.add(bad, Scale.CSAT, InvalidRowPolicy.FAIL))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("csat score (9.0) must be an integer between 1 and 5");
  }

  @Test
  void unknownFunction_listsKnownOnes() {
    assertThatThrownBy(() -> CemFunctions.defaults().udaf("cem_npss"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("'cem_npss'")
        .hasMessageContaining("cem_nps");
  }

  @Test
  void relativeBundle_rejectedWithAdvice() {
    String json =
        "{\"schemaVersion\": 1, \"name\": \"rel\", \"missingPolicy\": \"REWEIGHT\","
            + " \"components\": [{\"metric\": \"nps\", \"weight\": 1, \"normalisation\": \"MIN_MAX\"}]}";
    assertThatThrownBy(() -> CemFunctions.defaults().bundle(json))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("scores each group on its own")
        .hasMessageContaining("MIN_MAX");
  }

  @Test
  void options_csatBoxAndConfidence() {
    CemSparkOptions o = CemSparkOptions.defaults().withCsat(Scale.LIKERT_7, 3).withConfidence(0.9);
    Aggregator<Double, AccumulatorBuffer, Row> a =
        (Aggregator<Double, AccumulatorBuffer, Row>) CemFunctions.with(o).aggregator("cem_csat");
    AccumulatorBuffer b = a.zero();
    for (double x : new double[] {7, 6, 5, 4, 1}) {
      a.reduce(b, x);
    }
    Row r = finish(a, b);
    // top-3-box of 1..7 is 5, 6 and 7: three of five
    assertThat((Long) r.getAs("successes")).isEqualTo(3);
    assertThat((Long) r.getAs("trials")).isEqualTo(5);
    assertThat((Double) r.getAs("confidence")).isEqualTo(0.9);
    assertThatThrownBy(() -> o.withConfidence(1.0))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("confidence (1.0)");
    assertThat(o).isEqualTo(CemSparkOptions.defaults().withConfidence(0.9).withCsat(Scale.LIKERT_7, 3));
  }
}
