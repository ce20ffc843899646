package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cem.core.json.CemJson;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor, factory and method of the public cem-core types rejects a null
 * argument with a {@link NullPointerException} that names it, before doing anything else. Like
 * Guava's {@code NullPointerTester}: each reference parameter in turn is null, the others get a
 * valid sample.
 */
class PackageSanityTests {
  private static final Interaction SAMPLE_INTERACTION =
      CoreTesting.interaction("i1", CoreTesting.ALICE, CoreTesting.HOTLINE, 0, Outcome.RESOLVED);

  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(String.class, "x"),
          Map.entry(Object.class, Scale.NPS),
          Map.entry(Class.class, Scale.class),
          Map.entry(CustomerId.class, CoreTesting.ALICE),
          Map.entry(Touchpoint.class, CoreTesting.HOTLINE),
          Map.entry(Channel.class, Channel.WEB),
          Map.entry(Department.class, Department.IT),
          Map.entry(ServicePhase.class, ServicePhase.TRANSACTION),
          Map.entry(Outcome.class, Outcome.RESOLVED),
          Map.entry(Initiator.class, Initiator.CUSTOMER),
          Map.entry(SlaMeasure.class, SlaMeasure.RESOLUTION),
          Map.entry(Subject.Kind.class, Subject.Kind.JOURNEY),
          Map.entry(Subject.class, Subject.journey("j")),
          Map.entry(Scale.class, Scale.NPS),
          Map.entry(Instant.class, CoreTesting.T0),
          Map.entry(Duration.class, Duration.ofHours(1)),
          Map.entry(ZoneId.class, ZoneId.of("UTC")),
          Map.entry(LocalDate.class, LocalDate.of(2026, 1, 1)),
          Map.entry(LocalTime.class, LocalTime.NOON),
          Map.entry(DayOfWeek.class, DayOfWeek.MONDAY),
          Map.entry(Optional.class, Optional.empty()),
          Map.entry(List.class, List.of(SAMPLE_INTERACTION)),
          Map.entry(Collection.class, List.of(SAMPLE_INTERACTION)),
          Map.entry(Iterator.class, List.of().iterator()),
          Map.entry(Map.class, Map.of()),
          Map.entry(Set.class, Set.of()),
          Map.entry(Consumer.class, (Consumer<Object>) x -> {}),
          Map.entry(java.io.Reader.class, new StringReader("{}")),
          Map.entry(Interaction.class, SAMPLE_INTERACTION),
          Map.entry(
              Response.class,
              Response.of(CoreTesting.ALICE, Subject.journey("j"), CoreTesting.T0, Scale.NPS, 5)),
          Map.entry(BusinessHours.class, BusinessHours.always(ZoneId.of("UTC"))),
          Map.entry(AssemblyReport.class, new AssemblyReport(0, 0, 0, 0, 0)),
          Map.entry(BusinessHours.Interval.class, BusinessHours.Interval.allDay()),
          Map.entry(
              Journey.class,
              Journey.of("j", CoreTesting.ALICE, "t", List.of(SAMPLE_INTERACTION))),
          Map.entry(
              JourneyAssembler.OutOfOrderPolicy.class, JourneyAssembler.OutOfOrderPolicy.FAIL),
          Map.entry(
              JourneyMap.Stage.class,
              JourneyMap.Stage.of("s", List.of("hotline"), Duration.ofHours(1))));

  /** A sample instance of each public type, for its instance methods. */
  private static final List<Object> INSTANCES =
      List.of(
          Channel.WEB,
          Department.IT,
          CustomerId.of("c"),
          Customer.of(CoreTesting.ALICE),
          CoreTesting.HOTLINE,
          SAMPLE_INTERACTION,
          Subject.journey("j"),
          SAMPLES.get(Response.class),
          BusinessHours.always(ZoneId.of("UTC")),
          Sla.of("s", SlaMeasure.RESOLUTION, Duration.ofHours(1)),
          Incident.detected("inc", CoreTesting.T0),
          Journey.of("j", CoreTesting.ALICE, "t", List.of(SAMPLE_INTERACTION)),
          JourneyMap.of("m", "t", List.of((JourneyMap.Stage) SAMPLES.get(JourneyMap.Stage.class))),
          JourneyAssembler.of(Duration.ofHours(1)),
          JourneyAssembler.of(Duration.ofHours(1)).open(j -> {}),
          Scale.NPS);

  /** Types whose public static members are checked. */
  private static final List<Class<?>> TYPES =
      List.of(
          Channel.class, Department.class, ServicePhase.class, Outcome.class, Initiator.class,
          SlaMeasure.class, Subject.Kind.class, CustomerId.class, Customer.class, Touchpoint.class,
          Interaction.class, Subject.class, Response.class, BusinessHours.class,
          BusinessHours.Interval.class, Sla.class, Incident.class, Journey.class,
          JourneyMap.class, JourneyMap.Stage.class, JourneyAssembler.class, AssemblyResult.class,
          Scale.class, CemJson.class);

  @Test
  void publicStaticMembersAndConstructors_nullArgument_throwNamedNullPointerException() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : TYPES) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
          checked += checkNulls(method, null, failures);
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        checked += checkNulls(constructor, null, failures);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void publicInstanceMethods_nullArgument_throwNamedNullPointerException() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Object instance : INSTANCES) {
      for (Method method : instance.getClass().getDeclaredMethods()) {
        boolean isPublic = Modifier.isPublic(method.getModifiers());
        if (isPublic && !Modifier.isStatic(method.getModifiers())
            && !method.getName().equals("equals")) {
          checked += checkNulls(method, instance, failures);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(40);
  }

  private static int checkNulls(Executable executable, Object receiver, List<String> failures) {
    Class<?>[] types = executable.getParameterTypes();
    int checked = 0;
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      Type[] generic = executable.getGenericParameterTypes();
      Object[] args = new Object[types.length];
      for (int j = 0; j < types.length; j++) {
        args[j] = j == i ? null : sample(types[j], generic[j], executable);
      }
      checked++;
      try {
        if (executable instanceof Method method) {
          method.invoke(receiver, args);
        } else {
          ((Constructor<?>) executable).newInstance(args);
        }
        failures.add(executable + " accepted null at parameter " + i);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof NullPointerException) || cause.getMessage() == null) {
          failures.add(executable + " parameter " + i + " threw " + cause);
        }
      } catch (ReflectiveOperationException e) {
        fail("cannot call " + executable, e);
      }
    }
    return checked;
  }

  /** A list of one sample element if the element type is known, else the plain sample. */
  private static Object sample(Class<?> type, Type generic, Executable executable) {
    if (type == List.class
        && generic instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
      return List.of(sample(element, executable));
    }
    return sample(type, executable);
  }

  private static Object sample(Class<?> type, Executable executable) {
    if (type.isPrimitive()) {
      if (type == boolean.class) {
        return false;
      }
      return type == long.class ? 1L : type == double.class ? 1.0 : (Object) 1;
    }
    Object sample = SAMPLES.get(type);
    if (sample == null) {
      throw new AssertionError("no sample of " + type + " for " + executable);
    }
    return sample;
  }
}
