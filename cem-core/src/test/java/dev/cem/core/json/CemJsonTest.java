package dev.cem.core.json;

import static dev.cem.core.CoreTesting.ALICE;
import static dev.cem.core.CoreTesting.HOTLINE;
import static dev.cem.core.CoreTesting.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.AssemblyReport;
import dev.cem.core.BusinessHours;
import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import dev.cem.core.Channel;
import dev.cem.core.Customer;
import dev.cem.core.CoreTesting;
import dev.cem.core.Incident;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyAssembler;
import dev.cem.core.JourneyMap;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.Sla;
import dev.cem.core.SlaMeasure;
import dev.cem.core.Subject;
import dev.cem.core.Touchpoint;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CemJsonTest {

  // one value of every document type, with optional parts left out where the type has them
  static Stream<Object> documents() {
    return Stream.of(
        Scale.CSAT,
        Customer.of(ALICE),
        HOTLINE,
        Interaction.of("i1", ALICE, HOTLINE, T0, Outcome.ABANDONED),
        Subject.touchpoint("hotline"),
        Response.of(ALICE, Subject.touchpoint("hotline"), T0, Scale.CES, 7),
        BusinessHours.Interval.allDay(),
        BusinessHours.weekdays(ZoneId.of("America/New_York"), LocalTime.of(8, 30),
            LocalTime.of(18, 0)),
        Sla.of("resolution-2d", SlaMeasure.RESOLUTION, Duration.ofDays(2)),
        Incident.detected("inc-1", T0),
        Journey.of("j1", ALICE, "unspecified",
            List.of(Interaction.of("i1", ALICE, HOTLINE, T0, Outcome.RESOLVED))),
        JourneyMap.Stage.of("Ask", List.of("hotline"), Duration.ofMinutes(5)),
        JourneyMap.of("m", "support",
            List.of(JourneyMap.Stage.of("Ask", List.of("hotline"), Duration.ofMinutes(5)))),
        new AssemblyReport(10, 2, 1, 3, 4));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void roundTrip_everyDocumentType_equalValue(Object value) {
    String json = CemJson.write(value);
    assertThat(json).startsWith("{\"schemaVersion\":1,");
    assertThat(CemJson.read(json, value.getClass())).isEqualTo(value);
  }

  @Test
  void documentTypes_coverEveryObjectType() {
    assertThat(CemJson.documentTypes())
        .containsExactlyInAnyOrderElementsOf(
            documents().map(Object::getClass).map(c -> (Class<?>) c).toList());
  }

  @Test
  void write_optionalPartsEmpty_leftOut() {
    assertThat(CemJson.write(Incident.detected("inc-1", T0)))
        .isEqualTo(
            "{\"schemaVersion\":1,\"id\":\"inc-1\",\"detectedAt\":\"2026-03-02T09:00:00Z\","
                + "\"affectedCustomers\":0}");
  }

  @Test
  void read_optionalPartNull_isEmpty() {
    String json =
        "{\"schemaVersion\":1,\"id\":\"inc-1\",\"detectedAt\":\"2026-03-02T09:00:00Z\","
            + "\"resolvedAt\":null,\"affectedCustomers\":0}";
    assertThat(CemJson.read(json, Incident.class)).isEqualTo(Incident.detected("inc-1", T0));
  }

  @Test
  void read_defaultableFieldsLeftOut_documentedDefaults() {
    String customer = "{\"schemaVersion\":1,\"id\":\"alice\"}";
    assertThat(CemJson.read(customer, Customer.class)).isEqualTo(Customer.of(ALICE));
    String interaction =
        "{\"schemaVersion\":1,\"id\":\"i1\",\"customer\":\"alice\",\"touchpoint\":{"
            + TOUCHPOINT_FIELDS + "},\"timestamp\":\"2026-03-02T09:00:00Z\","
            + "\"outcome\":\"ABANDONED\"}";
    assertThat(CemJson.read(interaction, Interaction.class))
        .isEqualTo(Interaction.of("i1", ALICE, HOTLINE, T0, Outcome.ABANDONED));
    String calendar =
        "{\"schemaVersion\":1,\"zone\":\"UTC\",\"week\":{\"MONDAY\":[{\"start\":\"00:00\","
            + "\"end\":\"24:00\"}]}}";
    assertThat(CemJson.read(calendar, BusinessHours.class))
        .isEqualTo(
            BusinessHours.of(ZoneId.of("UTC"),
                java.util.Map.of(java.time.DayOfWeek.MONDAY,
                    List.of(BusinessHours.Interval.allDay()))));
  }

  @Test
  void write_notADocumentType_throwsListingTypes() {
    assertThatThrownBy(() -> CemJson.write(Channel.WEB))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageStartingWith("type (dev.cem.core.Channel) must be a cem document type: ")
        .hasMessageContaining("Interaction, Interval, Journey, JourneyMap");
  }

  @Test
  void writeAll_readAll_assembledJourneys_roundTrip() {
    List<Interaction> data = CoreTesting.randomInteractions(42, 200, 5, 10);
    List<Journey> journeys = JourneyAssembler.of(Duration.ofHours(8)).assemble(data).journeys();
    String json = CemJson.writeAll(Journey.class, journeys);
    assertThat(json).startsWith("{\"schemaVersion\":1,\"items\":[{\"id\":");
    assertThat(CemJson.readAll(json, Journey.class)).isEqualTo(journeys);
    assertThat(CemJson.readAll(CemJson.writeAll(Interaction.class, data), Interaction.class))
        .isEqualTo(data);
  }

  @Test
  void writeAll_readAll_randomResponses_roundTrip() {
    List<Response> responses = CoreTesting.randomResponses(7, 300, 20, Scale.NPS);
    assertThat(CemJson.readAll(CemJson.writeAll(Response.class, responses), Response.class))
        .isEqualTo(responses);
  }

  @Test
  void readAll_emptyList_isEmpty() {
    assertThat(CemJson.readAll("{\"schemaVersion\":1,\"items\":[]}", Touchpoint.class)).isEmpty();
  }

  private static final String TOUCHPOINT_FIELDS =
      "\"id\":\"hotline\",\"name\":\"Service hotline\",\"channel\":\"phone\","
          + "\"phase\":\"TRANSACTION\",\"owner\":\"call-centre\"";

  // type, document, expected message: every way a document can be wrong
  static Stream<Arguments> malformed() {
    String interactionStart =
        "{\"schemaVersion\":1,\"id\":\"i1\",\"customer\":\"alice\",\"touchpoint\":{"
            + TOUCHPOINT_FIELDS;
    return Stream.of(
        // schema version
        Arguments.of(Touchpoint.class, "{" + TOUCHPOINT_FIELDS + "}",
            "$: missing \"schemaVersion\"; this version of cem reads schema version 1"),
        Arguments.of(Touchpoint.class, "{\"schemaVersion\":2," + TOUCHPOINT_FIELDS + "}",
            "$.schemaVersion: unsupported schema version (number 2); this version of cem reads"
                + " schema version 1"),
        Arguments.of(Touchpoint.class, "{\"schemaVersion\":\"1\"," + TOUCHPOINT_FIELDS + "}",
            "$.schemaVersion: unsupported schema version (string \"1\"); this version of cem reads"
                + " schema version 1"),
        // unknown fields, at the top and nested
        Arguments.of(Touchpoint.class,
            "{\"schemaVersion\":1," + TOUCHPOINT_FIELDS + ",\"colour\":\"red\"}",
            "$.colour: unknown property 'colour' (known: channel, id, name, owner, phase,"
                + " schemaVersion)"),
        Arguments.of(Interaction.class, interactionStart + ",\"x\":1}}",
            "$.touchpoint.x: unknown property 'x' (known: channel, id, name, owner, phase)"),
        // wrong types
        Arguments.of(Touchpoint.class,
            "{\"schemaVersion\":1,\"id\":7,\"name\":\"n\",\"channel\":\"web\","
                + "\"phase\":\"TRANSACTION\",\"owner\":\"it\"}",
            "$.id: expected a string, got number 7"),
        Arguments.of(Scale.class, "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":0,\"max\":\"10\"}",
            "$.max: expected an integer between -2147483648 and 2147483647, got string \"10\""),
        Arguments.of(Scale.class, "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":0,\"max\":10.5}",
            "$.max: expected an integer between -2147483648 and 2147483647, got number 10.5"),
        Arguments.of(Interaction.class,
            interactionStart + "},\"timestamp\":\"yesterday\",\"handlingTime\":\"PT1M\","
                + "\"initiator\":\"CUSTOMER\",\"outcome\":\"RESOLVED\","
                + "\"repeatedInformation\":false}",
            "$.timestamp: expected an ISO-8601 instant such as 2026-01-31T09:30:00Z, got"
                + " 'yesterday'"),
        Arguments.of(Interaction.class,
            interactionStart + "},\"timestamp\":\"2026-03-02T09:00:00Z\",\"handlingTime\":30,"
                + "\"initiator\":\"CUSTOMER\",\"outcome\":\"RESOLVED\","
                + "\"repeatedInformation\":false}",
            "$.handlingTime: expected a string, got number 30"),
        Arguments.of(Interaction.class,
            interactionStart + "},\"timestamp\":\"2026-03-02T09:00:00Z\","
                + "\"handlingTime\":\"PT1M\",\"initiator\":\"CUSTOMER\",\"outcome\":\"RESOLVED\","
                + "\"repeatedInformation\":\"no\"}",
            "$.repeatedInformation: expected true or false, got string \"no\""),
        Arguments.of(Journey.class,
            "{\"schemaVersion\":1,\"id\":\"j\",\"customer\":\"alice\",\"type\":\"t\","
                + "\"interactions\":{},\"outcome\":\"RESOLVED\"}",
            "$.interactions: expected an array, got object"),
        Arguments.of(Touchpoint.class, "[]", "$: expected an object, got array"),
        Arguments.of(Touchpoint.class, "", "$: expected an object, got nothing (an empty document)"),
        Arguments.of(Scale.class, "{\"schemaVersion\":1,\"name\":\"x\",\"min\":5,\"max\":1}",
            "$: scale 'x' bounds (min 5, max 1) must satisfy min < max"),
        // missing and null required fields
        Arguments.of(Scale.class, "{\"schemaVersion\":1,\"name\":\"nps\",\"min\":0}",
            "$.max: is required"),
        Arguments.of(Scale.class, "{\"schemaVersion\":1,\"name\":null,\"min\":0,\"max\":1}",
            "$.name: is required"),
        // values the domain rejects
        Arguments.of(Response.class,
            "{\"schemaVersion\":1,\"customer\":\"alice\",\"subject\":{\"kind\":\"JOURNEY\","
                + "\"id\":\"j\"},\"timestamp\":\"2026-03-02T09:00:00Z\",\"scale\":{\"name\":\"nps\","
                + "\"min\":0,\"max\":10},\"value\":11}",
            "$: nps score (11) must be between 0 and 10"),
        Arguments.of(Response.class,
            "{\"schemaVersion\":1,\"customer\":\"alice\",\"subject\":{\"kind\":\"SHOP\","
                + "\"id\":\"j\"},\"timestamp\":\"2026-03-02T09:00:00Z\",\"scale\":{\"name\":\"nps\","
                + "\"min\":0,\"max\":10},\"value\":1}",
            "$.subject.kind: subject kind ('SHOP') must be one of TOUCHPOINT, JOURNEY"),
        Arguments.of(Sla.class,
            "{\"schemaVersion\":1,\"name\":\"s\",\"measure\":\"RESOLUTION\",\"target\":\"PT0S\"}",
            "$: SLA 's' target (PT0S) must be > PT0S"),
        Arguments.of(Sla.class,
            "{\"schemaVersion\":1,\"name\":\"s\",\"measure\":\"RESOLUTION\",\"target\":\"PT1H\","
                + "\"calendar\":{\"zone\":\"Mars/Olympus\",\"week\":{},\"closedDates\":[]}}",
            "$.calendar.zone: expected a time-zone id such as Europe/Berlin, got 'Mars/Olympus'"),
        Arguments.of(Sla.class,
            "{\"schemaVersion\":1,\"name\":\"s\",\"measure\":\"RESOLUTION\",\"target\":\"PT1H\","
                + "\"calendar\":{\"zone\":\"UTC\",\"week\":{\"FUNDAY\":[]},\"closedDates\":[]}}",
            "$.calendar.week.FUNDAY: unknown property 'FUNDAY' (known: FRIDAY, MONDAY, SATURDAY,"
                + " SUNDAY, THURSDAY, TUESDAY, WEDNESDAY)"),
        Arguments.of(Journey.class,
            "{\"schemaVersion\":1,\"id\":\"j\",\"customer\":\"alice\",\"type\":\"t\","
                + "\"interactions\":[" + "{\"id\":\"i1\"}" + "],\"outcome\":\"RESOLVED\"}",
            "$.interactions[0].customer: is required"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void read_malformedDocument_failsWithPathAndReason(Class<?> type, String json, String message) {
    assertThatThrownBy(() -> CemJson.read(json, type))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(message);
  }

  // malformed text, caught by the parser under CemMappers' constraints
  static Stream<Arguments> unparseable() {
    return Stream.of(
        Arguments.of("{\"schemaVersion\":1,\"id\":\"x\"", "Unexpected end-of-input"),
        Arguments.of("{\"schemaVersion\":1,\"name\":\"a\",\"name\":\"b\"}",
            "Duplicate field 'name'"),
        Arguments.of("{\"schemaVersion\":1} {}", "Trailing token"),
        Arguments.of("{\"schemaVersion\":1,\"x\":" + "[".repeat(70) + "]".repeat(70) + "}",
            "nesting depth (65) exceeds the maximum allowed (64"),
        Arguments.of("{\"schemaVersion\":1,\"name\":\"nps\",\"min\":0,\"max\":" + "9".repeat(101)
            + "}", "Number value length (101) exceeds the maximum allowed (100"),
        Arguments.of("{'schemaVersion':1}", "Unexpected character ('''"),
        Arguments.of("{\"schemaVersion\":1,\"name\":NaN}", "Non-standard token 'NaN'"));
  }

  @ParameterizedTest
  @MethodSource("unparseable")
  void read_unparseableText_failsWithParserReason(String json, String reason) {
    assertThatThrownBy(() -> CemJson.read(json, Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith("cannot read Scale document: ")
        .hasMessageContaining(reason);
  }

  @Test
  void read_duplicateKey_messageHasLineColumnAndPath() {
    assertThatThrownBy(
            () -> CemJson.read("{\"schemaVersion\":1,\n\"name\":\"a\",\n\"name\":\"b\"}",
                Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("(line 3, column")
        .hasMessageContaining("path $.name)");
  }

  @Test
  void read_hugeIntegerWithinLengthLimit_rejectedAsOutOfRange() {
    String json = "{\"schemaVersion\":1,\"id\":\"i\",\"detectedAt\":\"2026-03-02T09:00:00Z\","
        + "\"affectedCustomers\":99999999999999999999}";
    assertThatThrownBy(() -> CemJson.read(json, Incident.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(
            "$.affectedCustomers: expected a 64-bit integer, got number 99999999999999999999");
  }

  /** Jackson's YAML parser does not expand aliases, so "billion laughs" stays small. */
  @Test
  void readYaml_aliasBomb_notExpandedAndRejected() {
    StringBuilder yaml =
        new StringBuilder("schemaVersion: 1\nname: csat\nmin: 1\nmax: 5\na: &a [x, x, x, x]\n");
    String previous = "a";
    for (int i = 0; i < 9; i++) {
      String name = "n" + i;
      yaml.append(name).append(": &").append(name).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = name;
    }
    assertThatThrownBy(() -> CemJson.readYaml(yaml.toString(), Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageStartingWith("$.a: unknown property 'a'");
  }

  @Test
  void readYaml_duplicateKey_rejected() {
    assertThatThrownBy(
            () -> CemJson.readYaml("schemaVersion: 1\nname: nps\nname: csat\nmin: 0\nmax: 1\n",
                Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("name");
  }

  @Test
  void readYaml_handWritten_readsLikeJson() {
    String yaml = "schemaVersion: 1\nname: csat\nmin: 1\nmax: 5\n";
    assertThat(CemJson.readYaml(yaml, Scale.class)).isEqualTo(Scale.CSAT);
  }

  @Test
  void readAll_wrongItem_pathHasIndex() {
    String json = "{\"schemaVersion\":1,\"items\":[{\"name\":\"a\",\"min\":0,\"max\":1},"
        + "{\"name\":\"b\",\"min\":0,\"max\":true}]}";
    assertThatThrownBy(() -> CemJson.readAll(json, Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(
            "$.items[1].max: expected an integer between -2147483648 and 2147483647, got boolean"
                + " true");
  }

  @Test
  void readAll_unknownEnvelopeField_rejected() {
    assertThatThrownBy(
            () -> CemJson.readAll("{\"schemaVersion\":1,\"items\":[],\"next\":2}", Scale.class))
        .isInstanceOf(CemFormatException.class)
        .hasMessage("$.next: unknown property 'next' (known: items, schemaVersion)");
  }
}
