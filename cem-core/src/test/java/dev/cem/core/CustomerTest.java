package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerTest {

  @Test
  void customerIdOf_validValue_keepsCase() {
    assertThat(CustomerId.of("C-1").value()).isEqualTo("C-1");
    assertThat(CustomerId.of("C-1")).isNotEqualTo(CustomerId.of("c-1"));
    assertThat(CustomerId.of("acct:42")).hasToString("acct:42");
  }

  @Test
  void customerIdOf_invalidValue_throwsNamingFieldAndValue() {
    assertThatThrownBy(() -> CustomerId.of("a b"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("customer id ('a b') must be 1 to 200 characters");
    assertThatThrownBy(() -> CustomerId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void customerIdCompareTo_isStringOrder() {
    assertThat(CustomerId.of("c10").compareTo(CustomerId.of("c9"))).isNegative();
  }

  @Test
  void of_idOnly_hasNoSegmentsAndStandardTier() {
    Customer customer = Customer.of(CoreTesting.ALICE);
    assertThat(customer.segments()).isEmpty();
    assertThat(customer.tier()).isEqualTo("standard");
    assertThat(customer.segment("region")).isEmpty();
  }

  @Test
  void of_segmentsInAnyOrder_equalAndSorted() {
    Map<String, String> forward = new LinkedHashMap<>();
    forward.put("region", "north");
    forward.put("product", "fibre 100");
    Map<String, String> backward = new LinkedHashMap<>();
    backward.put("product", "fibre 100");
    backward.put("region", "north");
    Customer a = Customer.of(CoreTesting.ALICE, forward, "gold");
    Customer b = Customer.of(CoreTesting.ALICE, backward, "gold");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.segments().keySet()).containsExactly("product", "region");
    assertThat(a.segment("region")).contains("north");
  }

  @Test
  void of_segmentsMapChangedLater_customerUnchanged() {
    Map<String, String> segments = new LinkedHashMap<>();
    segments.put("region", "north");
    Customer customer = Customer.of(CoreTesting.ALICE, segments, "gold");
    segments.put("region", "south");
    assertThat(customer.segment("region")).contains("north");
  }

  @Test
  void of_tooManySegments_throwsNamingCountAndLimit() {
    Map<String, String> segments = new LinkedHashMap<>();
    for (int i = 0; i < 33; i++) {
      segments.put("k" + i, "v");
    }
    assertThatThrownBy(() -> Customer.of(CoreTesting.ALICE, segments, "gold"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("segments of customer 'alice' (33 entries) must have at most 32");
  }

  @Test
  void of_invalidSegmentKeyOrValue_throws() {
    assertThatThrownBy(() -> Customer.of(CoreTesting.ALICE, Map.of("home region", "x"), "gold"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("segment key ('home region') must be");
    assertThatThrownBy(() -> Customer.of(CoreTesting.ALICE, Map.of("region", " "), "gold"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "segment 'region' value (' ') must be 1 to 200 characters, not blank, without control"
                + " characters");
    assertThatThrownBy(() -> Customer.of(CoreTesting.ALICE, Map.of("region", "a\nb"), "gold"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("without control characters");
  }

  @Test
  void of_invalidTier_throws() {
    assertThatThrownBy(() -> Customer.of(CoreTesting.ALICE, Map.of(), "gold plus"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("tier ('gold plus') must be");
  }

  @Test
  void withSegment_replacesOrAdds() {
    Customer customer =
        Customer.of(CoreTesting.ALICE).withSegment("region", "north").withSegment("region", "south")
            .withSegment("age", "30-39");
    assertThat(customer.segments()).containsExactly(
        Map.entry("age", "30-39"), Map.entry("region", "south"));
  }

  @Test
  void withTier_changesOnlyTier() {
    Customer gold = Customer.of(CoreTesting.ALICE).withSegment("region", "north").withTier("gold");
    assertThat(gold.tier()).isEqualTo("gold");
    assertThat(gold.segment("region")).contains("north");
  }
}
