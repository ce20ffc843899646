package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepartmentTest {

  @Test
  void of_builtInIdInAnyCase_equalsConstant() {
    assertThat(Department.of("CALL_CENTRE")).isEqualTo(Department.CALL_CENTRE);
    assertThat(Department.of("call-centre").id()).isEqualTo("call-centre");
    assertThat(Department.of("IT")).isEqualTo(Department.IT);
    assertThat(Department.of("IT").id()).isEqualTo("it");
    assertThat(Department.CALL_CENTRE.isBuiltIn()).isTrue();
  }

  @Test
  void of_customId_isNotBuiltIn() {
    Department claims = Department.of("claims");
    assertThat(claims.isBuiltIn()).isFalse();
    assertThat(claims).hasToString("claims");
    assertThat(Department.builtIns()).doesNotContain(claims).hasSize(10);
  }

  @Test
  void of_invalidId_throwsNamingFieldAndValue() {
    assertThatThrownBy(() -> Department.of("call centre"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("department id ('call centre') must be 1 to 200 characters");
  }

  @Test
  void of_null_throwsNamingParameter() {
    assertThatThrownBy(() -> Department.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void compareTo_ordersById() {
    assertThat(Department.BILLING.compareTo(Department.SALES)).isNegative();
  }
}
