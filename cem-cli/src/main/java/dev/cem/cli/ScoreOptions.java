package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import dev.cem.cli.io.InputOptions;
import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import dev.cem.metrics.NpsInterval;
import dev.cem.metrics.ProportionInterval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options shared by {@code score} and {@code compare}: columns, statistics, bad rows. */
final class ScoreOptions {
  /** The logical columns and their default headers. */
  static final List<String> COLUMNS =
      List.of(
          "segment", "channel", "nps", "csat", "ces", "fcr", "response_seconds",
          "resolution_seconds", "sla_seconds");

  @Option(
      names = "--column",
      paramLabel = "METRIC=HEADER",
      description =
          "Read a logical column from another header, e.g. --column nps=likelihood. Logical"
              + " columns: segment, channel, nps (0..10), csat (1..5), ces (1..7), fcr"
              + " (true/false), response_seconds, resolution_seconds, sla_seconds. Repeatable.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      defaultValue = "0.95",
      description = "Confidence level of the intervals. Default: ${DEFAULT-VALUE}.")
  double confidence = 0.95;

  @Option(
      names = "--nps-interval",
      paramLabel = "METHOD",
      defaultValue = "adjusted-wald",
      description = "adjusted-wald, wald or tango. Default: ${DEFAULT-VALUE}.")
  NpsInterval npsInterval = NpsInterval.ADJUSTED_WALD;

  @Option(
      names = "--proportion-interval",
      paramLabel = "METHOD",
      defaultValue = "wilson",
      description =
          "For CSAT, FCR and SLA: wilson, wilson-cc, agresti-coull, jeffreys or clopper-pearson."
              + " Default: ${DEFAULT-VALUE}.")
  ProportionInterval proportionInterval = ProportionInterval.WILSON;

  @Option(
      names = "--csat-box",
      paramLabel = "K",
      defaultValue = "2",
      description = "CSAT counts the top K answers as satisfied. Default: ${DEFAULT-VALUE}.")
  int csatBox = 2;

  @Mixin InputOptions input = new InputOptions();

  /** Validates the options; call before reading. */
  void check() {
    Checks.checkConfidence(confidence);
    for (Map.Entry<String, String> e : columns.entrySet()) {
      if (!COLUMNS.contains(e.getKey())) {
        throw new CemArgumentException(
            format(
                "--column %s=%s: '%s' is not a logical column; use one of %s",
                e.getKey(), e.getValue(), e.getKey(), String.join(", ", COLUMNS)));
      }
    }
  }

  /** The header to read for a logical column. */
  String header(String logical) {
    return columns.getOrDefault(logical, logical);
  }

  /** True when the user named this logical column's header explicitly. */
  boolean overridden(String logical) {
    return columns.containsKey(logical);
  }

  /** The header to group by: a logical name is mapped, anything else is a header as given. */
  @Nullable String groupHeader(@Nullable String groupBy) {
    if (groupBy == null) {
      return null;
    }
    return COLUMNS.contains(groupBy) ? header(groupBy) : groupBy;
  }
}
