package dev.cem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.metrics.DurationResult;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionResult;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.ComponentScore;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Compares result structs (read by field name) with library results: counts exactly, other
 * numbers within 1e-12 relative, null where the library has NaN.
 */
final class Expect {
  static final double RELATIVE = 1e-12;

  private Expect() {}

  static void close(Row row, String field, double expected, String what) {
    Double actual = row.getAs(field);
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what + "." + field + " (NaN in the library)").isNull();
      return;
    }
    assertThat(actual).as(what + "." + field).isNotNull();
    double tolerance = RELATIVE * Math.max(Math.abs(expected), Double.MIN_NORMAL);
    assertThat(actual.doubleValue())
        .as(what + "." + field)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
  }

  static void count(Row row, String field, long expected, String what) {
    assertThat((Long) row.getAs(field)).as(what + "." + field).isEqualTo(expected);
  }

  static void estimate(Row row, Estimate e, String what) {
    close(row, "value", e.value(), what);
    close(row, "standardError", e.standardError(), what);
    close(row, "lower", e.lower(), what);
    close(row, "upper", e.upper(), what);
    assertThat((Double) row.getAs("confidence")).as(what + ".confidence").isEqualTo(e.confidence());
    count(row, "n", e.n(), what);
    assertThat((String) row.getAs("method")).as(what + ".method").isEqualTo(e.method());
    assertThat((String) row.getAs("reliability"))
        .as(what + ".reliability")
        .isEqualTo(e.reliability().name());
  }

  static void nps(Row row, NpsResult r, String what) {
    estimate(row, r.estimate(), what);
    count(row, "promoters", r.promoters(), what);
    count(row, "passives", r.passives(), what);
    count(row, "detractors", r.detractors(), what);
  }

  static void proportion(Row row, ProportionResult r, String what) {
    estimate(row, r.estimate(), what);
    count(row, "successes", r.successes(), what);
    count(row, "trials", r.trials(), what);
  }

  static void mean(Row row, MeanResult r, String what) {
    estimate(row, r.estimate(), what);
    close(row, "variance", r.variance(), what);
    close(row, "min", r.min(), what);
    close(row, "max", r.max(), what);
  }

  static void duration(Row row, DurationResult r, String what) {
    estimate(row, r.meanEstimate(), what);
    close(row, "variance", r.mean().variance(), what);
    close(row, "min", r.mean().min(), what);
    close(row, "max", r.mean().max(), what);
    close(row, "p50", r.p50Seconds(), what);
    close(row, "p90", r.p90Seconds(), what);
    close(row, "p99", r.p99Seconds(), what);
    proportion(row.getAs("slaAttainment"), r.slaAttainment(), what + ".slaAttainment");
  }

  static void bundle(Row row, BundleScore s, String what) {
    close(row, "value", s.value(), what);
    close(row, "standardError", s.standardError(), what);
    close(row, "lower", s.lower(), what);
    close(row, "upper", s.upper(), what);
    close(row, "coverage", s.coverage(), what);
    assertThat((String) row.getAs("status")).as(what + ".status").isEqualTo(s.status().name());
    List<Row> components = row.getList(row.fieldIndex("components"));
    assertThat(components).as(what + ".components").hasSize(s.components().size());
    for (int i = 0; i < components.size(); i++) {
      Row c = components.get(i);
      ComponentScore e = s.components().get(i);
      String w = what + "." + e.metricId();
      assertThat((String) c.getAs("metric")).as(w).isEqualTo(e.metricId());
      assertThat((Boolean) c.getAs("present")).as(w + ".present").isEqualTo(e.present());
      count(c, "n", e.input().n(), w);
      close(c, "value", e.input().value(), w);
      close(c, "normalisedValue", e.normalised(), w);
      close(c, "share", e.effectiveWeight(), w);
      close(c, "contribution", e.contribution(), w);
      assertThat((String) c.getAs("status")).as(w + ".status").isEqualTo(e.status().name());
    }
  }
}
