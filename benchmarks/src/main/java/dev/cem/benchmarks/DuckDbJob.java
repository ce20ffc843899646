package dev.cem.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Baseline (d): DuckDB in-process through its JDBC driver. {@link #load} creates an in-memory
 * database and appends the columns with DuckDB's {@link DuckDBAppender} (untimed); {@link
 * #grouped()} and {@link #ungrouped()} run one prepared SQL aggregation and read its rows, which
 * is what the benchmarks time. The SQL returns the counts; the derived metrics of the (at most
 * 1000) result rows are computed in Java by {@link JobResult}, as for baselines (a) and (b).
 *
 * <p>Not thread safe: one instance per benchmark thread.
 */
public final class DuckDbJob implements AutoCloseable {

  private static final String COUNTS =
      "count(*) AS n,"
          + " count(*) FILTER (WHERE nps >= 9) AS promoters,"
          + " count(*) FILTER (WHERE nps <= 6) AS detractors,"
          + " count(*) FILTER (WHERE csat >= 4) AS csat_top2,"
          + " count(*) FILTER (WHERE resolution_s <= sla_target_s) AS sla_met,"
          + " sum(resolution_s)::BIGINT AS sum_resolution_s";

  static final String GROUPED_SQL = "SELECT segment, " + COUNTS + " FROM survey GROUP BY segment";

  static final String UNGROUPED_SQL = "SELECT 0 AS segment, " + COUNTS + " FROM survey";

  private final Connection connection;
  private final PreparedStatement grouped;
  private final PreparedStatement ungrouped;
  private final int threads;

  private DuckDbJob(Connection connection) throws SQLException {
    this.connection = connection;
    this.grouped = connection.prepareStatement(GROUPED_SQL);
    this.ungrouped = connection.prepareStatement(UNGROUPED_SQL);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      this.threads = rs.getInt(1);
    }
  }

  /**
   * Opens an in-memory DuckDB and loads {@code data} into table {@code survey}.
   *
   * @param data the rows to load
   * @param threads DuckDB worker threads, or 0 for DuckDB's default (one per core)
   */
  public static DuckDbJob load(SurveyData data, int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try {
      try (Statement s = c.createStatement()) {
        if (threads > 0) {
          s.execute("SET threads = " + threads);
        }
        s.execute(
            "CREATE TABLE survey (nps TINYINT, csat TINYINT, segment INTEGER, channel TINYINT,"
                + " resolution_s INTEGER, sla_target_s INTEGER)");
      }
      try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("survey")) {
        for (int i = 0; i < data.rows; i++) {
          a.beginRow()
              .append(data.nps[i])
              .append(data.csat[i])
              .append(data.segment[i])
              .append(data.channel[i])
              .append(data.resolutionSeconds[i])
              .append(data.slaTargetSeconds[i])
              .endRow();
        }
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM survey")) {
        rs.next();
        if (rs.getLong(1) != data.rows) {
          throw new IllegalStateException("DuckDB holds " + rs.getLong(1) + " rows, expected " + data.rows);
        }
      }
      return new DuckDbJob(c);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** DuckDB's {@code threads} setting in force. */
  public int threads() {
    return threads;
  }

  /** The grouped job: one SQL GROUP BY over the table. */
  public JobResult grouped() throws SQLException {
    return run(grouped, SurveyData.SEGMENTS);
  }

  /** The ungrouped job: one SQL aggregation over the table. */
  public JobResult ungrouped() throws SQLException {
    return run(ungrouped, 1);
  }

  private static JobResult run(PreparedStatement statement, int groups) throws SQLException {
    JobResult r = new JobResult(groups);
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        r.set(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
      }
    }
    return r;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
