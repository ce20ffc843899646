package dev.cem.benchmarks;

import java.util.SplittableRandom;

/**
 * Seeded synthetic survey data in columns, the input of every grouped and ungrouped benchmark.
 *
 * <p>One row is one answered survey after a service contact:
 *
 * <ul>
 *   <li>{@link #nps}: likelihood to recommend, 0..10, skewed towards the top as real NPS data is;
 *   <li>{@link #csat}: satisfaction, 1..5;
 *   <li>{@link #segment}: customer segment, 0..{@value #SEGMENTS}-1, uniform and in random order,
 *       so grouped code reads its per-group counters at random;
 *   <li>{@link #channel}: contact channel, 0..{@value #CHANNELS}-1;
 *   <li>{@link #resolutionSeconds}: time to resolve, log-normal with a median of two hours;
 *   <li>{@link #slaTargetSeconds}: the resolution target agreed for the row's channel.
 * </ul>
 *
 * <p>The same {@code (rows, seed)} always gives the same data, on any machine and JDK 17 or later
 * ({@link SplittableRandom} and its Gaussian are specified algorithms). Rows are 15 bytes in
 * these columns, so 10,000,000 rows are 150 MB: far more than any cache.
 */
public final class SurveyData {

  /** The seed every benchmark uses. */
  public static final long SEED = 20261123L;

  /** Number of segments (groups in the grouped job). */
  public static final int SEGMENTS = 1000;

  /** Number of channels. */
  public static final int CHANNELS = 8;

  /** Resolution target per channel, in seconds: phone, chat, e-mail, web form, store, social, partner, letter. */
  static final int[] SLA_TARGET_BY_CHANNEL = {
    4 * 3600, 1 * 3600, 8 * 3600, 24 * 3600, 2 * 3600, 6 * 3600, 48 * 3600, 72 * 3600
  };

  /** Percent weights of the NPS answers 0..10 (sum 100). */
  private static final int[] NPS_WEIGHTS = {2, 1, 1, 2, 3, 5, 8, 13, 20, 24, 21};

  /** Percent weights of the CSAT answers 1..5 (sum 100). */
  private static final int[] CSAT_WEIGHTS = {5, 8, 17, 37, 33};

  /** Log-normal resolution time: median e^mu = 7200 s, sigma 1.1. */
  private static final double RESOLUTION_MU = Math.log(7200);

  private static final double RESOLUTION_SIGMA = 1.1;

  /** Longest resolution time generated (30 days), so sums stay far from overflow. */
  private static final int RESOLUTION_CAP = 30 * 24 * 3600;

  public final int rows;
  public final byte[] nps;
  public final byte[] csat;
  public final int[] segment;
  public final byte[] channel;
  public final int[] resolutionSeconds;
  public final int[] slaTargetSeconds;

  private SurveyData(int rows) {
    this.rows = rows;
    this.nps = new byte[rows];
    this.csat = new byte[rows];
    this.segment = new int[rows];
    this.channel = new byte[rows];
    this.resolutionSeconds = new int[rows];
    this.slaTargetSeconds = new int[rows];
  }

  /**
   * Generates {@code rows} rows from {@code seed}.
   *
   * @param rows number of rows, at least 1
   * @param seed the random seed; the same seed gives the same data
   * @return the data, freshly allocated
   */
  public static SurveyData generate(int rows, long seed) {
    if (!(rows >= 1)) {
      throw new IllegalArgumentException("rows (" + rows + ") must be >= 1");
    }
    byte[] npsTable = table(NPS_WEIGHTS, 0);
    byte[] csatTable = table(CSAT_WEIGHTS, 1);
    SurveyData d = new SurveyData(rows);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < rows; i++) {
      d.nps[i] = npsTable[random.nextInt(100)];
      d.csat[i] = csatTable[random.nextInt(100)];
      d.segment[i] = random.nextInt(SEGMENTS);
      int channel = random.nextInt(CHANNELS);
      d.channel[i] = (byte) channel;
      double seconds = Math.exp(RESOLUTION_MU + RESOLUTION_SIGMA * random.nextGaussian());
      d.resolutionSeconds[i] = (int) Math.max(1, Math.min(RESOLUTION_CAP, Math.round(seconds)));
      d.slaTargetSeconds[i] = SLA_TARGET_BY_CHANNEL[channel];
    }
    return d;
  }

  /** Expands percent weights into a 100-entry lookup table of values starting at {@code first}. */
  private static byte[] table(int[] percentWeights, int first) {
    byte[] table = new byte[100];
    int at = 0;
    for (int v = 0; v < percentWeights.length; v++) {
      for (int k = 0; k < percentWeights[v]; k++) {
        table[at++] = (byte) (first + v);
      }
    }
    if (at != 100) {
      throw new IllegalStateException("weights sum to " + at + ", not 100");
    }
    return table;
  }
}
