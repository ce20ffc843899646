package dev.cem.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Baseline (c): what a typical developer writes. One record per survey answer in a {@code
 * List}, then {@code stream().collect(Collectors.groupingBy(..., customCollector))} with a
 * mutable per-segment statistics class, finishing each group into a report record. Boxed
 * {@code Integer} keys, a {@code HashMap}, and a virtual call per row and per accessor: nothing
 * wrong, nothing tuned.
 */
public final class TypicalStreams {

  private TypicalStreams() {}

  /** One survey answer, as a developer would model it. */
  public record SurveyResponse(int nps, int csat, int segment, int channel, int resolutionSeconds, int slaTargetSeconds) {}

  /** The job's result for one segment. */
  public record SegmentReport(
      long n,
      long promoters,
      long detractors,
      long csatTop2,
      long slaMet,
      long sumResolutionSeconds,
      double nps,
      double csatTop2Box,
      double slaAttainment,
      double meanResolutionSeconds,
      double bundle) {}

  /** Mutable statistics of one segment, the collector's container. */
  static final class SegmentStats {
    long n;
    long promoters;
    long detractors;
    long csatTop2;
    long slaMet;
    long sumResolutionSeconds;

    void add(SurveyResponse r) {
      n++;
      if (r.nps() >= 9) {
        promoters++;
      } else if (r.nps() <= 6) {
        detractors++;
      }
      if (r.csat() >= 4) {
        csatTop2++;
      }
      if (r.resolutionSeconds() <= r.slaTargetSeconds()) {
        slaMet++;
      }
      sumResolutionSeconds += r.resolutionSeconds();
    }

    SegmentStats combine(SegmentStats o) {
      n += o.n;
      promoters += o.promoters;
      detractors += o.detractors;
      csatTop2 += o.csatTop2;
      slaMet += o.slaMet;
      sumResolutionSeconds += o.sumResolutionSeconds;
      return this;
    }

    SegmentReport report() {
      double nps = JobResult.nps(n, promoters, detractors);
      double top2Box = JobResult.share(csatTop2, n);
      double sla = JobResult.share(slaMet, n);
      double mean = JobResult.share(sumResolutionSeconds, n);
      return new SegmentReport(
          n, promoters, detractors, csatTop2, slaMet, sumResolutionSeconds,
          nps, top2Box, sla, mean, JobResult.bundle(nps, top2Box, sla, mean));
    }
  }

  /** The custom collector: survey answers to one segment report. */
  public static Collector<SurveyResponse, SegmentStats, SegmentReport> toReport() {
    return Collector.of(SegmentStats::new, SegmentStats::add, SegmentStats::combine, SegmentStats::report);
  }

  /** Builds the records from the columns (outside any timing). */
  public static List<SurveyResponse> records(SurveyData d) {
    List<SurveyResponse> list = new ArrayList<>(d.rows);
    for (int i = 0; i < d.rows; i++) {
      list.add(new SurveyResponse(d.nps[i], d.csat[i], d.segment[i], d.channel[i], d.resolutionSeconds[i], d.slaTargetSeconds[i]));
    }
    return list;
  }

  /** The grouped job. */
  public static Map<Integer, SegmentReport> grouped(List<SurveyResponse> responses) {
    return responses.stream().collect(Collectors.groupingBy(SurveyResponse::segment, toReport()));
  }

  /** The ungrouped job. */
  public static SegmentReport ungrouped(List<SurveyResponse> responses) {
    return responses.stream().collect(toReport());
  }

  /** The reports as a {@link JobResult}, for comparison with the other implementations. */
  public static JobResult toJobResult(Map<Integer, SegmentReport> bySegment, int groups) {
    JobResult r = new JobResult(groups);
    bySegment.forEach((g, s) -> r.set(g, s.n(), s.promoters(), s.detractors(), s.csatTop2(), s.slaMet(), s.sumResolutionSeconds()));
    return r;
  }
}
