package dev.cem.spark;

import dev.cem.metrics.ColumnarBatch;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A seeded synthetic data set defined twice from the same integer formulas: as Spark SQL
 * expressions over {@code spark.range(rows)}, and as Java arrays for the {@code ColumnarScorer}.
 *
 * <p>Each column draws a value {@code h = ((id * a + seed) mod M) * a mod M} with M = 2^31 - 1 and
 * its own multiplier {@code a} (Park-Miller multipliers), computed in long arithmetic that cannot
 * overflow for ids below 2^31 / a. From h, {@code u = h mod 1000} picks the row's kind (null,
 * invalid, valid) and {@code v = h div 1000} the value:
 *
 * The frame also has {@code day = id mod 30}.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>null when u &lt;</th><th>invalid when u &lt;</th><th>valid value</th></tr>
 *   <tr><td>segment</td><td>-</td><td>-</td><td>h mod SEGMENTS</td></tr>
 *   <tr><td>nps</td><td>30</td><td>36: 11 + u mod 3</td><td>v mod 11</td></tr>
 *   <tr><td>csat</td><td>40</td><td>44: 0</td><td>1 + v mod 5</td></tr>
 *   <tr><td>ces</td><td>50</td><td>53: 8</td><td>1 + v mod 7</td></tr>
 *   <tr><td>fcr</td><td>100</td><td>103: 2</td><td>1 if v mod 10 &lt; 7, else 0</td></tr>
 *   <tr><td>resolution</td><td>20</td><td>22: -5</td><td>v mod 200000</td></tr>
 *   <tr><td>target</td><td>300</td><td>302: -7</td><td>{3600, 14400, 86400, 172800}[v mod 4]</td></tr>
 * </table>
 */
final class GeneratedData {
  static final long M = 2147483647L;
  static final int SEGMENTS = 7;

  private static final long SEED = 20261123L;
  private static final long A_SEGMENT = 48271;
  private static final long A_NPS = 16807;
  private static final long A_CSAT = 69621;
  private static final long A_CES = 39373;
  private static final long A_FCR = 40692;
  private static final long A_RESOLUTION = 40014;
  private static final long A_TARGET = 42871;

  final int rows;
  final int partitions;
  final int[] segment;
  final byte[] nps;
  final byte[] csat;
  final byte[] ces;
  final byte[] fcr;
  final int[] resolution;
  final int[] target;

  GeneratedData(int rows, int partitions) {
    this.rows = rows;
    this.partitions = partitions;
    segment = new int[rows];
    nps = new byte[rows];
    csat = new byte[rows];
    ces = new byte[rows];
    fcr = new byte[rows];
    resolution = new int[rows];
    target = new int[rows];
    byte missing = ColumnarBatch.MISSING_BYTE;
    int missingInt = ColumnarBatch.MISSING_INT;
    for (int i = 0; i < rows; i++) {
      long id = i;
      segment[i] = (int) (h(id, A_SEGMENT) % SEGMENTS);
      long h = h(id, A_NPS);
      long u = h % 1000;
      long v = h / 1000;
      nps[i] = u < 30 ? missing : u < 36 ? (byte) (11 + u % 3) : (byte) (v % 11);
      h = h(id, A_CSAT);
      u = h % 1000;
      v = h / 1000;
      csat[i] = u < 40 ? missing : u < 44 ? 0 : (byte) (1 + v % 5);
      h = h(id, A_CES);
      u = h % 1000;
      v = h / 1000;
      ces[i] = u < 50 ? missing : u < 53 ? 8 : (byte) (1 + v % 7);
      h = h(id, A_FCR);
      u = h % 1000;
      v = h / 1000;
      fcr[i] = u < 100 ? missing : u < 103 ? 2 : (byte) (v % 10 < 7 ? 1 : 0);
      h = h(id, A_RESOLUTION);
      u = h % 1000;
      v = h / 1000;
      resolution[i] = u < 20 ? missingInt : u < 22 ? -5 : (int) (v % 200000);
      h = h(id, A_TARGET);
      u = h % 1000;
      v = h / 1000;
      target[i] = u < 300 ? missingInt : u < 302 ? -7 : TARGETS[(int) (v % 4)];
    }
  }

  private static final int[] TARGETS = {3600, 14400, 86400, 172800};

  static long h(long id, long a) {
    return ((id * a + SEED) % M) * a % M;
  }

  private static String h(String a) {
    return String.format(Locale.ROOT, "(((id * %s + %d) %% %d) * %s %% %d)", a, SEED, M, a, M);
  }

  private static String column(String name, String body) {
    String u = "(h_" + name + " % 1000)";
    String v = "(h_" + name + " div 1000)";
    return "CAST(" + body.replace("$u", u).replace("$v", v) + " AS DOUBLE) AS " + name;
  }

  /** The data set as a data frame with {@link #partitions} partitions. */
  Dataset<Row> frame() {
    return SparkTesting.spark()
        .range(0, rows, 1, partitions)
        .selectExpr(
            "id",
            h(Long.toString(A_SEGMENT)) + " AS h_segment",
            h(Long.toString(A_NPS)) + " AS h_nps",
            h(Long.toString(A_CSAT)) + " AS h_csat",
            h(Long.toString(A_CES)) + " AS h_ces",
            h(Long.toString(A_FCR)) + " AS h_fcr",
            h(Long.toString(A_RESOLUTION)) + " AS h_resolution",
            h(Long.toString(A_TARGET)) + " AS h_target")
        .selectExpr(
            "CAST(h_segment % " + SEGMENTS + " AS INT) AS segment",
            "CAST(id % 30 AS INT) AS day",
            column("nps", "CASE WHEN $u < 30 THEN NULL WHEN $u < 36 THEN 11 + $u % 3 ELSE $v % 11 END"),
            column("csat", "CASE WHEN $u < 40 THEN NULL WHEN $u < 44 THEN 0 ELSE 1 + $v % 5 END"),
            column("ces", "CASE WHEN $u < 50 THEN NULL WHEN $u < 53 THEN 8 ELSE 1 + $v % 7 END"),
            column("fcr",
                "CASE WHEN $u < 100 THEN NULL WHEN $u < 103 THEN 2 WHEN $v % 10 < 7 THEN 1 ELSE 0 END"),
            column("resolution",
                "CASE WHEN $u < 20 THEN NULL WHEN $u < 22 THEN -5 ELSE $v % 200000 END"),
            column("target",
                "CASE WHEN $u < 300 THEN NULL WHEN $u < 302 THEN -7"
                    + " ELSE element_at(array(3600, 14400, 86400, 172800), CAST($v % 4 AS INT) + 1)"
                    + " END"));
  }

  /** Rows of {@code segment} whose value is invalid in a column, counted from the arrays. */
  long invalid(int seg, String column) {
    long n = 0;
    for (int i = 0; i < rows; i++) {
      if (segment[i] != seg) {
        continue;
      }
      boolean bad;
      switch (column) {
        case "nps":
          bad = nps[i] > 10;
          break;
        case "csat":
          bad = csat[i] == 0;
          break;
        case "ces":
          bad = ces[i] == 8;
          break;
        case "fcr":
          bad = fcr[i] == 2;
          break;
        case "resolutionSeconds":
          bad = resolution[i] == -5;
          break;
        default:
          bad = target[i] == -7 && resolution[i] != -5;
      }
      if (bad) {
        n++;
      }
    }
    return n;
  }
}
