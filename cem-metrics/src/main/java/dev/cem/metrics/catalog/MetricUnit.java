package dev.cem.metrics.catalog;

/** The unit a metric's raw value is expressed in. */
public enum MetricUnit {
  /** Points on a signed index, e.g. NPS from -100 to 100. */
  POINTS,
  /** A proportion in percent, from 0 to 100. */
  PERCENT,
  /** The units of a rating scale, e.g. a mean CES on 1..7. */
  SCALE_UNITS,
  /** A duration in seconds. */
  SECONDS,
  /** A dimensionless ratio, e.g. 0.8. */
  RATIO,
  /** A count of events or items. */
  COUNT,
  /** An amount of money in the host's currency. */
  CURRENCY
}
