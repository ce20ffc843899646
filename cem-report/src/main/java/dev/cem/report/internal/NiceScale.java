package dev.cem.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis with "nice" ticks in 1-2-5 steps (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990). Not API.
 *
 * <p>The range always has {@code max > min}: equal bounds are widened (by 10% of the value, or by
 * 1 around 0), and a missing or non-finite range falls back to 0..1, so mapping a value never
 * divides by zero.
 *
 * @param min the axis minimum, a multiple of {@code step}
 * @param max the axis maximum, a multiple of {@code step}, greater than {@code min}
 * @param step the tick spacing, 1, 2 or 5 times a power of ten
 */
public record NiceScale(double min, double max, double step) {

  /** Returns a scale covering {@code lo..hi} with at most about {@code ticks} ticks. */
  public static NiceScale of(double lo, double hi, int ticks) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      lo = 0;
      hi = 1;
    }
    if (lo > hi) {
      double t = lo;
      lo = hi;
      hi = t;
    }
    if (lo == hi) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double range = niceNumber(hi - lo, false);
    double step = niceNumber(range / Math.max(1, ticks - 1), true);
    double min = Math.floor(lo / step) * step;
    double max = Math.ceil(hi / step) * step;
    if (max <= min) {
      max = min + step;
    }
    return new NiceScale(min, max, step);
  }

  /** Returns a scale over the finite values among {@code values} (NaN skipped). */
  public static NiceScale over(Iterable<Double> values, int ticks) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return of(lo, hi, ticks);
  }

  /** The nice number near {@code x}: 1, 2, 5 or 10 times a power of ten. */
  static double niceNumber(double x, boolean round) {
    double exp = Math.floor(Math.log10(x));
    double pow = Math.pow(10, exp);
    double f = x / pow;
    double nice;
    if (round) {
      nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    } else {
      nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    }
    return nice * pow;
  }

  /** The tick values from min to max, rounded to the step's decimals. */
  public List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    long count = Math.round((max - min) / step);
    double scale = Math.pow(10, decimals());
    for (long i = 0; i <= count; i++) {
      out.add(Math.round((min + i * step) * scale) / scale);
    }
    return out;
  }

  /** How many decimals a tick label needs. */
  public int decimals() {
    return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
  }

  /** Formats a tick label. */
  public String label(double tick) {
    return Fmt.fixed(tick, decimals());
  }

  /** Maps {@code v} to a pixel position: {@code min} to {@code from}, {@code max} to {@code to}. */
  public double map(double v, double from, double to) {
    return from + (v - min) / (max - min) * (to - from);
  }
}
