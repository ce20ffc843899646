package dev.cem.metrics;

/**
 * Named NPS inputs with expected values written as arithmetic on the counts, never copied from
 * the code under test.
 */
final class NpsTesting {
  private NpsTesting() {}

  /** Two-sided 95% normal critical value, qnorm(0.975) in R. */
  static final double Z95 = 1.959963984540054;

  /** One row of named counts. */
  record Counts(String name, long promoters, long passives, long detractors) {
    long n() {
      return promoters + passives + detractors;
    }

    /** NPS in points, 100 (P - D) / n. */
    double nps() {
      return 100.0 * (promoters - detractors) / n();
    }

    /** The R package NPS variance p + d - (p - d)^2, on shares. */
    double rVariance() {
      double p = (double) promoters / n();
      double d = (double) detractors / n();
      return p + d - (p - d) * (p - d);
    }

    /** Scores that produce these counts: 10s, 8s and 3s. */
    int[] scores() {
      int[] s = new int[Math.toIntExact(n())];
      int i = 0;
      for (long k = 0; k < promoters; k++) {
        s[i++] = 10;
      }
      for (long k = 0; k < passives; k++) {
        s[i++] = 8;
      }
      for (long k = 0; k < detractors; k++) {
        s[i++] = 3;
      }
      return s;
    }
  }

  /**
   * Counts 3/2/1 (shares 1/2, 1/3, 1/6): the R package NPS variance is 1/2 + 1/6 - (1/3)^2 = 5/9
   * and the standard error sqrt(5/9 / 6) = 0.3043 (R: nps_var, nps_se on c(10, 9, 9, 8, 7, 3)).
   */
  static final Counts R_EXAMPLE = new Counts("r-example", 3, 2, 1);

  /** Scores 0..10 once each: 2 promoters, 2 passives, 7 detractors (R's npc(0:10) example). */
  static final Counts ZERO_TO_TEN = new Counts("zero-to-ten", 2, 2, 7);

  static final Counts ALL_PROMOTERS = new Counts("all-promoters", 25, 0, 0);
  static final Counts ALL_DETRACTORS = new Counts("all-detractors", 0, 0, 25);
  static final Counts ALL_PASSIVES = new Counts("all-passives", 0, 40, 0);
  static final Counts ONE_PROMOTER = new Counts("one-promoter", 1, 0, 0);
  static final Counts TWO_MIXED = new Counts("two-mixed", 1, 0, 1);
  static final Counts TYPICAL = new Counts("typical", 460, 320, 220);

  /** Counts near 2^40 each: doubles carry them exactly. */
  static final Counts NEAR_2_40 = new Counts("near-2^40", 1L << 40, (1L << 40) - 7, 1L << 39);

  static final Counts[] ALL = {
    R_EXAMPLE, ZERO_TO_TEN, ALL_PROMOTERS, ALL_DETRACTORS, ALL_PASSIVES, ONE_PROMOTER, TWO_MIXED,
    TYPICAL, NEAR_2_40
  };
}
