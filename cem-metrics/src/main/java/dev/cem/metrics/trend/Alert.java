package dev.cem.metrics.trend;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

/**
 * An alert raised on a trend.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param kind what happened; not null
 * @param subject the metric id or bundle name; not null, not blank
 * @param period the period in which it happened (the later period of a change); not null
 * @param message a one-line English message with the values, formatted with {@link
 *     java.util.Locale#ROOT}; not null
 */
public record Alert(AlertKind kind, String subject, Period period, String message) {

  public Alert {
    checkNotNull(kind, "kind");
    checkNotNull(subject, "subject");
    checkArgument(!subject.isBlank(), "alert subject must not be blank");
    checkNotNull(period, "period");
    checkNotNull(message, "message");
  }
}
