package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TouchpointTest {

  @Test
  void of_validComponents_keepsThem() {
    Touchpoint touchpoint =
        Touchpoint.of(
            "order-page", "Order status page", Channel.WEB, ServicePhase.TRANSACTION,
            Department.LOGISTICS);
    assertThat(touchpoint.id()).isEqualTo("order-page");
    assertThat(touchpoint.name()).isEqualTo("Order status page");
    assertThat(touchpoint.channel()).isEqualTo(Channel.WEB);
    assertThat(touchpoint.phase()).isEqualTo(ServicePhase.TRANSACTION);
    assertThat(touchpoint.owner()).isEqualTo(Department.LOGISTICS);
    assertThat(touchpoint).isEqualTo(CoreTesting.ORDER_PAGE);
  }

  @Test
  void of_invalidId_throwsNamingField() {
    assertThatThrownBy(
            () ->
                Touchpoint.of(
                    "order page", "x", Channel.WEB, ServicePhase.TRANSACTION, Department.IT))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("touchpoint id ('order page') must be");
  }

  @Test
  void of_blankOrLongName_throws() {
    assertThatThrownBy(
            () -> Touchpoint.of("tp", "", Channel.WEB, ServicePhase.TRANSACTION, Department.IT))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "touchpoint name ('') must be 1 to 200 characters, not blank, without control"
                + " characters");
    String longName = "n".repeat(201);
    assertThatThrownBy(
            () ->
                Touchpoint.of("tp", longName, Channel.WEB, ServicePhase.TRANSACTION, Department.IT))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("touchpoint name ('" + "n".repeat(77) + "...')");
  }

  @Test
  void of_nullComponent_throwsNamingIt() {
    assertThatThrownBy(
            () -> Touchpoint.of("tp", "x", null, ServicePhase.TRANSACTION, Department.IT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("channel");
    assertThatThrownBy(() -> Touchpoint.of("tp", "x", Channel.WEB, null, Department.IT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("phase");
    assertThatThrownBy(
            () -> Touchpoint.of("tp", "x", Channel.WEB, ServicePhase.TRANSACTION, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("owner");
  }

  @Test
  void with_changesOneComponent() {
    Touchpoint moved = CoreTesting.ORDER_PAGE.withChannel(Channel.MOBILE_APP);
    assertThat(moved.channel()).isEqualTo(Channel.MOBILE_APP);
    assertThat(moved.id()).isEqualTo("order-page");
    assertThat(CoreTesting.ORDER_PAGE.withPhase(ServicePhase.DETECTION).phase())
        .isEqualTo(ServicePhase.DETECTION);
    assertThat(CoreTesting.ORDER_PAGE.withOwner(Department.IT).owner()).isEqualTo(Department.IT);
    assertThat(CoreTesting.ORDER_PAGE.withName("Track order").name()).isEqualTo("Track order");
  }
}
