package dev.cem.metrics.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's component list builds its details when read, and behaves as an immutable list. */
class ExplainedComponentsTest {

  @Test
  void equalsTheSameDetailsInAnyListAndIsImmutable() {
    for (MissingPolicy policy : MissingPolicy.values()) {
      BundleScore score = BundleTesting.goalpostBundle(policy).score(BundleTesting.goalpostUnit());
      List<ComponentScore> lazy = score.components();
      List<ComponentScore> copied = new ArrayList<>(lazy);

      // Each read builds an equal record; the list equals a plain copy, both ways, with its hash.
      assertThat(lazy.get(0)).isEqualTo(lazy.get(0)).isNotSameAs(lazy.get(0));
      assertThat(lazy).isEqualTo(copied).hasSameHashCodeAs(copied);
      assertThat(copied).isEqualTo(lazy);
      BundleScore rebuilt =
          new BundleScore(
              score.value(),
              score.standardError(),
              score.lower(),
              score.upper(),
              score.confidence(),
              score.status(),
              score.coverage(),
              ImmutableList.copyOf(copied),
              score.profile());
      assertThat(rebuilt).isEqualTo(score).hasSameHashCodeAs(score);
      assertThat(rebuilt.toString()).isEqualTo(score.toString());

      assertThatThrownBy(() -> lazy.add(copied.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> lazy.set(0, copied.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> lazy.get(lazy.size())).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> lazy.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
