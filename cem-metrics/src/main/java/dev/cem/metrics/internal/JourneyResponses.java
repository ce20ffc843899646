package dev.cem.metrics.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.CustomerId;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches survey responses to journeys; the rule is documented on {@code JourneyAnalytics}.
 *
 * <ul>
 *   <li>The journey-level response is {@link Journey#response()}; if the journey has none, a
 *       response in the list whose subject is {@code journey:<id>} of the same customer (the
 *       latest, if several).
 *   <li>A touchpoint response matches a journey when it is of the journey's customer, its
 *       touchpoint is one the journey has an interaction at, and its timestamp lies in {@code
 *       [start, end + window]}.
 * </ul>
 *
 * <p>Not thread safe while being built; read-only afterwards.
 */
public final class JourneyResponses {
  private final Duration window;
  private final Map<CustomerId, List<Entry>> touchpointResponses = new HashMap<>();
  private final Map<String, Entry> journeyResponses = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  /** One response as given; the same response given twice is two entries. */
  private static final class Entry {
    final Response response;
    boolean matched;

    Entry(Response response) {
      this.response = response;
    }
  }

  private JourneyResponses(Duration window) {
    this.window = window;
  }

  /** Indexes the responses; {@code window} is the grace period after a journey's last contact. */
  public static JourneyResponses index(Iterable<Response> responses, Duration window) {
    checkNotNull(responses, "responses");
    checkNotNull(window, "window");
    JourneyResponses index = new JourneyResponses(window);
    for (Response response : responses) {
      checkNotNull(response, "responses element");
      Entry entry = new Entry(response);
      index.entries.add(entry);
      if (response.subject().isJourney()) {
        index.journeyResponses.merge(
            response.customer() + "\u0000" + response.subject().id(),
            entry,
            (a, b) -> b.response.timestamp().isBefore(a.response.timestamp()) ? a : b);
      } else {
        index.touchpointResponses.computeIfAbsent(response.customer(), c -> new ArrayList<>()).add(entry);
      }
    }
    return index;
  }

  /** The journey-level response of the journey, marking it matched. */
  public Optional<Response> journeyResponse(Journey journey) {
    Optional<Response> own = journey.response();
    if (own.isPresent()) {
      return own;
    }
    Entry listed = journeyResponses.get(journey.customer() + "\u0000" + journey.id());
    if (listed == null) {
      return Optional.empty();
    }
    listed.matched = true;
    return Optional.of(listed.response);
  }

  /** The touchpoint responses matched to the journey, in input order, marking them matched. */
  public List<Response> touchpointResponses(Journey journey) {
    List<Entry> candidates = touchpointResponses.get(journey.customer());
    if (candidates == null) {
      return List.of();
    }
    Set<String> touchpoints = new HashSet<>();
    for (Interaction interaction : journey.interactions()) {
      touchpoints.add(interaction.touchpoint().id());
    }
    Instant from = journey.start();
    Instant to = journey.end().plus(window);
    List<Response> result = new ArrayList<>();
    for (Entry entry : candidates) {
      Instant t = entry.response.timestamp();
      if (touchpoints.contains(entry.response.subject().id())
          && !t.isBefore(from)
          && !t.isAfter(to)) {
        result.add(entry.response);
        entry.matched = true;
      }
    }
    return result;
  }

  /** The number of responses indexed. */
  public long total() {
    return entries.size();
  }

  /** The number of responses matched to at least one journey so far. */
  public long matched() {
    long matched = 0;
    for (Entry entry : entries) {
      if (entry.matched) {
        matched++;
      }
    }
    return matched;
  }

  /** A rating as a percentage of its scale: 0 at the minimum, 100 at the maximum. */
  public static double percentOfScale(Response response) {
    Scale scale = response.scale();
    return 100.0 * (response.value() - scale.min()) / (scale.max() - scale.min());
  }

  /** The size of the top and bottom boxes used: 2, or 1 on a two-point scale. */
  public static int boxSize(Scale scale) {
    return Math.min(2, scale.points() - 1);
  }

  /** True if the value is in the scale's top box ({@link #boxSize}). */
  public static boolean isTopBox(Scale scale, double value) {
    return value >= scale.topBoxThreshold(boxSize(scale));
  }

  /** True if the value is in the scale's bottom box ({@link #boxSize}). */
  public static boolean isBottomBox(Scale scale, double value) {
    return value <= scale.min() + boxSize(scale) - 1;
  }
}
