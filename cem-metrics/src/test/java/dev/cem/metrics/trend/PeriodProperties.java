package dev.cem.metrics.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodProperties {

  @Provide
  Arbitrary<Instant> instants() {
    // 2019 .. 2031, around several DST changes and ISO 53-week years
    return Arbitraries.longs().between(1_546_300_800L, 1_956_528_000L).map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneId.of("UTC"),
        ZoneId.of("Europe/Berlin"),
        ZoneId.of("America/Los_Angeles"),
        ZoneId.of("Australia/Lord_Howe"),
        ZoneId.of("Asia/Kolkata"));
  }

  @Property(tries = 500)
  void containing_instantLiesInItsPeriod(
      @ForAll("instants") Instant t, @ForAll("zones") ZoneId zone, @ForAll Granularity granularity) {
    Period period = Period.containing(t, zone, granularity);
    assertThat(period.startIn(zone)).isBeforeOrEqualTo(t);
    assertThat(period.endIn(zone)).isAfter(t);
    assertThat(period.contains(t, zone)).isTrue();
    assertThat(period.next().startIn(zone)).isEqualTo(period.endIn(zone));
  }
}
