package dev.cem.cli;

import dev.cem.core.Scale;
import dev.cem.metrics.DurationAccumulator;
import dev.cem.metrics.DurationResult;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MeanResult;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.NpsResult;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.ProportionResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accumulators of one group of rows: NPS, CSAT top box, CES mean, FCR, first-response and
 * resolution durations (SLA attainment on resolution). This class is not thread safe.
 */
final class GroupStats {
  final NpsAccumulator nps = NpsAccumulator.create();
  final ProportionAccumulator csat;
  final MomentsAccumulator ces = MomentsAccumulator.forScale(Scale.CES);
  final ProportionAccumulator fcr = ProportionAccumulator.binary();
  final DurationAccumulator response = DurationAccumulator.create();
  final DurationAccumulator resolution = DurationAccumulator.create();
  long rows;

  GroupStats(int csatBox) {
    this.csat = ProportionAccumulator.topBox(Scale.CSAT, csatBox);
  }

  /** Immutable results of this group. */
  Snapshot snapshot(ScoreOptions o) {
    return new Snapshot(
        rows,
        nps.snapshot(o.npsInterval, o.confidence),
        csat.snapshot(o.proportionInterval, o.confidence),
        ces.snapshot(o.confidence),
        fcr.snapshot(o.proportionInterval, o.confidence),
        response.snapshot(o.confidence, o.proportionInterval),
        resolution.snapshot(o.confidence, o.proportionInterval));
  }

  /** One group's results. */
  record Snapshot(
      long rows,
      NpsResult nps,
      ProportionResult csat,
      MeanResult ces,
      ProportionResult fcr,
      DurationResult response,
      DurationResult resolution) {

    ProportionResult sla() {
      return resolution.slaAttainment();
    }

    /** The estimates under the metric catalogue's ids, as bundles and evidence rules read them. */
    Map<String, Estimate> catalogEstimates() {
      Map<String, Estimate> m = new LinkedHashMap<>();
      m.put("nps", nps.estimate());
      m.put("csat", csat.estimate());
      m.put("ces", ces.estimate());
      m.put("fcr", fcr.estimate());
      m.put("sla-attainment", sla().estimate());
      m.put("first-response-time", response.meanEstimate());
      m.put("resolution-time", resolution.meanEstimate());
      return m;
    }
  }
}
