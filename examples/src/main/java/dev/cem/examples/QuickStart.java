package dev.cem.examples;

import dev.cem.metrics.Estimate;
import dev.cem.metrics.NpsAccumulator;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The README's code sample: score Net Promoter answers and print the NPS with its interval. The
 * lines between the {@code README:begin} and {@code README:end} markers are the README's sample,
 * word for word; {@code QuickStartTest} checks that they stay the same.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the sample, printing to {@code out}, and returns the NPS estimate. */
  public static Estimate run(PrintStream out) {
    // README:begin
    NpsAccumulator nps = NpsAccumulator.create();
    for (int answer : new int[] {10, 9, 7, 6, 0, 8, 10, 9, 3, 10}) {
      nps.add(answer); // 0..10, "How likely are you to recommend us?"
    }
    Estimate e = nps.snapshot().estimate(); // counts in, estimate out
    out.printf(Locale.ROOT, "NPS %.1f (95%% CI %.1f to %.1f, n = %d, %s)%n",
        e.value(), e.lower(), e.upper(), e.n(), e.reliability());
    // README:end
    return e;
  }
}
