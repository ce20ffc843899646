package dev.cem.metrics.drivers;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import dev.cem.core.CemArgumentException;
import dev.cem.core.Journey;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.metrics.internal.JourneyResponses;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Rows for a key-driver analysis: per respondent (or journey), one rating per driver and one
 * outcome.
 *
 * <h3>Ratings and the not-applicable code</h3>
 *
 * A rating equal to the not-applicable code (e.g. 0 for "does not apply" on a 1..5 scale) is
 * missing: the row is left out of that driver's correlation and performance, and out of the
 * complete cases. Any other rating must be on the rating scale (fractional values such as the
 * mean of two ratings are allowed); anything else, NaN included, is rejected with a {@link
 * CemArgumentException} naming the driver, the value, the scale and the not-applicable code, and
 * the row is not added.
 *
 * <h3>Outcomes</h3>
 *
 * A {@link OutcomeKind#BINARY} outcome must be 0 or 1; a {@link OutcomeKind#SCALE} outcome any
 * finite number. NaN is rejected.
 *
 * <p>This class is not thread safe.
 */
public final class DriverDataset {
  private final List<String> names;
  private final Scale scale;
  private final OptionalInt notApplicable;
  private final OutcomeKind outcomeKind;
  private double[][] ratings;
  private double[] outcomes;
  private int size;

  private DriverDataset(
      List<String> names, Scale scale, OptionalInt notApplicable, OutcomeKind outcomeKind) {
    this.names = names;
    this.scale = scale;
    this.notApplicable = notApplicable;
    this.outcomeKind = outcomeKind;
    this.ratings = new double[names.size()][16];
    this.outcomes = new double[16];
  }

  /**
   * An empty dataset without a not-applicable code.
   *
   * @param drivers the driver names (identifiers), at least one, distinct; not null
   * @param ratingScale the scale the drivers are rated on; not null
   * @param outcome the kind of outcome; not null
   */
  public static DriverDataset create(List<String> drivers, Scale ratingScale, OutcomeKind outcome) {
    return create(drivers, ratingScale, OptionalInt.empty(), outcome);
  }

  /**
   * An empty dataset.
   *
   * @param drivers the driver names (identifiers), at least one, distinct; not null
   * @param ratingScale the scale the drivers are rated on; not null
   * @param notApplicable the code meaning "not applicable", off the scale, or empty; not null
   * @param outcome the kind of outcome; not null
   * @throws CemArgumentException if a name is invalid or repeats, or the code is on the scale
   */
  public static DriverDataset create(
      List<String> drivers, Scale ratingScale, OptionalInt notApplicable, OutcomeKind outcome) {
    checkNotNull(drivers, "drivers");
    checkNotNull(ratingScale, "ratingScale");
    checkNotNull(notApplicable, "notApplicable");
    checkNotNull(outcome, "outcome");
    List<String> names = ImmutableList.copyOf(drivers);
    checkArgument(!names.isEmpty(), "drivers must not be empty");
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      checkId(name, "driver name");
      checkArgument(seen.add(name), "driver name ('%s') must not repeat", name);
    }
    notApplicable.ifPresent(
        code ->
            checkArgument(
                !ratingScale.contains(code),
                "not-applicable code (%d) must be off the %s scale (%d..%d)",
                code,
                ratingScale.name(),
                ratingScale.min(),
                ratingScale.max()));
    return new DriverDataset(names, ratingScale, notApplicable, outcome);
  }

  /**
   * A dataset built from journeys: one row per journey, the outcome and one rating per touchpoint,
   * matched as {@link dev.cem.metrics.journey.JourneyAnalytics} documents.
   *
   * <p>For {@link OutcomeKind#BINARY} the outcome is 1 when the journey's outcome is {@link
   * Outcome#RESOLVED}, else 0, and every journey is a row. For {@link OutcomeKind#SCALE} the
   * outcome is the journey rating's value; journeys without a journey rating are left out. A
   * touchpoint's rating is the mean of the journey's matched ratings of that touchpoint, or
   * missing if there is none.
   *
   * @param touchpointIds the touchpoints to analyse, used as driver names; not null
   * @param ratingScale the scale of the touchpoint ratings; ratings on another scale are rejected;
   *     not null
   * @param outcome the outcome kind; not null
   * @param journeys the journeys; not null
   * @param responses touchpoint and journey responses; not null
   * @param window the response window after a journey's last contact; not null
   */
  public static DriverDataset fromJourneys(
      List<String> touchpointIds,
      Scale ratingScale,
      OutcomeKind outcome,
      Iterable<Journey> journeys,
      Iterable<Response> responses,
      Duration window) {
    checkNotNull(journeys, "journeys");
    DriverDataset data = create(touchpointIds, ratingScale, OptionalInt.empty(), outcome);
    JourneyResponses index = JourneyResponses.index(responses, window);
    int p = data.names.size();
    double[] sums = new double[p];
    int[] counts = new int[p];
    double[] row = new double[p];
    for (Journey journey : journeys) {
      checkNotNull(journey, "journeys element");
      double y;
      if (outcome == OutcomeKind.BINARY) {
        y = journey.outcome() == Outcome.RESOLVED ? 1 : 0;
      } else {
        var journeyResponse = index.journeyResponse(journey);
        if (journeyResponse.isEmpty()) {
          continue;
        }
        y = journeyResponse.get().value();
      }
      Arrays.fill(sums, 0);
      Arrays.fill(counts, 0);
      for (Response r : index.touchpointResponses(journey)) {
        int j = data.names.indexOf(r.subject().id());
        if (j < 0) {
          continue;
        }
        checkArgument(
            r.scale().equals(ratingScale),
            "response of %s to %s is on scale %s, expected %s",
            r.customer(),
            r.subject(),
            r.scale().name(),
            ratingScale.name());
        sums[j] += r.value();
        counts[j]++;
      }
      for (int j = 0; j < p; j++) {
        row[j] = counts[j] == 0 ? Double.NaN : sums[j] / counts[j];
      }
      data.addRow(y, row);
    }
    return data;
  }

  /**
   * Adds one row.
   *
   * @param outcome the outcome (see the class doc)
   * @param ratings one rating per driver, in the drivers' order; the not-applicable code marks a
   *     missing rating; not null
   * @throws CemArgumentException if the number of ratings is wrong, a rating is off the scale and
   *     not the not-applicable code, or the outcome is invalid; nothing is added then
   */
  public void add(double outcome, double... ratings) {
    checkNotNull(ratings, "ratings");
    checkArgument(
        ratings.length == names.size(),
        "row has %d ratings, expected %d (one per driver)",
        ratings.length,
        names.size());
    double[] row = new double[ratings.length];
    for (int j = 0; j < ratings.length; j++) {
      double r = ratings[j];
      if (notApplicable.isPresent() && r == notApplicable.getAsInt()) {
        row[j] = Double.NaN;
      } else if (r >= scale.min() && r <= scale.max()) {
        row[j] = r;
      } else {
        throw new CemArgumentException(
            format(
                "rating of driver '%s' (%s) must be between %d and %d (%s scale)%s",
                names.get(j),
                r,
                scale.min(),
                scale.max(),
                scale.name(),
                notApplicable.isPresent()
                    ? format(" or the not-applicable code %d", notApplicable.getAsInt())
                    : ", and no not-applicable code is set"));
      }
    }
    addRow(outcome, row);
  }

  private void addRow(double outcome, double[] row) {
    if (outcomeKind == OutcomeKind.BINARY) {
      checkArgument(
          outcome == 0 || outcome == 1, "binary outcome (%s) must be 0 or 1", outcome);
    } else {
      checkArgument(Double.isFinite(outcome), "outcome (%s) must be a finite number", outcome);
    }
    if (size == outcomes.length) {
      int capacity = Math.multiplyExact(size, 2);
      outcomes = Arrays.copyOf(outcomes, capacity);
      for (int j = 0; j < ratings.length; j++) {
        ratings[j] = Arrays.copyOf(ratings[j], capacity);
      }
    }
    outcomes[size] = outcome;
    for (int j = 0; j < row.length; j++) {
      ratings[j][size] = row[j];
    }
    size++;
  }

  /** The driver names, in order. */
  public List<String> drivers() {
    return names;
  }

  /** The rating scale. */
  public Scale ratingScale() {
    return scale;
  }

  /** The not-applicable code, if any. */
  public OptionalInt notApplicable() {
    return notApplicable;
  }

  /** The outcome kind. */
  public OutcomeKind outcomeKind() {
    return outcomeKind;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** Rating of driver {@code j} in row {@code i}, NaN if missing. */
  double rating(int j, int i) {
    return ratings[j][i];
  }

  /** Outcome of row {@code i}. */
  double outcome(int i) {
    return outcomes[i];
  }
}
