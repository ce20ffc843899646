package dev.cem.metrics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rows of a parallel pass cut into morsels that are handed out in row order to whichever
 * task asks next (morsel-driven scheduling, as in V. Leis et al., "Morsel-driven parallelism",
 * SIGMOD 2014). A task that starts late or runs on a core shared with other work simply takes
 * fewer morsels, so the pass ends when the work runs out rather than when the slowest of fixed
 * ranges does.
 *
 * <p>Thread-safe. Morsels are multiples of {@link PackedCounting#CHUNK} rows (the last may be
 * shorter).
 */
final class Morsels {
  /** Morsels per task: enough to even out delays, few enough that handing out costs nothing. */
  static final int PER_TASK = 8;

  private final int rows;
  private final int size;
  private final int count;
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean stopped;

  /**
   * @param rows the rows of the pass, >= 0
   * @param tasks the tasks that will ask, >= 1
   * @param minSize the fewest rows worth a morsel, >= 1
   */
  Morsels(int rows, int tasks, int minSize) {
    int chunk = PackedCounting.CHUNK;
    long target = Math.max(minSize, (long) rows / ((long) tasks * PER_TASK));
    long chunks = Math.max(1, (target + chunk - 1) / chunk);
    this.rows = rows;
    this.size = (int) Math.min(chunks * chunk, Integer.MAX_VALUE / 2 / chunk * chunk);
    this.count = (int) (((long) rows + size - 1) / size);
  }

  /** The next morsel's index, or -1 if none is left or the pass was stopped. */
  int next() {
    if (stopped) {
      return -1;
    }
    int m = next.getAndIncrement();
    return m < count ? m : -1;
  }

  /**
   * Hands out no more morsels; called after an invalid row under FAIL. Morsels go out in row
   * order, so every one handed out later starts after that row: the first invalid row is still
   * among the morsels already handed out.
   */
  void stop() {
    stopped = true;
  }

  /** The first row of morsel m. */
  int from(int m) {
    return m * size;
  }

  /** The row after the last of morsel m. */
  int to(int m) {
    return (int) Math.min(rows, (long) (m + 1) * size);
  }
}
