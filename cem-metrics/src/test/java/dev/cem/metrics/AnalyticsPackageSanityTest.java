package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cem.core.CustomerId;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyMap;
import dev.cem.core.Outcome;
import dev.cem.core.Scale;
import dev.cem.metrics.account.AccountContact;
import dev.cem.metrics.account.ContactBreadth;
import dev.cem.metrics.account.ContactPlan;
import dev.cem.metrics.account.ContactStrategy;
import dev.cem.metrics.account.Holding;
import dev.cem.metrics.account.ProductHoldings;
import dev.cem.metrics.account.ShareOfWallet;
import dev.cem.metrics.account.WalletEntry;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.bundle.Normalisation;
import dev.cem.metrics.drivers.DriverDataset;
import dev.cem.metrics.drivers.ImportanceMeasure;
import dev.cem.metrics.drivers.KeyDriverAnalysis;
import dev.cem.metrics.drivers.OutcomeKind;
import dev.cem.metrics.drivers.QuadrantSplit;
import dev.cem.metrics.journey.GapRule;
import dev.cem.metrics.journey.JourneyAnalytics;
import dev.cem.metrics.journey.JourneyTesting;
import dev.cem.metrics.process.PhaseCoverage;
import dev.cem.metrics.process.ProactiveCare;
import dev.cem.metrics.trend.Alerts;
import dev.cem.metrics.trend.Granularity;
import dev.cem.metrics.trend.Period;
import dev.cem.metrics.trend.TrendSeries;
import dev.cem.metrics.trend.Trends;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of the analytics packages' entry points rejects a null reference argument
 * with a {@link NullPointerException} naming it, as Guava's NullPointerTester would check.
 */
class AnalyticsPackageSanityTest {
  private static final Map<Class<?>, Object> SAMPLES = new HashMap<>();

  static {
    Instant t0 = JourneyTesting.T0;
    SAMPLES.put(String.class, "x");
    SAMPLES.put(Iterable.class, List.of());
    SAMPLES.put(List.class, List.of("x"));
    SAMPLES.put(Collection.class, List.of());
    SAMPLES.put(Map.class, Map.of());
    SAMPLES.put(Duration.class, Duration.ofHours(1));
    SAMPLES.put(Instant.class, t0);
    SAMPLES.put(LocalDate.class, LocalDate.of(2026, 3, 2));
    SAMPLES.put(ZoneId.class, ZoneId.of("UTC"));
    SAMPLES.put(Granularity.class, Granularity.DAY);
    SAMPLES.put(Period.class, Period.containing(LocalDate.of(2026, 3, 2), Granularity.DAY));
    SAMPLES.put(Scale.class, Scale.CSAT);
    SAMPLES.put(OutcomeKind.class, OutcomeKind.SCALE);
    SAMPLES.put(OptionalInt.class, OptionalInt.empty());
    SAMPLES.put(Optional.class, Optional.empty());
    SAMPLES.put(CustomerId.class, CustomerId.of("x"));
    SAMPLES.put(JourneyMap.class, JourneyTesting.MOVE_MAP);
    SAMPLES.put(GapRule.class, GapRule.DEFAULT);
    SAMPLES.put(QuadrantSplit.class, QuadrantSplit.means());
    SAMPLES.put(ImportanceMeasure.class, ImportanceMeasure.CORRELATION);
    SAMPLES.put(DriverDataset.class, DriverDataset.create(List.of("x"), Scale.CSAT, OutcomeKind.SCALE));
    SAMPLES.put(Journey.class, JourneyTesting.J1);
    SAMPLES.put(Interaction.class, JourneyTesting.J1.first());
    SAMPLES.put(Outcome.class, Outcome.RESOLVED);
    SAMPLES.put(Function.class, (Function<Object, Object>) x -> t0);
    SAMPLES.put(BiFunction.class, (BiFunction<Object, Object, Object>) (a, b) -> Optional.empty());
    SAMPLES.put(Predicate.class, (Predicate<Object>) x -> true);
    SAMPLES.put(Supplier.class, (Supplier<Object>) MomentsAccumulator::create);
    SAMPLES.put(BiConsumer.class, (BiConsumer<Object, Object>) (a, b) -> {});
    SAMPLES.put(ToDoubleFunction.class, (ToDoubleFunction<Object>) x -> 1);
    SAMPLES.put(
        MetricBundle.class,
        MetricBundle.builder("b").component("fcr", 1, Normalisation.identity()).build());
    SAMPLES.put(TrendSeries.class, TrendSeries.of(Granularity.DAY, ZoneId.of("UTC"), Map.of()));
  }

  /** The entry points, and an instance for their instance methods (null: static only). */
  static Stream<Object[]> entryPoints() {
    return Stream.of(
        new Object[] {JourneyAnalytics.class, JourneyAnalytics.create()},
        new Object[] {KeyDriverAnalysis.class, KeyDriverAnalysis.create()},
        new Object[] {DriverDataset.class, null},
        new Object[] {PhaseCoverage.class, null},
        new Object[] {ProactiveCare.class, null},
        new Object[] {Period.class, SAMPLES.get(Period.class)},
        new Object[] {TrendSeries.class, SAMPLES.get(TrendSeries.class)},
        new Object[] {Trends.class, null},
        new Object[] {Alerts.class, null},
        new Object[] {Holding.class, null},
        new Object[] {ProductHoldings.class, ProductHoldings.of(List.of())},
        new Object[] {WalletEntry.class, null},
        new Object[] {ShareOfWallet.class, null},
        new Object[] {ContactPlan.class, null},
        new Object[] {ContactStrategy.class, null},
        new Object[] {AccountContact.class, null},
        new Object[] {ContactBreadth.class, null});
  }

  @ParameterizedTest
  @MethodSource("entryPoints")
  void publicMethods_nullArgument_throwNullPointerException(Class<?> type, Object instance)
      throws Exception {
    int checked = 0;
    for (Method method : type.getDeclaredMethods()) {
      boolean isStatic = Modifier.isStatic(method.getModifiers());
      if (!Modifier.isPublic(method.getModifiers())
          || method.isSynthetic()
          || method.getName().equals("equals")
          || (!isStatic && instance == null)) {
        continue;
      }
      Class<?>[] params = method.getParameterTypes();
      for (int i = 0; i < params.length; i++) {
        if (params[i].isPrimitive() || params[i].isArray()) {
          continue;
        }
        Object[] args = arguments(method);
        args[i] = null;
        try {
          method.invoke(isStatic ? null : instance, args);
          fail("%s accepted null for parameter %d", method, i);
        } catch (InvocationTargetException e) {
          assertThat(e.getCause())
              .as("%s with null parameter %d", method, i)
              .isInstanceOf(NullPointerException.class);
        }
        checked++;
      }
    }
    assertThat(checked).as("null checks in %s", type).isPositive();
  }

  private static Object[] arguments(Method method) {
    Class<?>[] params = method.getParameterTypes();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Class<?> p = params[i];
      if (p == int.class) {
        args[i] = 1;
      } else if (p == long.class) {
        args[i] = 1L;
      } else if (p == double.class) {
        args[i] = 0.5;
      } else if (p == boolean.class) {
        args[i] = false;
      } else if (p == double[].class) {
        args[i] = new double[] {1};
      } else if (SAMPLES.containsKey(p)) {
        args[i] = SAMPLES.get(p);
      } else {
        throw new AssertionError("no sample for " + p + " in " + method);
      }
    }
    return args;
  }
}
