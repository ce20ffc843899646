package dev.cem.core.json;

import static dev.cem.core.CoreTesting.ALICE;
import static dev.cem.core.CoreTesting.HOTLINE;
import static dev.cem.core.CoreTesting.ORDER_PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cem.core.BusinessHours;
import dev.cem.core.BusinessHours.Interval;
import dev.cem.core.Customer;
import dev.cem.core.Incident;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyMap;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.Sla;
import dev.cem.core.SlaMeasure;
import dev.cem.core.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden documents of schema version 1, written by hand in {@code src/test/resources}: each is
 * (a) read to the value built here in Java, (b) written back byte for byte, and (c) round-tripped.
 * A change that breaks one of these breaks every stored cem document.
 */
class CemJsonGoldenTest {

  static Stream<Arguments> goldens() {
    Response journeyScore =
        Response.of(
            ALICE, Subject.journey("alice:delivery:1"), Instant.parse("2026-03-03T12:00:00Z"),
            Scale.NPS, 6);
    Journey journey =
        Journey.of(
                "alice:delivery:1",
                ALICE,
                "delivery",
                List.of(
                    Interaction.of("i1", ALICE, ORDER_PAGE, Instant.parse("2026-03-02T09:00:00Z"),
                            Outcome.UNRESOLVED)
                        .withJourneyType("delivery"),
                    Interaction.of("i2", ALICE, HOTLINE, Instant.parse("2026-03-02T09:30:00Z"),
                            Outcome.RESOLVED)
                        .withHandlingTime(Duration.ofMinutes(12))
                        .withRepeatedInformation(true)
                        .withJourneyType("delivery")))
            .withResponse(journeyScore);
    BusinessHours calendar =
        new BusinessHours(
            ZoneId.of("Europe/Berlin"),
            Map.of(
                DayOfWeek.MONDAY, List.of(Interval.of(LocalTime.of(9, 0), LocalTime.of(17, 0))),
                DayOfWeek.FRIDAY,
                List.of(
                    Interval.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                    Interval.of(LocalTime.of(13, 0), LocalTime.MIDNIGHT))),
            Set.of(LocalDate.of(2026, 12, 25)));
    return Stream.of(
        Arguments.of("touchpoint.json", ORDER_PAGE),
        Arguments.of(
            "customer.json",
            Customer.of(ALICE, Map.of("region", "north", "product", "fibre 100"), "gold")),
        Arguments.of(
            "interaction.json",
            Interaction.of("i3", ALICE, HOTLINE, Instant.parse("2026-03-02T09:30:00Z"),
                    Outcome.UNRESOLVED)
                .withHandlingTime(Duration.ofSeconds(450))
                .withRepeatedInformation(true)
                .withContactReason("Where is my parcel?")
                .withJourneyType("delivery")),
        Arguments.of(
            "response.json",
            Response.of(ALICE, Subject.journey("alice:delivery:1"),
                    Instant.parse("2026-03-03T12:00:00Z"), Scale.NPS, 3)
                .withComment("Three calls.\nNobody knew my order.")),
        Arguments.of(
            "sla.json",
            Sla.of("first-response-4h", SlaMeasure.FIRST_RESPONSE, Duration.ofHours(4))
                .withCalendar(calendar)),
        Arguments.of(
            "incident.json",
            Incident.detected("inc-7", Instant.parse("2026-03-02T10:00:00Z"))
                .withFirstReportedByCustomerAt(Instant.parse("2026-03-02T10:05:00Z"))
                .withResolvedAt(Instant.parse("2026-03-02T12:00:00Z"))
                .withAffectedCustomers(1200)),
        Arguments.of("journey.json", journey),
        Arguments.of(
            "journey-map.json",
            JourneyMap.of(
                "delivery-v1",
                "delivery",
                List.of(
                    JourneyMap.Stage.of("Order", List.of("web-shop", "store"),
                        Duration.ofMinutes(15)),
                    JourneyMap.Stage.of("Track", List.of("order-page", "delay-notice"),
                        Duration.ofDays(2))))));
  }

  static String golden(String name) {
    try (InputStream in = CemJsonGoldenTest.class.getResourceAsStream("v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void read_goldenV1_equalsHandBuiltValue(String file, Object expected) {
    assertThat(CemJson.read(golden(file), expected.getClass())).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void write_handBuiltValue_equalsGoldenBytes(String file, Object value) {
    assertThat(CemJson.write(value)).isEqualTo(golden(file));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void roundTrip_pretty_yaml_andJacksonModule_giveEqualValue(String file, Object value) {
    assertThat(CemJson.read(CemJson.writePretty(value), value.getClass())).isEqualTo(value);
    assertThat(CemJson.readYaml(CemJson.write(value), value.getClass())).isEqualTo(value);
    assertThat(CemJson.read(new java.io.StringReader(CemJson.write(value)), value.getClass()))
        .isEqualTo(value);
  }
}
