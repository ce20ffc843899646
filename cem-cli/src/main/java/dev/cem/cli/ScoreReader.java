package dev.cem.cli;

import static dev.cem.core.internal.Checks.format;

import dev.cem.cli.io.Cells;
import dev.cem.cli.io.InvalidRowException;
import dev.cem.cli.io.Rejections;
import dev.cem.cli.io.RowSource;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.Scale;
import dev.cem.metrics.DurationAccumulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Streams a file of survey and service rows into per-group accumulators. Each row is validated
 * whole before anything is added, so a rejected row leaves no trace in the statistics.
 */
final class ScoreReader {
  /** The key of the single group of an ungrouped run. */
  static final String ALL = "ALL";
  /** The key of rows whose group cell is empty. */
  static final String MISSING_GROUP = "(missing)";
  /** The most groups one run may form. */
  static final int MAX_GROUPS = 100_000;

  /** What one file gave. */
  record Data(
      Path file,
      long rows,
      Rejections rejections,
      Set<String> metricsPresent,
      SortedMap<String, GroupStats> groups) {}

  private ScoreReader() {}

  static Data read(Path file, ScoreOptions o, @Nullable String groupBy, PrintWriter err)
      throws IOException {
    o.check();
    Rejections rejections = new Rejections(o.input.onInvalid());
    SortedMap<String, GroupStats> groups = new TreeMap<>();
    try (RowSource source = RowSource.open(file)) {
      Cells cells = new Cells(source);
      Set<String> present = new LinkedHashSet<>();
      int nps = bind(source, o, "nps", present);
      int csat = bind(source, o, "csat", present);
      int ces = bind(source, o, "ces", present);
      int fcr = bind(source, o, "fcr", present);
      int response = bind(source, o, "response_seconds", present);
      int resolution = bind(source, o, "resolution_seconds", present);
      int sla = bind(source, o, "sla_seconds", present);
      if (present.isEmpty()) {
        throw new CemFormatException(
            format(
                "%s: no metric column found; expected at least one of nps, csat, ces, fcr,"
                    + " response_seconds, resolution_seconds (rename with --column METRIC=HEADER);"
                    + " found columns: %s",
                source.name(), String.join(", ", source.header())));
      }
      present.remove("sla_seconds");
      if (sla >= 0 && resolution >= 0) {
        present.add("sla");
      }
      String groupHeader = o.groupHeader(groupBy);
      int group = groupHeader == null ? -1 : source.require(groupHeader, "--group-by");
      if (groupHeader == null) {
        groups.put(ALL, new GroupStats(o.csatBox));
      }
      Progress progress =
          Progress.create(err, o.input.progress(), file.getFileName().toString(), source::bytesRead, source.size());
      while (true) {
        try {
          if (!source.next()) {
            break;
          }
          int vNps = cells.score(nps, "nps", Scale.NPS);
          int vCsat = cells.score(csat, "csat", Scale.CSAT);
          int vCes = cells.score(ces, "ces", Scale.CES);
          int vFcr = cells.bool(fcr, "fcr");
          long vResponse = millis(cells, response, "response_seconds");
          long vResolution = millis(cells, resolution, "resolution_seconds");
          long vSla = millis(cells, sla, "sla_seconds");
          String key = ALL;
          if (group >= 0) {
            String g = cells.text(group);
            key = g == null ? MISSING_GROUP : g;
          }
          GroupStats s = groups.get(key);
          if (s == null) {
            if (groups.size() >= MAX_GROUPS) {
              throw new CemArgumentException(
                  format(
                      "%s: column '%s' has more than %d distinct values; group by a column with"
                          + " fewer values",
                      source.where(group), groupHeader, MAX_GROUPS));
            }
            s = new GroupStats(o.csatBox);
            groups.put(key, s);
          }
          s.rows++;
          if (vNps != Integer.MIN_VALUE) {
            s.nps.add(vNps);
          }
          if (vCsat != Integer.MIN_VALUE) {
            s.csat.add(vCsat);
          }
          if (vCes != Integer.MIN_VALUE) {
            s.ces.add(vCes);
          }
          if (vFcr >= 0) {
            s.fcr.add(vFcr == 1);
          }
          if (vResponse >= 0) {
            s.response.addMillis(vResponse);
          }
          if (vResolution >= 0) {
            if (vSla >= 0) {
              s.resolution.addMillis(vResolution, vSla);
            } else {
              s.resolution.addMillis(vResolution);
            }
          }
        } catch (InvalidRowException e) {
          rejections.reject(e);
        }
        progress.update(source.rowsRead());
      }
      progress.finish(source.rowsRead());
      if (source.rowsRead() == 0) {
        err.println("cem: warning: " + source.name() + " has a header but no data rows");
        err.flush();
      }
      return new Data(file, source.rowsRead(), rejections, present, groups);
    }
  }

  private static int bind(RowSource source, ScoreOptions o, String logical, Set<String> present) {
    String header = o.header(logical);
    if (o.overridden(logical)) {
      present.add(logical);
      return source.require(header, "");
    }
    if (!source.has(header)) {
      return -1;
    }
    present.add(logical);
    return source.column(header);
  }

  /** A duration cell in whole milliseconds, or -1 when empty. */
  private static long millis(Cells cells, int column, String field) {
    double seconds = cells.nonNegative(column, field);
    if (Double.isNaN(seconds)) {
      return -1;
    }
    long ms = Math.round(seconds * 1000);
    if (ms > DurationAccumulator.MAX_MILLIS) {
      throw cells.invalid(
          column,
          field,
          "out of range",
          format(
              "value '%s' must be at most %d seconds",
              cells.text(column), DurationAccumulator.MAX_MILLIS / 1000));
    }
    return ms;
  }

  /** Lists the metrics in a stable order. */
  static List<String> order(Set<String> present) {
    List<String> out = new ArrayList<>();
    for (String m : List.of("nps", "csat", "ces", "fcr", "sla", "response_seconds", "resolution_seconds")) {
      if (present.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }
}
