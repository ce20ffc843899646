package dev.cem.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each evidence operator below, at and above its boundary, and with NaN; written for boundary
 * mutants that PIT found surviving (docs/quality.md).
 */
class EvidenceRuleOperatorTest {

  // operator, left, right, expected
  static Stream<Arguments> cases() {
    return Stream.of(
        // strictly less / greater: equality is false
        Arguments.of(EvidenceRule.Operator.LT, 1.0, 2.0, true),
        Arguments.of(EvidenceRule.Operator.LT, 2.0, 2.0, false),
        Arguments.of(EvidenceRule.Operator.GT, 3.0, 2.0, true),
        Arguments.of(EvidenceRule.Operator.GT, 2.0, 2.0, false),
        // or equal: equality is true, one step past is false
        Arguments.of(EvidenceRule.Operator.LE, 2.0, 2.0, true),
        Arguments.of(EvidenceRule.Operator.LE, Math.nextUp(2.0), 2.0, false),
        Arguments.of(EvidenceRule.Operator.GE, 2.0, 2.0, true),
        Arguments.of(EvidenceRule.Operator.GE, Math.nextDown(2.0), 2.0, false),
        Arguments.of(EvidenceRule.Operator.EQ, 2.0, 2.0, true),
        Arguments.of(EvidenceRule.Operator.EQ, 2.0, 2.5, false),
        // NaN never passes
        Arguments.of(EvidenceRule.Operator.LT, Double.NaN, 2.0, false),
        Arguments.of(EvidenceRule.Operator.LE, Double.NaN, 2.0, false),
        Arguments.of(EvidenceRule.Operator.GT, 2.0, Double.NaN, false),
        Arguments.of(EvidenceRule.Operator.GE, Double.NaN, Double.NaN, false),
        Arguments.of(EvidenceRule.Operator.EQ, Double.NaN, Double.NaN, false));
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @MethodSource("cases")
  void test_boundaryAndNaN(EvidenceRule.Operator operator, double left, double right, boolean expected) {
    assertThat(operator.test(left, right)).isEqualTo(expected);
  }
}
