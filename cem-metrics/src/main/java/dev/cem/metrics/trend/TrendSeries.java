package dev.cem.metrics.trend;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.cem.metrics.Comparison;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A time-bucketed series: one result per period that had data, in time order, with the
 * granularity and the time zone the periods were cut in. Periods without data are absent, never
 * filled with 0.
 *
 * <p>{@link #collect} builds a series of any metric from any items: one accumulator per period
 * (created by a supplier, fed by a callback), snapshotted at the end. {@link Trends} has the
 * usual cases.
 *
 * <p>This class is immutable and thread-safe if its results are.
 *
 * @param <R> the result type, e.g. {@link dev.cem.metrics.NpsResult} or {@link
 *     dev.cem.metrics.bundle.BundleScore}
 */
public final class TrendSeries<R> {
  private final Granularity granularity;
  private final ZoneId zone;
  private final ImmutableSortedMap<Period, R> points;

  private TrendSeries(Granularity granularity, ZoneId zone, SortedMap<Period, R> points) {
    this.granularity = granularity;
    this.zone = zone;
    this.points = ImmutableSortedMap.copyOfSorted(points);
  }

  /**
   * A series of the given points.
   *
   * @throws dev.cem.core.CemArgumentException if a period has another granularity
   */
  public static <R> TrendSeries<R> of(
      Granularity granularity, ZoneId zone, Map<Period, ? extends R> points) {
    checkNotNull(granularity, "granularity");
    checkNotNull(zone, "zone");
    checkNotNull(points, "points");
    TreeMap<Period, R> sorted = new TreeMap<>();
    points.forEach(
        (period, value) -> {
          checkArgument(
              period.granularity() == granularity,
              "period %s has granularity %s, expected %s",
              period,
              period.granularity(),
              granularity);
          sorted.put(period, checkNotNull(value, "value of " + period));
        });
    return new TrendSeries<>(granularity, zone, sorted);
  }

  /**
   * Buckets the items by the period their instant falls in (in {@code zone}) and summarises each
   * bucket with its own accumulator.
   *
   * @param items the items, read once; not null, no null elements
   * @param time an item's instant; not null
   * @param granularity the bucket length; not null
   * @param zone the time zone the days, weeks and months are cut in; not null
   * @param newAccumulator creates an empty accumulator; not null
   * @param add adds an item to an accumulator; exceptions (bad input) propagate; not null
   * @param snapshot turns a bucket's accumulator into its result; not null
   */
  public static <T, A, R> TrendSeries<R> collect(
      Iterable<? extends T> items,
      Function<? super T, Instant> time,
      Granularity granularity,
      ZoneId zone,
      Supplier<A> newAccumulator,
      BiConsumer<A, ? super T> add,
      Function<A, R> snapshot) {
    checkNotNull(items, "items");
    checkNotNull(time, "time");
    checkNotNull(granularity, "granularity");
    checkNotNull(zone, "zone");
    checkNotNull(newAccumulator, "newAccumulator");
    checkNotNull(add, "add");
    checkNotNull(snapshot, "snapshot");
    TreeMap<Period, A> buckets = new TreeMap<>();
    for (T item : items) {
      checkNotNull(item, "items element");
      Period period = Period.containing(checkNotNull(time.apply(item), "time"), zone, granularity);
      add.accept(buckets.computeIfAbsent(period, p -> newAccumulator.get()), item);
    }
    TreeMap<Period, R> points = new TreeMap<>();
    buckets.forEach((period, acc) -> points.put(period, snapshot.apply(acc)));
    return new TrendSeries<>(granularity, zone, points);
  }

  /** The granularity. */
  public Granularity granularity() {
    return granularity;
  }

  /** The time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The points, in time order. */
  public SortedMap<Period, R> points() {
    return points;
  }

  /** The periods with data, in time order. */
  public List<Period> periods() {
    return points.keySet().asList();
  }

  /** The number of periods with data. */
  public int size() {
    return points.size();
  }

  /** True when no period has data. */
  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** The result of a period, or empty if it had no data. */
  public Optional<R> get(Period period) {
    return Optional.ofNullable(points.get(checkNotNull(period, "period")));
  }

  /** The series of {@code f} of every result, e.g. bundle scores from metric estimates. */
  public <S> TrendSeries<S> map(Function<? super R, ? extends S> f) {
    checkNotNull(f, "f");
    TreeMap<Period, S> mapped = new TreeMap<>();
    points.forEach((period, value) -> mapped.put(period, checkNotNull(f.apply(value), "mapped value")));
    return new TrendSeries<>(granularity, zone, mapped);
  }

  /**
   * Compares every period with the previous period <em>that has data</em> (so a gap is bridged,
   * and {@link PeriodChange#from()} says which period was the baseline).
   *
   * @param test the significance test of {@code (current, previous)}, e.g. {@code
   *     Comparisons::nps}; returning empty skips the pair (e.g. a side too small to test); not null
   */
  public List<PeriodChange> changes(BiFunction<? super R, ? super R, Optional<Comparison>> test) {
    checkNotNull(test, "test");
    List<PeriodChange> changes = new ArrayList<>();
    Map.Entry<Period, R> previous = null;
    for (Map.Entry<Period, R> entry : points.entrySet()) {
      if (previous != null) {
        Optional<Comparison> c = checkNotNull(test.apply(entry.getValue(), previous.getValue()), "test result");
        Period from = previous.getKey();
        c.ifPresent(comparison -> changes.add(new PeriodChange(from, entry.getKey(), comparison)));
      }
      previous = entry;
    }
    return ImmutableList.copyOf(changes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof TrendSeries)) {
      return false;
    }
    TrendSeries<?> other = (TrendSeries<?>) o;
    return granularity == other.granularity && zone.equals(other.zone) && points.equals(other.points);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(granularity, zone, points);
  }

  @Override
  public String toString() {
    return "TrendSeries[" + granularity + " in " + zone + ", " + points + "]";
  }
}
