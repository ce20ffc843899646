package dev.cem.metrics.catalog;

import static dev.cem.metrics.catalog.Direction.HIGHER_IS_BETTER;
import static dev.cem.metrics.catalog.Direction.LOWER_IS_BETTER;

/**
 * The built-in customer-experience metrics. Percentages run from 0 to 100, NPS from -100 to 100,
 * durations in seconds from 0 up (open-ended).
 *
 * <p>{@link #catalog()} returns them all as a {@link MetricCatalog}; hosts extend it with {@link
 * MetricCatalog#with(MetricDefinition...)}.
 */
public final class StandardMetrics {
  private StandardMetrics() {}

  /** Net Promoter Score: % promoters (9-10) minus % detractors (0-6). */
  public static final MetricDefinition NPS =
      MetricDefinition.of(
          "nps", "Net Promoter Score", MetricUnit.POINTS, HIGHER_IS_BETTER, -100, 100,
          "Share of promoters (9-10) minus share of detractors (0-6) on the 0-10 question, in points.");

  /** Customer satisfaction: share of satisfied answers (top-2-box on 1..5), in percent. */
  public static final MetricDefinition CSAT =
      percent("csat", "Customer satisfaction", HIGHER_IS_BETTER,
          "Share of satisfied answers (top-2-box, 4 or 5 on the 1-5 scale), in percent.");

  /** Customer effort score: mean answer on 1 (very easy) .. 7 (very difficult). */
  public static final MetricDefinition CES =
      MetricDefinition.of(
          "ces", "Customer effort score", MetricUnit.SCALE_UNITS, LOWER_IS_BETTER, 1, 7,
          "Mean answer on the 1 (very easy) to 7 (very difficult) effort scale.");

  /** First contact resolution rate, in percent. */
  public static final MetricDefinition FCR =
      percent("fcr", "First contact resolution", HIGHER_IS_BETTER,
          "Share of issues resolved in the first contact, without a repeat contact, in percent.");

  /** SLA attainment: share of SLA-bound items that met their agreed target, in percent. */
  public static final MetricDefinition SLA_ATTAINMENT =
      percent("sla-attainment", "SLA attainment", HIGHER_IS_BETTER,
          "Share of SLA-bound tickets or requests that met the target agreed in advance, in percent.");

  /** Availability of the service, in percent of the agreed service time. */
  public static final MetricDefinition AVAILABILITY =
      percent("availability", "Availability", HIGHER_IS_BETTER,
          "Share of the agreed service time the service was available, in percent.");

  /** Mean time to restore service after an incident, in seconds. */
  public static final MetricDefinition MTTR =
      seconds("mttr", "Mean time to restore",
          "Mean time from the start of an incident to the restoration of service, in seconds.");

  /** Time from a customer's contact to the first human or substantive response, in seconds. */
  public static final MetricDefinition FIRST_RESPONSE_TIME =
      seconds("first-response-time", "First response time",
          "Time from the customer's first contact to the first substantive response, in seconds.");

  /** Time from the opening of an issue to its resolution, in seconds. */
  public static final MetricDefinition RESOLUTION_TIME =
      seconds("resolution-time", "Resolution time",
          "Time from the opening of an issue to its resolution, in seconds.");

  /** Share of issues that needed another contact for the same goal, in percent. */
  public static final MetricDefinition REPEAT_CONTACT_RATE =
      percent("repeat-contact-rate", "Repeat contact rate", LOWER_IS_BETTER,
          "Share of journeys with more than one contact for the same goal, in percent.");

  /** Share of journeys in which the customer had to switch channel, in percent. */
  public static final MetricDefinition CHANNEL_SWITCH_RATE =
      percent("channel-switch-rate", "Channel switch rate", LOWER_IS_BETTER,
          "Share of journeys in which the customer switched channel before reaching the goal, in percent.");

  /** Share of journeys in which the customer had to repeat information, in percent. */
  public static final MetricDefinition INFORMATION_REPEAT_RATE =
      percent("information-repeat-rate", "Information repeat rate", LOWER_IS_BETTER,
          "Share of journeys in which the customer had to give the same information again, in percent.");

  /** Share of contacts resolved in self-service without an agent, in percent. */
  public static final MetricDefinition SELF_SERVICE_CONTAINMENT =
      percent("self-service-containment", "Self-service containment", HIGHER_IS_BETTER,
          "Share of self-service sessions that reached the goal without an assisted contact, in percent.");

  /** Share of incidents detected before the customer reported them, in percent. */
  public static final MetricDefinition PROACTIVE_DETECTION_RATIO =
      percent("proactive-detection-ratio", "Proactive detection ratio", HIGHER_IS_BETTER,
          "Share of incidents detected by the provider before any customer reported them, in percent.");

  /** Share of customers at the start of a period still customers at its end, in percent. */
  public static final MetricDefinition RETENTION =
      percent("retention", "Customer retention", HIGHER_IS_BETTER,
          "Share of the customers at the start of the period who are still customers at its end, in percent.");

  /** Share of customers lost during a period, in percent. */
  public static final MetricDefinition CHURN =
      percent("churn", "Customer churn", LOWER_IS_BETTER,
          "Share of the customers at the start of the period lost during it, in percent.");

  /** Satisfaction with the journey as a whole, in percent. */
  public static final MetricDefinition JOURNEY_SATISFACTION =
      percent("journey-satisfaction", "Journey satisfaction", HIGHER_IS_BETTER,
          "Share of satisfied answers about the whole journey towards one goal, in percent.");

  /**
   * Journey satisfaction minus the mean satisfaction with the journey's touchpoints, in percentage
   * points; negative when the journey is worse than its touchpoints suggest.
   */
  public static final MetricDefinition JOURNEY_TOUCHPOINT_GAP =
      MetricDefinition.of(
          "journey-touchpoint-gap", "Journey-touchpoint gap", MetricUnit.POINTS, HIGHER_IS_BETTER,
          -100, 100,
          "Journey satisfaction minus the mean satisfaction with its touchpoints, in percentage points;"
              + " negative when every touchpoint looks fine but the journey does not.");

  /** Share of planned account contacts (the contact strategy) that took place, in percent. */
  public static final MetricDefinition CONTACT_STRATEGY_COMPLIANCE =
      percent("contact-strategy-compliance", "Contact strategy compliance", HIGHER_IS_BETTER,
          "Share of the contacts planned by the account's contact strategy that took place, in percent.");

  private static final MetricCatalog CATALOG =
      MetricCatalog.of(
          NPS,
          CSAT,
          CES,
          FCR,
          SLA_ATTAINMENT,
          AVAILABILITY,
          MTTR,
          FIRST_RESPONSE_TIME,
          RESOLUTION_TIME,
          REPEAT_CONTACT_RATE,
          CHANNEL_SWITCH_RATE,
          INFORMATION_REPEAT_RATE,
          SELF_SERVICE_CONTAINMENT,
          PROACTIVE_DETECTION_RATIO,
          RETENTION,
          CHURN,
          JOURNEY_SATISFACTION,
          JOURNEY_TOUCHPOINT_GAP,
          CONTACT_STRATEGY_COMPLIANCE);

  /** All built-in metrics, in the order declared here. */
  public static MetricCatalog catalog() {
    return CATALOG;
  }

  private static MetricDefinition percent(
      String id, String label, Direction direction, String description) {
    return MetricDefinition.of(id, label, MetricUnit.PERCENT, direction, 0, 100, description);
  }

  private static MetricDefinition seconds(String id, String label, String description) {
    return MetricDefinition.openEnded(
        id, label, MetricUnit.SECONDS, LOWER_IS_BETTER, 0, description);
  }
}
