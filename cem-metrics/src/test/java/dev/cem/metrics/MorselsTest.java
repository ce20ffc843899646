package dev.cem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MorselsTest {

  // Morsels go out in row order and cover every row exactly once, whole chunks but the last,
  // about PER_TASK per task once the rows allow it; also near the largest int row count.
  @Test
  void next_coversEveryRowOnceInOrder() {
    int chunk = PackedCounting.CHUNK;
    int[][] cases = {
      {1, 2, 16_384}, {16_384, 2, 16_384}, {10_000_000, 2, 16_384}, {10_000_001, 3, 16_384},
      {123_457, 4, 1}, {Integer.MAX_VALUE - 1, 2, 16_384}, {Integer.MAX_VALUE, 64, 1}
    };
    for (int[] c : cases) {
      int rows = c[0];
      Morsels morsels = new Morsels(rows, c[1], c[2]);
      long expectedFrom = 0;
      int handedOut = 0;
      for (int m = morsels.next(); m >= 0; m = morsels.next()) {
        assertThat(m).isEqualTo(handedOut++);
        assertThat((long) morsels.from(m)).isEqualTo(expectedFrom);
        int size = morsels.to(m) - morsels.from(m);
        assertThat(size).isPositive();
        if (morsels.to(m) < rows) {
          assertThat(size % chunk).isZero();
          assertThat(size).isGreaterThanOrEqualTo(c[2]);
        }
        expectedFrom = morsels.to(m);
      }
      assertThat(expectedFrom).as("rows covered of %d", rows).isEqualTo(rows);
      if (rows >= 10_000_000) {
        assertThat(handedOut).isBetween(Morsels.PER_TASK * c[1] / 2, Morsels.PER_TASK * c[1]);
      }
    }
  }

  @Test
  void stop_handsOutNoMore() {
    Morsels morsels = new Morsels(1_000_000, 2, 16_384);
    assertThat(morsels.next()).isZero();
    morsels.stop();
    assertThat(morsels.next()).isEqualTo(-1);
  }
}
