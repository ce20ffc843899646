package dev.cem.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for long inputs: a bar by bytes read, the rows so far and the rate in
 * rows per second, redrawn at most five times a second. A disabled instance does nothing, so
 * callers need not check. This class is not thread safe.
 */
public final class Progress {
  private static final long INTERVAL_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean forced;
  private boolean drawn;
  private final String label;
  private final LongSupplier bytesRead;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long lastDraw = start;
  private int lastLength;

  private Progress(
      PrintWriter err,
      boolean enabled,
      boolean forced,
      String label,
      LongSupplier bytesRead,
      long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.forced = forced;
    this.label = label;
    this.bytesRead = bytesRead;
    this.totalBytes = totalBytes;
  }

  /**
   * Returns a progress line, enabled when {@code forced} or when the process has a console (stderr
   * most likely a terminal).
   */
  public static Progress create(
      PrintWriter err, boolean forced, String label, LongSupplier bytesRead, long totalBytes) {
    return new Progress(
        err, forced || System.console() != null, forced, label, bytesRead, totalBytes);
  }

  /** Notes that {@code rows} rows have been read; cheap enough to call for every row. */
  public void update(long rows) {
    if (!enabled || (rows & 0xFFF) != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw >= INTERVAL_NANOS) {
      lastDraw = now;
      draw(rows, now);
    }
  }

  /**
   * Draws the final state and ends the line; on a terminal, only if the input was long enough to
   * show progress at all (forced progress always ends with the final line).
   */
  public void finish(long rows) {
    if (!enabled || !(drawn || forced)) {
      return;
    }
    draw(rows, System.nanoTime());
    err.print('\n');
    err.flush();
  }

  private void draw(long rows, long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-9);
    StringBuilder sb = new StringBuilder("\r").append(label).append(' ');
    if (totalBytes > 0) {
      double fraction = Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
      int filled = (int) Math.round(fraction * WIDTH);
      sb.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(WIDTH - filled))
          .append(String.format(Locale.ROOT, "] %3d%% ", Math.round(fraction * 100)));
    }
    sb.append(String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", rows, rows / seconds));
    int length = sb.length();
    // Blank out what a longer previous line left behind.
    sb.append(" ".repeat(Math.max(0, lastLength - length)));
    lastLength = length;
    err.print(sb);
    err.flush();
    drawn = true;
  }
}
