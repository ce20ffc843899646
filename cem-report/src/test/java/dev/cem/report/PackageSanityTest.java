package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cem.metrics.Estimate;
import dev.cem.report.svg.SvgCharts;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public constructor and static factory of the API rejects a null argument with a {@link
 * NullPointerException}, except where the parameter is {@code @Nullable}.
 */
class PackageSanityTest {

  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "x"),
      Map.entry(double.class, 1.0),
      Map.entry(int.class, 1),
      Map.entry(long.class, 1L),
      Map.entry(List.class, List.of()),
      Map.entry(String[].class, new String[0]),
      Map.entry(OptionalDouble.class, OptionalDouble.empty()),
      Map.entry(Estimate.class, ReportTesting.NPS_ALL),
      Map.entry(Status.class, Status.GREEN),
      Map.entry(Instant.class, ReportTesting.GENERATED_AT),
      Map.entry(Path.class, Path.of(System.getProperty("java.io.tmpdir"), "cem-sanity-unused")),
      Map.entry(Set.class, Set.of()),
      Map.entry(Report.class, Report.of("r", List.of())),
      Map.entry(MaturitySection.Stage.class, MaturitySection.Stage.of(1, "s", "")),
      Map.entry(QuadrantSection.Names.class, QuadrantSection.Names.DEFAULT),
      Map.entry(MaturitySection.class, ReportTesting.maturity()),
      Map.entry(TrendSection.class, ReportTesting.trend()),
      Map.entry(BundleSection.class, ReportTesting.bundle()),
      Map.entry(QuadrantSection.class, ReportTesting.quadrant()),
      Map.entry(ReportRenderer.class, new MarkdownReportRenderer()));

  private static final List<Class<?>> API = List.of(
      Report.class, Scorecard.class, Scorecard.Row.class, BundleSection.class,
      BundleSection.Component.class, TrendSection.class, TrendSection.Series.class,
      TrendSection.Point.class, TrendSection.Threshold.class, MaturitySection.class,
      MaturitySection.Stage.class, MaturitySection.Dimension.class,
      MaturitySection.Blocker.class, MaturitySection.Recommendation.class,
      QuadrantSection.class, QuadrantSection.Point.class, QuadrantSection.Names.class,
      TableSection.class, TextSection.class, SvgCharts.class, ReportFiles.class,
      ReportFormat.class);

  static Stream<Executable> data_factories() {
    List<Executable> out = new ArrayList<>();
    for (Class<?> c : API) {
      for (Constructor<?> k : c.getConstructors()) {
        out.add(k);
      }
      for (Method m : c.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c) {
          out.add(m);
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_factories")
  void factory_nullForNonNullableParameter_throwsNullPointerException(Executable e)
      throws Exception {
    Parameter[] params = e.getParameters();
    int checked = 0;
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      if (p.getType().isPrimitive() || p.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        continue;
      }
      Object[] args = new Object[params.length];
      for (int j = 0; j < params.length; j++) {
        Object sample = SAMPLES.get(params[j].getType());
        if (sample == null) {
          fail("no sample value for %s in %s", params[j].getType(), e);
        }
        args[j] = j == i ? null : sample;
      }
      try {
        if (e instanceof Constructor<?> k) {
          k.newInstance(args);
        } else {
          ((Method) e).invoke(null, args);
        }
        fail("%s accepted null for parameter %d (%s)", e, i, p.getType().getSimpleName());
      } catch (InvocationTargetException thrown) {
        assertThat(thrown.getCause()).as("%s, parameter %d", e, i)
            .isInstanceOf(NullPointerException.class);
      }
      checked++;
    }
    assertThat(checked + countNullableOrPrimitive(params)).isEqualTo(params.length);
  }

  private static int countNullableOrPrimitive(Parameter[] params) {
    int n = 0;
    for (Parameter p : params) {
      if (p.getType().isPrimitive() || p.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        n++;
      }
    }
    return n;
  }
}
