package dev.cem.benchmarks;

import dev.cem.core.Scale;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.MomentsAccumulator;
import dev.cem.metrics.NpsAccumulator;
import dev.cem.metrics.ProportionAccumulator;
import dev.cem.metrics.bundle.BundleScore;
import dev.cem.metrics.bundle.MetricBundle;
import dev.cem.metrics.bundle.Normalisation;
import dev.cem.metrics.catalog.StandardMetrics;
import java.util.Map;

/**
 * The benchmark job written with cem's object API, as a host developer would: one set of
 * accumulators per group ({@link NpsAccumulator}, {@link ProportionAccumulator} top-2-box and
 * binary, {@link MomentsAccumulator}), fed row by row, then snapshots as {@link Estimate}s
 * scored by the {@link MetricBundle} {@link #bundle()}. Every metric comes with its standard
 * error and interval, which the baselines do not compute.
 */
public final class LibraryObjects {

  private LibraryObjects() {}

  /**
   * The job's bundle in cem's terms, the same index as {@link JobResult#bundle(double, double,
   * double, double)}: NPS goalposts -100..100, CSAT top-2-box and SLA attainment in percent as
   * they are, resolution time goalposts 1 h..24 h (lower is better), weights 0.30, 0.30, 0.25,
   * 0.15, arithmetic mean.
   */
  public static MetricBundle bundle() {
    return MetricBundle.builder("benchmark-job")
        .component(StandardMetrics.NPS.id(), JobResult.W_NPS, Normalisation.goalposts(-100, 100))
        .component(StandardMetrics.CSAT.id(), JobResult.W_CSAT, Normalisation.identity())
        .component(StandardMetrics.SLA_ATTAINMENT.id(), JobResult.W_SLA, Normalisation.identity())
        .component(
            StandardMetrics.RESOLUTION_TIME.id(),
            JobResult.W_RESOLUTION,
            Normalisation.goalposts(JobResult.RESOLUTION_GOOD_SECONDS, JobResult.RESOLUTION_BAD_SECONDS))
        .build();
  }

  /** The accumulators of one group. Not thread safe. */
  public static final class Group {
    public final NpsAccumulator nps = NpsAccumulator.create();
    public final ProportionAccumulator csatTop2 = ProportionAccumulator.topBox(Scale.CSAT, 2);
    public final ProportionAccumulator slaMet = ProportionAccumulator.binary();
    public final MomentsAccumulator resolutionSeconds = MomentsAccumulator.create();

    void add(int nps, int csat, int resolution, int slaTarget) {
      this.nps.add(nps);
      csatTop2.add(csat);
      slaMet.add(resolution <= slaTarget);
      resolutionSeconds.add(resolution);
    }

    /** The group's metrics by metric id, as the bundle takes them. */
    public Map<String, Estimate> estimates() {
      return Map.of(
          StandardMetrics.NPS.id(), nps.snapshot().estimate(),
          StandardMetrics.CSAT.id(), csatTop2.snapshot().estimate(),
          StandardMetrics.SLA_ATTAINMENT.id(), slaMet.snapshot().estimate(),
          StandardMetrics.RESOLUTION_TIME.id(), resolutionSeconds.snapshot().estimate());
    }
  }

  /** Feeds every row to its segment's accumulators. */
  public static Group[] accumulateGrouped(SurveyData d) {
    Group[] groups = new Group[SurveyData.SEGMENTS];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = new Group();
    }
    for (int i = 0; i < d.rows; i++) {
      groups[d.segment[i]].add(d.nps[i], d.csat[i], d.resolutionSeconds[i], d.slaTargetSeconds[i]);
    }
    return groups;
  }

  /** Feeds every row to one set of accumulators. */
  public static Group accumulateUngrouped(SurveyData d) {
    Group group = new Group();
    for (int i = 0; i < d.rows; i++) {
      group.add(d.nps[i], d.csat[i], d.resolutionSeconds[i], d.slaTargetSeconds[i]);
    }
    return group;
  }

  /** The grouped job: accumulate, snapshot, score each group's bundle. */
  public static BundleScore[] grouped(SurveyData d, MetricBundle bundle) {
    Group[] groups = accumulateGrouped(d);
    BundleScore[] scores = new BundleScore[groups.length];
    for (int g = 0; g < groups.length; g++) {
      scores[g] = bundle.score(groups[g].estimates());
    }
    return scores;
  }

  /** The ungrouped job. */
  public static BundleScore ungrouped(SurveyData d, MetricBundle bundle) {
    return bundle.score(accumulateUngrouped(d).estimates());
  }

  /** The accumulators' counts as a {@link JobResult}, for comparison with the baselines. */
  public static JobResult counts(Group... groups) {
    JobResult r = new JobResult(groups.length);
    for (int g = 0; g < groups.length; g++) {
      Group x = groups[g];
      r.set(g, x.nps.count(), x.nps.promoters(), x.nps.detractors(), x.csatTop2.successes(),
          x.slaMet.successes(), (long) x.resolutionSeconds.sum());
    }
    return r;
  }
}
