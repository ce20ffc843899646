package dev.cem.examples;

import dev.cem.core.Scale;
import dev.cem.metrics.Comparison;
import dev.cem.metrics.Comparisons;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores survey responses held as the host's own objects, per segment, with the accumulators: the
 * NPS with its adjusted-Wald interval, the CSAT top-2-box share with its Wilson interval, and a
 * comparison of two segments ({@link Comparisons}). One accumulator per segment and metric; a
 * snapshot turns its counts into an {@link Estimate}.
 */
public final class ScoreResponses {
  private ScoreResponses() {}

  /** One survey response as a host application might hold it. */
  public record Response(String segment, int nps, int csat) {}

  /** The scores of every segment and the web-versus-phone comparisons. */
  public record Scores(
      Map<String, NpsResult> nps,
      Map<String, ProportionResult> csat,
      Comparison npsWebVsPhone,
      Comparison csatWebVsPhone) {}

  /** The responses scored by {@link #run}: six from the web, five from the phone. */
  public static final List<Response> RESPONSES = List.of(
      new Response("web", 10, 5), new Response("web", 9, 4), new Response("web", 8, 4),
      new Response("web", 6, 2), new Response("web", 10, 5), new Response("web", 3, 1),
      new Response("phone", 7, 3), new Response("phone", 9, 5), new Response("phone", 5, 2),
      new Response("phone", 2, 1), new Response("phone", 8, 4));

  public static void main(String[] args) {
    run(System.out);
  }

  /** Scores {@link #RESPONSES}, printing to {@code out}, and returns the scores. */
  public static Scores run(PrintStream out) {
    Map<String, NpsAccumulator> nps = new LinkedHashMap<>();
    Map<String, ProportionAccumulator> csat = new LinkedHashMap<>();
    for (Response r : RESPONSES) {
      nps.computeIfAbsent(r.segment(), s -> NpsAccumulator.create()).add(r.nps());
      csat.computeIfAbsent(r.segment(), s -> ProportionAccumulator.topBox(Scale.CSAT, 2))
          .add(r.csat()); // 4 and 5 of 1..5 count as satisfied
    }
    Map<String, NpsResult> npsScores = new LinkedHashMap<>();
    Map<String, ProportionResult> csatScores = new LinkedHashMap<>();
    nps.forEach((segment, acc) -> npsScores.put(segment, acc.snapshot())); // adjusted Wald, 95%
    csat.forEach((segment, acc) -> csatScores.put(segment, acc.snapshot())); // Wilson, 95%
    for (String segment : npsScores.keySet()) {
      Estimate n = npsScores.get(segment).estimate();
      Estimate c = csatScores.get(segment).estimate();
      out.printf(Locale.ROOT, "%-6s NPS %6.1f [%6.1f, %6.1f]  CSAT %5.1f%% [%5.1f, %5.1f]  n = %d%n",
          segment, n.value(), n.lower(), n.upper(), c.value(), c.lower(), c.upper(), n.n());
    }
    Comparison npsDiff = Comparisons.nps(npsScores.get("web"), npsScores.get("phone"));
    Comparison csatDiff = Comparisons.proportions(csatScores.get("web"), csatScores.get("phone"));
    out.printf(Locale.ROOT, "web - phone: NPS %+.1f points (p = %.3f), CSAT %+.1f points (p = %.3f)%n",
        npsDiff.difference(), npsDiff.pValue(), csatDiff.difference(), csatDiff.pValue());
    return new Scores(npsScores, csatScores, npsDiff, csatDiff);
  }
}
