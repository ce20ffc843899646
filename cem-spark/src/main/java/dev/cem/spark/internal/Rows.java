package dev.cem.spark.internal;

import dev.cem.metrics.DurationResult;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.ComponentScore;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Library results as rows of the {@code CemSchemas} struct types, field for field in schema
 * order. NaN becomes null, as in the CLI's JSON.
 */
public final class Rows {
  private Rows() {}

  static @Nullable Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static Object[] estimate(Estimate e, int extra) {
    Object[] v = new Object[8 + extra];
    v[0] = number(e.value());
    v[1] = number(e.standardError());
    v[2] = number(e.lower());
    v[3] = number(e.upper());
    v[4] = e.confidence();
    v[5] = e.n();
    v[6] = e.method();
    v[7] = e.reliability().name();
    return v;
  }

  /** An NPS row. */
  public static Row nps(NpsResult r, @Nullable Long rejected) {
    Object[] v = estimate(r.estimate(), 4);
    v[8] = r.promoters();
    v[9] = r.passives();
    v[10] = r.detractors();
    v[11] = rejected;
    return RowFactory.create(v);
  }

  /** A proportion row, with the rejected field. */
  public static Row proportion(ProportionResult r, @Nullable Long rejected) {
    Object[] v = estimate(r.estimate(), 3);
    v[8] = r.successes();
    v[9] = r.trials();
    v[10] = rejected;
    return RowFactory.create(v);
  }

  /** A proportion row without the rejected field (nested in a duration). */
  static Row proportion(ProportionResult r) {
    Object[] v = estimate(r.estimate(), 2);
    v[8] = r.successes();
    v[9] = r.trials();
    return RowFactory.create(v);
  }

  /** A mean row. */
  public static Row mean(MeanResult r, @Nullable Long rejected) {
    Object[] v = estimate(r.estimate(), 4);
    v[8] = number(r.variance());
    v[9] = number(r.min());
    v[10] = number(r.max());
    v[11] = rejected;
    return RowFactory.create(v);
  }

  /** A duration row. */
  public static Row duration(DurationResult r, @Nullable Long rejected) {
    Object[] v = estimate(r.meanEstimate(), 8);
    v[8] = number(r.mean().variance());
    v[9] = number(r.mean().min());
    v[10] = number(r.mean().max());
    v[11] = number(r.p50Seconds());
    v[12] = number(r.p90Seconds());
    v[13] = number(r.p99Seconds());
    v[14] = proportion(r.slaAttainment());
    v[15] = rejected;
    return RowFactory.create(v);
  }

  /** A bundle row; {@code rejected} holds the six input columns' counts in input order. */
  public static Row bundle(BundleScore s, long[] rejected) {
    List<ComponentScore> cs = s.components();
    Row[] components = new Row[cs.size()];
    for (int i = 0; i < components.length; i++) {
      ComponentScore c = cs.get(i);
      components[i] =
          RowFactory.create(
              c.metricId(),
              number(c.input().value()),
              number(c.input().standardError()),
              c.input().n(),
              c.present(),
              number(c.normalised()),
              c.weight(),
              c.effectiveWeight(),
              number(c.contribution()),
              c.status().name());
    }
    Object[] rej = new Object[rejected.length];
    for (int i = 0; i < rej.length; i++) {
      rej[i] = rejected[i];
    }
    return RowFactory.create(
        number(s.value()),
        number(s.standardError()),
        number(s.lower()),
        number(s.upper()),
        s.confidence(),
        s.status().name(),
        number(s.coverage()),
        s.profile().orElse(null),
        components,
        RowFactory.create(rej));
  }
}
