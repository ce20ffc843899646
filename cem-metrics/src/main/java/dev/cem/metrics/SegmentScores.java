package dev.cem.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

/**
 * Every metric of one segment from the {@link ColumnarScorer}. A metric whose column was not in
 * the batch, or had no value in this segment, is an empty result, never 0.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param segment the segment id
 * @param rows the accepted rows of this segment (rejected rows are not counted here)
 * @param nps the NPS of the nps column; not null
 * @param csatTopBox the share of CSAT scores in the top box; not null
 * @param csatMean the mean CSAT score; not null
 * @param cesMean the mean CES score; not null
 * @param fcr the first-contact resolution rate; not null
 * @param resolution resolution durations: mean, percentiles (NaN unless the scorer computes them)
 *     and SLA attainment; not null
 */
public record SegmentScores(
    int segment,
    long rows,
    NpsResult nps,
    ProportionResult csatTopBox,
    MeanResult csatMean,
    MeanResult cesMean,
    ProportionResult fcr,
    DurationResult resolution) {

  public SegmentScores {
    checkArgument(segment >= 0, "segment (%d) must be >= 0", segment);
    checkArgument(rows >= 0, "rows (%d) must be >= 0", rows);
    checkNotNull(nps, "nps");
    checkNotNull(csatTopBox, "csatTopBox");
    checkNotNull(csatMean, "csatMean");
    checkNotNull(cesMean, "cesMean");
    checkNotNull(fcr, "fcr");
    checkNotNull(resolution, "resolution");
  }
}
