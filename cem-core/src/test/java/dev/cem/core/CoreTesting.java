package dev.cem.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Named test data for cem-core and the modules built on it: touchpoints, customers, a base instant
 * and a seeded generator of interactions. Expected values in tests are derived from these names by
 * hand, never from the code under test.
 */
public final class CoreTesting {
  private CoreTesting() {}

  /** Monday 2 March 2026, 09:00 UTC. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** Web, transaction, logistics. */
  public static final Touchpoint ORDER_PAGE =
      Touchpoint.of(
          "order-page", "Order status page", Channel.WEB, ServicePhase.TRANSACTION,
          Department.LOGISTICS);
  /** Phone, transaction, call centre. */
  public static final Touchpoint HOTLINE =
      Touchpoint.of(
          "hotline", "Service hotline", Channel.PHONE, ServicePhase.TRANSACTION,
          Department.CALL_CENTRE);
  /** Chat, preparation, customer service. */
  public static final Touchpoint CHAT =
      Touchpoint.of(
          "chat", "Live chat", Channel.CHAT, ServicePhase.PREPARATION,
          Department.CUSTOMER_SERVICE);
  /** Store, transaction, sales. */
  public static final Touchpoint STORE =
      Touchpoint.of(
          "store", "Flagship store", Channel.STORE, ServicePhase.TRANSACTION, Department.SALES);
  /** E-mail, detection, logistics: the proactive delay notice. */
  public static final Touchpoint DELAY_NOTICE =
      Touchpoint.of(
          "delay-notice", "Delay notice", Channel.EMAIL, ServicePhase.DETECTION,
          Department.LOGISTICS);
  /** E-mail, measurement, marketing: the post-journey survey. */
  public static final Touchpoint SURVEY =
      Touchpoint.of(
          "survey", "Satisfaction survey", Channel.EMAIL, ServicePhase.MEASUREMENT,
          Department.MARKETING);

  /** All named touchpoints. */
  public static final List<Touchpoint> TOUCHPOINTS =
      List.of(ORDER_PAGE, HOTLINE, CHAT, STORE, DELAY_NOTICE, SURVEY);

  public static final CustomerId ALICE = CustomerId.of("alice");
  public static final CustomerId BOB = CustomerId.of("bob");
  public static final CustomerId CAROL = CustomerId.of("carol");

  /** {@link #T0} plus the given minutes. */
  public static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** An interaction {@code minutes} after {@link #T0}, without a journey type. */
  public static Interaction interaction(
      String id, CustomerId customer, Touchpoint touchpoint, long minutes, Outcome outcome) {
    return Interaction.of(id, customer, touchpoint, at(minutes), outcome);
  }

  /**
   * Generates interactions for {@code customers} customers ({@code c00}, {@code c01} ...) over
   * about {@code days} days, in random order, with unique ids, random touchpoints, outcomes,
   * journey types ("delivery", "billing" or none) and repeated-information flags. The same seed
   * gives the same list.
   */
  public static List<Interaction> randomInteractions(
      long seed, int count, int customers, int days) {
    Random random = new Random(seed);
    Outcome[] outcomes = Outcome.values();
    String[] types = {"delivery", "billing", null};
    List<Interaction> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CustomerId customer = CustomerId.of(String.format(java.util.Locale.ROOT, "c%02d",
          random.nextInt(customers)));
      Touchpoint touchpoint = TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size()));
      Instant timestamp = T0.plusSeconds(random.nextInt(Math.max(1, days) * 86_400));
      Interaction interaction =
          Interaction.of("i" + i, customer, touchpoint, timestamp,
                  outcomes[random.nextInt(outcomes.length)])
              .withHandlingTime(Duration.ofSeconds(random.nextInt(3_600)))
              .withRepeatedInformation(random.nextInt(4) == 0);
      String type = types[random.nextInt(types.length)];
      result.add(type == null ? interaction : interaction.withJourneyType(type));
    }
    return result;
  }

  /**
   * Generates survey responses of {@code customers} customers ({@code c00} ...) on the given
   * scale: about half about one of the named touchpoints, the rest about journey {@code
   * "<customer>:delivery:1"}, values uniform on the scale, timestamps within 10 days of {@link
   * #T0}. The same seed gives the same list.
   */
  public static List<Response> randomResponses(long seed, int count, int customers, Scale scale) {
    Random random = new Random(seed);
    List<Response> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CustomerId customer = CustomerId.of(String.format(java.util.Locale.ROOT, "c%02d",
          random.nextInt(customers)));
      Subject subject =
          random.nextBoolean()
              ? Subject.of(TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size())))
              : Subject.journey(customer.value() + ":delivery:1");
      int value = scale.min() + random.nextInt(scale.points());
      result.add(
          Response.of(customer, subject, T0.plusSeconds(random.nextInt(10 * 86_400)), scale, value));
    }
    return result;
  }
}
