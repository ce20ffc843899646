package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;

import dev.cem.core.CemArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Progress between two results of the same model (same id and version), overall and per
 * dimension: the change in gated stage and in continuous score ({@code after − before}).
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param modelId the model's id
 * @param overall the overall progress, with dimension id {@code "overall"}
 * @param dimensions the progress of each dimension, in model order
 */
public record MaturityComparison(
    String modelId, Progress overall, List<Progress> dimensions) {

  /**
   * The progress of one dimension (or of the whole).
   *
   * @param dimension the dimension id, or {@code "overall"}
   * @param stageBefore the gated stage before
   * @param stageAfter the gated stage after
   * @param stageChange {@code stageAfter − stageBefore}
   * @param scoreBefore the continuous score before
   * @param scoreAfter the continuous score after
   * @param scoreDelta {@code scoreAfter − scoreBefore}
   */
  public record Progress(
      String dimension,
      int stageBefore,
      int stageAfter,
      int stageChange,
      double scoreBefore,
      double scoreAfter,
      double scoreDelta) {

    static Progress of(String dimension, int sb, int sa, double before, double after) {
      return new Progress(dimension, sb, sa, sa - sb, before, after, after - before);
    }
  }

  public MaturityComparison {
    checkNotNull(modelId, "modelId");
    checkNotNull(overall, "overall");
    dimensions = List.copyOf(dimensions);
  }

  /**
   * Compares two results.
   *
   * @throws dev.cem.core.CemArgumentException if they are of different models or versions
   */
  public static MaturityComparison of(MaturityResult before, MaturityResult after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkArgument(
        before.modelId().equals(after.modelId())
            && before.modelVersion().equals(after.modelVersion()),
        "cannot compare results of different models: '%s' version '%s' and '%s' version '%s'",
        before.modelId(),
        before.modelVersion(),
        after.modelId(),
        after.modelVersion());
    List<Progress> dims = new ArrayList<>();
    for (DimensionResult b : before.dimensions()) {
      DimensionResult a =
          after
              .dimension(b.dimension())
              .orElseThrow(
                  () ->
                      new CemArgumentException(
                          "dimension '" + b.dimension() + "' missing from the later result"));
      dims.add(Progress.of(b.dimension(), b.stage(), a.stage(), b.score(), a.score()));
    }
    return new MaturityComparison(
        before.modelId(),
        Progress.of("overall", before.stage(), after.stage(), before.score(), after.score()),
        dims);
  }

  /** The progress of one dimension. */
  public Optional<Progress> dimension(String dimensionId) {
    checkNotNull(dimensionId, "dimensionId");
    for (Progress p : dimensions) {
      if (p.dimension().equals(dimensionId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
