package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.JourneyMap.Stage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyMapTest {
  private static final Stage ORDER =
      Stage.of("Order", List.of("web-shop", "store"), Duration.ofMinutes(15));
  private static final Stage TRACK =
      Stage.of("Track", List.of("order-page", "delay-notice"), Duration.ofDays(2));
  private static final Stage RECEIVE =
      Stage.of("Receive", List.of("courier"), Duration.ofHours(1));
  private static final JourneyMap DELIVERY =
      JourneyMap.of("delivery-v1", "delivery", List.of(ORDER, TRACK, RECEIVE));

  @Test
  void totalTargetDuration_sumsStages() {
    // 15 min + 48 h + 1 h
    assertThat(DELIVERY.totalTargetDuration()).isEqualTo(Duration.ofMinutes(15 + 48 * 60 + 60));
  }

  @Test
  void stageOf_knownAndUnknownTouchpoint() {
    assertThat(DELIVERY.stageOf("delay-notice")).contains(TRACK);
    assertThat(DELIVERY.stageIndexOf("courier")).isEqualTo(2);
    assertThat(DELIVERY.stageOf("hotline")).isEmpty();
    assertThat(DELIVERY.stageIndexOf("hotline")).isEqualTo(-1);
  }

  @Test
  void of_noStages_throws() {
    assertThatThrownBy(() -> JourneyMap.of("m", "delivery", List.of()))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("journey map 'm' must have at least one stage");
  }

  @Test
  void of_repeatedStageName_throws() {
    assertThatThrownBy(() -> JourneyMap.of("m", "delivery", List.of(ORDER, ORDER)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("journey map 'm' stage name ('Order') must not repeat");
  }

  @Test
  void of_touchpointInTwoStages_throws() {
    Stage again = Stage.of("Pick up", List.of("store"), Duration.ofHours(1));
    assertThatThrownBy(() -> JourneyMap.of("m", "delivery", List.of(ORDER, again)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "journey map 'm' touchpoint 'store' must be in one stage only, not in 'Order' and"
                + " 'Pick up'");
  }

  @Test
  void stageOf_invalidParts_throw() {
    assertThatThrownBy(() -> Stage.of("Order", List.of(), Duration.ofHours(1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("stage 'Order' must expect at least one touchpoint");
    assertThatThrownBy(() -> Stage.of("Order", List.of("a", "a"), Duration.ofHours(1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("stage 'Order' touchpoint id ('a') must not repeat");
    assertThatThrownBy(() -> Stage.of("Order", List.of("a"), Duration.ZERO))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("stage 'Order' target duration (PT0S) must be > PT0S");
    assertThatThrownBy(() -> Stage.of("Order", List.of("web shop"), Duration.ofHours(1)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("stage 'Order' touchpoint id ('web shop') must be");
  }
}
