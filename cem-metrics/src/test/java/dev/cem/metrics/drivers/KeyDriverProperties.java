package dev.cem.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.core.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class KeyDriverProperties {

  /** Correlated 1..7 ratings: each driver shares a common factor with weight {@code shared}. */
  private static DriverDataset correlated(long seed, int p, int n, OutcomeKind kind) {
    Random random = new Random(seed);
    double shared = random.nextDouble();
    double[] effects = new double[p];
    List<String> names = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      effects[j] = random.nextGaussian();
      names.add("d" + j);
    }
    DriverDataset data = DriverDataset.create(names, Scale.LIKERT_7, kind);
    for (int i = 0; i < n; i++) {
      double common = random.nextGaussian();
      double[] x = new double[p];
      double y = random.nextGaussian();
      for (int j = 0; j < p; j++) {
        x[j] = Math.max(1, Math.min(7, Math.round(4 + 1.5 * (shared * common + random.nextGaussian()))));
        y += effects[j] * x[j];
      }
      data.add(kind == OutcomeKind.BINARY ? (y > 0 ? 1 : 0) : y, x);
    }
    return data;
  }

  @Property(tries = 60)
  void analyse_relativeWeights_sumToOlsRSquaredAndAreNonNegative(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 2, max = 6) int p,
      @ForAll @IntRange(min = 30, max = 300) int n) {
    DriverDataset data = correlated(seed, p, n, OutcomeKind.SCALE);
    DriverReport report = KeyDriverAnalysis.create().analyse(data);
    double[][] x = new double[p][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = data.outcome(i);
      for (int j = 0; j < p; j++) {
        x[j][i] = data.rating(j, i);
      }
    }
    double r2 = DriverTesting.olsRSquared(x, y);
    // undefined only for a constant (degenerate) column, which the clamped generator can produce
    Assume.that(!Double.isNaN(report.rSquared()));
    assertThat(report.rSquared()).as("seed %d", seed).isCloseTo(r2, within(1e-8));
    for (DriverResult d : report.drivers()) {
      assertThat(d.relativeWeight()).as("seed %d %s", seed, d.name()).isGreaterThanOrEqualTo(-1e-12);
      assertThat(d.relativeWeight()).isLessThanOrEqualTo(report.rSquared() + 1e-12);
    }
    for (int j = 0; j < p; j++) {
      assertThat(report.drivers().get(j).importance().value())
          .isCloseTo(DriverTesting.naivePearson(x[j], y), within(1e-9));
    }
  }

  @Property(tries = 30)
  void analyse_affineOutcome_sameImportance(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 2, max = 4) int p) {
    DriverDataset data = correlated(seed, p, 80, OutcomeKind.SCALE);
    DriverDataset scaled = DriverDataset.create(data.drivers(), Scale.LIKERT_7, OutcomeKind.SCALE);
    for (int i = 0; i < data.size(); i++) {
      double[] x = new double[p];
      for (int j = 0; j < p; j++) {
        x[j] = data.rating(j, i);
      }
      scaled.add(3 * data.outcome(i) - 7, x);
    }
    DriverReport a = KeyDriverAnalysis.create().analyse(data);
    DriverReport b = KeyDriverAnalysis.create().analyse(scaled);
    for (int j = 0; j < p; j++) {
      assertThat(b.drivers().get(j).importance().value())
          .isCloseTo(a.drivers().get(j).importance().value(), within(1e-9));
      assertThat(b.drivers().get(j).quadrant()).isEqualTo(a.drivers().get(j).quadrant());
    }
    assertThat(b.rSquared()).isCloseTo(a.rSquared(), within(1e-9));
  }
}
