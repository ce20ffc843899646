package dev.cem.cli.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Invalid rows under a policy: {@link OnInvalid#FAIL} rethrows the first, {@link OnInvalid#SKIP}
 * counts each under its reason and keeps the first message as an example. This class is not
 * thread safe.
 */
public final class Rejections {
  private final OnInvalid policy;
  private final SortedMap<String, Long> byReason = new TreeMap<>();
  private long total;
  private @Nullable String firstMessage;

  public Rejections(OnInvalid policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /**
   * Handles one invalid row.
   *
   * @throws InvalidRowException {@code e} itself under {@link OnInvalid#FAIL}
   */
  public void reject(InvalidRowException e) {
    if (policy == OnInvalid.FAIL) {
      throw e;
    }
    byReason.merge(e.reason(), 1L, Long::sum);
    total++;
    if (firstMessage == null) {
      firstMessage = e.getMessage();
    }
  }

  public long total() {
    return total;
  }

  /** Counts by reason, sorted by reason. */
  public Map<String, Long> byReason() {
    return Collections.unmodifiableSortedMap(byReason);
  }

  /** The first rejected row's message, or null when none was rejected. */
  public @Nullable String firstMessage() {
    return firstMessage;
  }
}
