package dev.cem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cem.cli.out.Format;
import dev.cem.cli.out.Json;
import dev.cem.cli.out.Num;
import dev.cem.cli.out.OutputOptions;
import dev.cem.cli.out.TableFormatOption;
import dev.cem.cli.out.Result;
import dev.cem.cli.out.Table;
import dev.cem.core.CemArgumentException;
import dev.cem.core.internal.Checks;
import dev.cem.metrics.Comparison;
import dev.cem.metrics.Comparisons;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.NpsDifference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cem compare}: is the difference between two files (e.g. two periods) significant? */
@Command(
    name = "compare",
    header = "Test whether the metrics of two files differ.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compares the metrics of two files with the same columns (e.g. two periods): per metric the"
          + " difference A - B, its standard error, the z (or Welch t) statistic, the two-sided"
          + " p-value, log10 p and whether it is significant at --alpha.",
      "NPS: z test on the NPS difference; CSAT, FCR, SLA: pooled two-proportion z test; CES and"
          + " durations: Welch t test."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first file (CSV or JSON lines).")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "The second file, with the same columns.")
  Path b;

  @Option(
      names = "--alpha",
      paramLabel = "ALPHA",
      defaultValue = "0.05",
      description = "Significance level. Default: ${DEFAULT-VALUE}.")
  double alpha = 0.05;

  @Option(
      names = "--nps-test",
      paramLabel = "TEST",
      defaultValue = "wald",
      description = "wald or adjusted-wald. Default: ${DEFAULT-VALUE}.")
  NpsDifference npsTest = NpsDifference.WALD;

  @Option(
      names = "--holm",
      description = "Adjust the p-values for testing several metrics at once (Holm step-down).")
  boolean holm;

  @Mixin ScoreOptions options = new ScoreOptions();

  @Mixin TableFormatOption formatOption = new TableFormatOption();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() throws Exception {
    Format format = formatOption.checked(output);
    if (!(alpha > 0 && alpha < 1)) {
      throw new CemArgumentException(
          Checks.format("--alpha (%s) must be strictly between 0 and 1, e.g. 0.05", alpha));
    }
    ScoreReader.Data da = ScoreReader.read(a, options, null, spec.commandLine().getErr());
    ScoreReader.Data db = ScoreReader.read(b, options, null, spec.commandLine().getErr());
    GroupStats.Snapshot sa = da.groups().get(ScoreReader.ALL).snapshot(options);
    GroupStats.Snapshot sb = db.groups().get(ScoreReader.ALL).snapshot(options);

    Map<String, Estimate[]> values = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<Comparison> tests = new ArrayList<>();
    for (String metric : ScoreReader.order(da.metricsPresent())) {
      if (!db.metricsPresent().contains(metric)) {
        continue;
      }
      Comparison c;
      String name;
      Estimate ea;
      Estimate eb;
      switch (metric) {
        case "nps" -> {
          name = "nps";
          ea = sa.nps().estimate();
          eb = sb.nps().estimate();
          c = both(ea, eb) ? Comparisons.nps(sa.nps(), sb.nps(), npsTest, alpha) : null;
        }
        case "csat", "fcr", "sla" -> {
          name = metric;
          var pa = metric.equals("csat") ? sa.csat() : metric.equals("fcr") ? sa.fcr() : sa.sla();
          var pb = metric.equals("csat") ? sb.csat() : metric.equals("fcr") ? sb.fcr() : sb.sla();
          ea = pa.estimate();
          eb = pb.estimate();
          c = both(ea, eb) ? Comparisons.proportions(pa, pb, alpha) : null;
        }
        case "ces" -> {
          name = "ces";
          ea = sa.ces().estimate();
          eb = sb.ces().estimate();
          c = sa.ces().count() >= 2 && sb.ces().count() >= 2 ? Comparisons.welch(sa.ces(), sb.ces(), alpha) : null;
        }
        default -> {
          boolean response = metric.equals("response_seconds");
          name = response ? "response" : "resolution";
          var ra = response ? sa.response() : sa.resolution();
          var rb = response ? sb.response() : sb.resolution();
          ea = ra.meanEstimate();
          eb = rb.meanEstimate();
          c = ra.count() >= 2 && rb.count() >= 2 ? Comparisons.welch(ra.mean(), rb.mean(), alpha) : null;
        }
      }
      values.put(name, new Estimate[] {ea, eb});
      if (c != null) {
        names.add(name);
        tests.add(c);
      }
    }
    if (holm && !tests.isEmpty()) {
      tests = Comparisons.holm(tests, alpha);
    }
    Map<String, Comparison> byName = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.put(names.get(i), tests.get(i));
    }
    List<String> onlyInA = new ArrayList<>(ScoreReader.order(da.metricsPresent()));
    onlyInA.removeAll(ScoreReader.order(db.metricsPresent()));
    List<String> onlyInB = new ArrayList<>(ScoreReader.order(db.metricsPresent()));
    onlyInB.removeAll(ScoreReader.order(da.metricsPresent()));
    output.emit(new CompareResult(da, db, alpha, holm, values, byName, onlyInA, onlyInB), format);
    return 0;
  }

  private static boolean both(Estimate a, Estimate b) {
    return !a.isEmpty() && !b.isEmpty();
  }

  /** The comparison's output. */
  record CompareResult(
      ScoreReader.Data a,
      ScoreReader.Data b,
      double alpha,
      boolean holm,
      Map<String, Estimate[]> values,
      Map<String, Comparison> tests,
      List<String> onlyInA,
      List<String> onlyInB)
      implements Result {

    @Override
    public String title() {
      return "Compare " + a.file().getFileName() + " with " + b.file().getFileName();
    }

    @Override
    public JsonNode json() {
      ObjectNode root = Json.object();
      root.put("schemaVersion", 1);
      side(root.putObject("a"), a);
      side(root.putObject("b"), b);
      Json.put(root, "alpha", alpha);
      root.put("holm", holm);
      // Columns present in one file only cannot be compared; say so rather than drop them silently.
      onlyInA.forEach(root.putArray("onlyInA")::add);
      onlyInB.forEach(root.putArray("onlyInB")::add);
      ObjectNode metrics = root.putObject("metrics");
      for (Map.Entry<String, Estimate[]> e : values.entrySet()) {
        ObjectNode m = metrics.putObject(e.getKey());
        Json.put(m, "a", e.getValue()[0].value());
        Json.put(m, "b", e.getValue()[1].value());
        m.put("nA", e.getValue()[0].n());
        m.put("nB", e.getValue()[1].n());
        Comparison c = tests.get(e.getKey());
        if (c == null) {
          m.put("note", "too few observations to test");
          continue;
        }
        m.put("method", c.method());
        Json.put(m, "difference", c.difference());
        Json.put(m, "standardError", c.standardError());
        boolean t = Double.isFinite(c.degreesOfFreedom());
        Json.put(m, t ? "t" : "z", c.statistic());
        if (t) {
          Json.put(m, "degreesOfFreedom", c.degreesOfFreedom());
        }
        Json.put(m, "pValue", c.pValue());
        Json.put(m, "log10PValue", c.log10PValue());
        m.put("significant", c.significant());
      }
      return root;
    }

    private static void side(ObjectNode n, ScoreReader.Data d) {
      Json.putInput(n, d.file(), d.rows(), d.rejections());
    }

    @Override
    public List<Table> tables() {
      Table t =
          new Table(
              title() + " (alpha " + alpha + (holm ? ", Holm-adjusted" : "") + ")",
              "metric", "A", "B", "A - B", "se", "statistic", "p", "significant", "test");
      for (Map.Entry<String, Estimate[]> e : values.entrySet()) {
        Comparison c = tests.get(e.getKey());
        int decimals = e.getKey().equals("ces") ? 2 : 1;
        if (c == null) {
          t.row(e.getKey(), Num.fixed(e.getValue()[0].value(), decimals), Num.fixed(e.getValue()[1].value(), decimals),
              "", "", "", "", "", "too few observations");
          continue;
        }
        t.row(
            e.getKey(),
            Num.fixed(e.getValue()[0].value(), decimals),
            Num.fixed(e.getValue()[1].value(), decimals),
            Num.fixed(c.difference(), decimals),
            Num.fixed(c.standardError(), decimals + 1),
            (Double.isFinite(c.degreesOfFreedom()) ? "t " : "z ") + Num.fixed(c.statistic(), 2),
            Num.p(c.pValue()),
            c.significant() ? "yes" : "no",
            c.method());
      }
      return List.of(t);
    }
  }
}
