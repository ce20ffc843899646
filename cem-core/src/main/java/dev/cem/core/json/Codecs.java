package dev.cem.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableMap;
import dev.cem.core.AssemblyReport;
import dev.cem.core.BusinessHours;
import dev.cem.core.Channel;
import dev.cem.core.Customer;
import dev.cem.core.CustomerId;
import dev.cem.core.Department;
import dev.cem.core.Incident;
import dev.cem.core.Initiator;
import dev.cem.core.Interaction;
import dev.cem.core.Journey;
import dev.cem.core.JourneyMap;
import dev.cem.core.Outcome;
import dev.cem.core.Response;
import dev.cem.core.Scale;
import dev.cem.core.ServicePhase;
import dev.cem.core.Sla;
import dev.cem.core.SlaMeasure;
import dev.cem.core.Subject;
import dev.cem.core.Touchpoint;
import dev.cem.core.internal.Keys;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON form of every cem-core type, in one place. Field names are the record component names;
 * optional components are left out when empty; instants and durations are ISO-8601 strings.
 *
 * <p>A few fields with a natural default may be left out on input, and are always written:
 * customer {@code segments} (empty) and {@code tier} ({@code "standard"}); interaction {@code
 * handlingTime} ({@code PT0S}), {@code initiator} ({@code CUSTOMER}) and {@code
 * repeatedInformation} ({@code false}), the defaults of {@link Interaction#of}; business-hours
 * {@code closedDates} (none).
 */
final class Codecs {
  private Codecs() {}

  // ---------------------------------------------------------------- values written as strings

  static final ValueCodec<Instant> INSTANT =
      new ValueCodec<>(
          Instant.class,
          "an ISO-8601 instant such as 2026-01-31T09:30:00Z",
          Instant::parse,
          Instant::toString);
  static final ValueCodec<Duration> DURATION =
      new ValueCodec<>(
          Duration.class,
          "an ISO-8601 duration such as PT30M",
          Duration::parse,
          Duration::toString);
  static final ValueCodec<ZoneId> ZONE =
      new ValueCodec<>(
          ZoneId.class, "a time-zone id such as Europe/Berlin", ZoneId::of, ZoneId::getId);
  static final ValueCodec<LocalDate> DATE =
      new ValueCodec<>(
          LocalDate.class, "an ISO-8601 date such as 2026-12-25", LocalDate::parse,
          LocalDate::toString);
  /** A time of day; {@code "24:00"} is read as midnight, the end of the day. */
  static final ValueCodec<LocalTime> TIME =
      new ValueCodec<>(
          LocalTime.class,
          "a time of day such as 09:00 (24:00 for the end of the day)",
          text -> text.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text),
          LocalTime::toString);
  static final ValueCodec<Channel> CHANNEL = idCodec(Channel.class, Channel::of, Channel::id);
  static final ValueCodec<Department> DEPARTMENT =
      idCodec(Department.class, Department::of, Department::id);
  static final ValueCodec<CustomerId> CUSTOMER_ID =
      idCodec(CustomerId.class, CustomerId::of, CustomerId::value);
  static final ValueCodec<ServicePhase> PHASE = enumCodec(ServicePhase.class, ServicePhase::parse);
  static final ValueCodec<Outcome> OUTCOME = enumCodec(Outcome.class, Outcome::parse);
  static final ValueCodec<Initiator> INITIATOR = enumCodec(Initiator.class, Initiator::parse);
  static final ValueCodec<SlaMeasure> SLA_MEASURE =
      enumCodec(SlaMeasure.class, SlaMeasure::parse);
  static final ValueCodec<Subject.Kind> SUBJECT_KIND =
      enumCodec(Subject.Kind.class, Subject.Kind::parse);

  /** Plain text, for string lists. */
  private static final ValueCodec<String> TEXT =
      new ValueCodec<>(String.class, "a string", Function.identity(), Function.identity());

  private static <T> ValueCodec<T> idCodec(
      Class<T> type, Function<String, T> parse, Function<T, String> print) {
    return new ValueCodec<>(type, "an identifier", parse, print);
  }

  private static <E extends Enum<E>> ValueCodec<E> enumCodec(
      Class<E> type, Function<String, E> parse) {
    return new ValueCodec<>(type, "one of " + Keys.names(type), parse, Enum::name);
  }

  // ---------------------------------------------------------------- objects

  static final ObjectCodec<Scale> SCALE =
      new ObjectCodec<>(Scale.class) {
        @Override
        void writeFields(Scale value, JsonGenerator g) throws IOException {
          g.writeStringField("name", value.name());
          g.writeNumberField("min", value.min());
          g.writeNumberField("max", value.max());
        }

        @Override
        Scale readFields(TreeReader r) {
          return Scale.of(r.text("name"), r.integer("min"), r.integer("max"));
        }
      };

  static final ObjectCodec<Customer> CUSTOMER =
      new ObjectCodec<>(Customer.class) {
        @Override
        void writeFields(Customer value, JsonGenerator g) throws IOException {
          field(g, "id", CUSTOMER_ID, value.id());
          g.writeObjectFieldStart("segments");
          for (Map.Entry<String, String> segment : value.segments().entrySet()) {
            g.writeStringField(segment.getKey(), segment.getValue());
          }
          g.writeEndObject();
          g.writeStringField("tier", value.tier());
        }

        @Override
        Customer readFields(TreeReader r) {
          CustomerId id = r.value("id", CUSTOMER_ID);
          Map<String, String> segments =
              r.optional("segments").isPresent() ? r.textMap("segments") : Map.of();
          return Customer.of(id, segments, r.optionalText("tier").orElse(Customer.DEFAULT_TIER));
        }
      };

  static final ObjectCodec<Touchpoint> TOUCHPOINT =
      new ObjectCodec<>(Touchpoint.class) {
        @Override
        void writeFields(Touchpoint value, JsonGenerator g) throws IOException {
          g.writeStringField("id", value.id());
          g.writeStringField("name", value.name());
          field(g, "channel", CHANNEL, value.channel());
          field(g, "phase", PHASE, value.phase());
          field(g, "owner", DEPARTMENT, value.owner());
        }

        @Override
        Touchpoint readFields(TreeReader r) {
          return Touchpoint.of(
              r.text("id"),
              r.text("name"),
              r.value("channel", CHANNEL),
              r.value("phase", PHASE),
              r.value("owner", DEPARTMENT));
        }
      };

  static final ObjectCodec<Interaction> INTERACTION =
      new ObjectCodec<>(Interaction.class) {
        @Override
        void writeFields(Interaction value, JsonGenerator g) throws IOException {
          g.writeStringField("id", value.id());
          field(g, "customer", CUSTOMER_ID, value.customer());
          field(g, "touchpoint", TOUCHPOINT, value.touchpoint());
          field(g, "timestamp", INSTANT, value.timestamp());
          field(g, "handlingTime", DURATION, value.handlingTime());
          field(g, "initiator", INITIATOR, value.initiator());
          field(g, "outcome", OUTCOME, value.outcome());
          g.writeBooleanField("repeatedInformation", value.repeatedInformation());
          optionalText(g, "contactReason", value.contactReason());
          optionalText(g, "journeyType", value.journeyType());
        }

        @Override
        Interaction readFields(TreeReader r) {
          return new Interaction(
              r.text("id"),
              r.value("customer", CUSTOMER_ID),
              r.object("touchpoint", TOUCHPOINT),
              r.value("timestamp", INSTANT),
              r.optionalValue("handlingTime", DURATION).orElse(Duration.ZERO),
              r.optionalValue("initiator", INITIATOR).orElse(Initiator.CUSTOMER),
              r.value("outcome", OUTCOME),
              r.optional("repeatedInformation").isPresent() && r.bool("repeatedInformation"),
              r.optionalText("contactReason"),
              r.optionalText("journeyType"));
        }
      };

  static final ObjectCodec<Subject> SUBJECT =
      new ObjectCodec<>(Subject.class) {
        @Override
        void writeFields(Subject value, JsonGenerator g) throws IOException {
          field(g, "kind", SUBJECT_KIND, value.kind());
          g.writeStringField("id", value.id());
        }

        @Override
        Subject readFields(TreeReader r) {
          return new Subject(r.value("kind", SUBJECT_KIND), r.text("id"));
        }
      };

  static final ObjectCodec<Response> RESPONSE =
      new ObjectCodec<>(Response.class) {
        @Override
        void writeFields(Response value, JsonGenerator g) throws IOException {
          field(g, "customer", CUSTOMER_ID, value.customer());
          field(g, "subject", SUBJECT, value.subject());
          field(g, "timestamp", INSTANT, value.timestamp());
          field(g, "scale", SCALE, value.scale());
          g.writeNumberField("value", value.value());
          optionalText(g, "comment", value.comment());
        }

        @Override
        Response readFields(TreeReader r) {
          return new Response(
              r.value("customer", CUSTOMER_ID),
              r.object("subject", SUBJECT),
              r.value("timestamp", INSTANT),
              r.object("scale", SCALE),
              r.integer("value"),
              r.optionalText("comment"));
        }
      };

  static final ObjectCodec<BusinessHours.Interval> INTERVAL =
      new ObjectCodec<>(BusinessHours.Interval.class) {
        @Override
        void writeFields(BusinessHours.Interval value, JsonGenerator g) throws IOException {
          field(g, "start", TIME, value.start());
          g.writeStringField("end", value.endsAtMidnight() ? "24:00" : value.end().toString());
        }

        @Override
        BusinessHours.Interval readFields(TreeReader r) {
          return BusinessHours.Interval.of(r.value("start", TIME), r.value("end", TIME));
        }
      };

  static final ObjectCodec<BusinessHours> BUSINESS_HOURS =
      new ObjectCodec<>(BusinessHours.class) {
        @Override
        void writeFields(BusinessHours value, JsonGenerator g) throws IOException {
          field(g, "zone", ZONE, value.zone());
          g.writeObjectFieldStart("week");
          for (Map.Entry<DayOfWeek, List<BusinessHours.Interval>> day :
              value.week().entrySet()) {
            g.writeArrayFieldStart(day.getKey().name());
            for (BusinessHours.Interval interval : day.getValue()) {
              INTERVAL.write(interval, g);
            }
            g.writeEndArray();
          }
          g.writeEndObject();
          g.writeArrayFieldStart("closedDates");
          for (LocalDate date : value.closedDates()) {
            g.writeString(DATE.print(date));
          }
          g.writeEndArray();
        }

        @Override
        BusinessHours readFields(TreeReader r) {
          ZoneId zone = r.value("zone", ZONE);
          TreeReader week = TreeReader.object(r.required("week"), r.path("week"));
          Map<DayOfWeek, List<BusinessHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
          for (DayOfWeek day : DayOfWeek.values()) {
            if (week.optional(day.name()).isPresent()) {
              days.put(day, week.objects(day.name(), INTERVAL));
            }
          }
          week.finish();
          List<LocalDate> closed =
              r.optional("closedDates").isPresent() ? r.values("closedDates", DATE) : List.of();
          return new BusinessHours(zone, days, new HashSet<>(closed));
        }
      };

  static final ObjectCodec<Sla> SLA =
      new ObjectCodec<>(Sla.class) {
        @Override
        void writeFields(Sla value, JsonGenerator g) throws IOException {
          g.writeStringField("name", value.name());
          field(g, "measure", SLA_MEASURE, value.measure());
          field(g, "target", DURATION, value.target());
          if (value.calendar().isPresent()) {
            field(g, "calendar", BUSINESS_HOURS, value.calendar().get());
          }
        }

        @Override
        Sla readFields(TreeReader r) {
          return new Sla(
              r.text("name"),
              r.value("measure", SLA_MEASURE),
              r.value("target", DURATION),
              r.optionalObject("calendar", BUSINESS_HOURS));
        }
      };

  static final ObjectCodec<Incident> INCIDENT =
      new ObjectCodec<>(Incident.class) {
        @Override
        void writeFields(Incident value, JsonGenerator g) throws IOException {
          g.writeStringField("id", value.id());
          field(g, "detectedAt", INSTANT, value.detectedAt());
          optionalField(g, "firstReportedByCustomerAt", INSTANT,
              value.firstReportedByCustomerAt());
          optionalField(g, "resolvedAt", INSTANT, value.resolvedAt());
          g.writeNumberField("affectedCustomers", value.affectedCustomers());
        }

        @Override
        Incident readFields(TreeReader r) {
          return new Incident(
              r.text("id"),
              r.value("detectedAt", INSTANT),
              r.optionalValue("firstReportedByCustomerAt", INSTANT),
              r.optionalValue("resolvedAt", INSTANT),
              r.longInteger("affectedCustomers"));
        }
      };

  static final ObjectCodec<Journey> JOURNEY =
      new ObjectCodec<>(Journey.class) {
        @Override
        void writeFields(Journey value, JsonGenerator g) throws IOException {
          g.writeStringField("id", value.id());
          field(g, "customer", CUSTOMER_ID, value.customer());
          g.writeStringField("type", value.type());
          g.writeArrayFieldStart("interactions");
          for (Interaction interaction : value.interactions()) {
            INTERACTION.write(interaction, g);
          }
          g.writeEndArray();
          if (value.response().isPresent()) {
            field(g, "response", RESPONSE, value.response().get());
          }
          field(g, "outcome", OUTCOME, value.outcome());
        }

        @Override
        Journey readFields(TreeReader r) {
          return new Journey(
              r.text("id"),
              r.value("customer", CUSTOMER_ID),
              r.text("type"),
              r.objects("interactions", INTERACTION),
              r.optionalObject("response", RESPONSE),
              r.value("outcome", OUTCOME));
        }
      };

  static final ObjectCodec<JourneyMap.Stage> STAGE =
      new ObjectCodec<>(JourneyMap.Stage.class) {
        @Override
        void writeFields(JourneyMap.Stage value, JsonGenerator g) throws IOException {
          g.writeStringField("name", value.name());
          g.writeArrayFieldStart("expectedTouchpointIds");
          for (String id : value.expectedTouchpointIds()) {
            g.writeString(id);
          }
          g.writeEndArray();
          field(g, "targetDuration", DURATION, value.targetDuration());
        }

        @Override
        JourneyMap.Stage readFields(TreeReader r) {
          return JourneyMap.Stage.of(
              r.text("name"),
              r.values("expectedTouchpointIds", TEXT),
              r.value("targetDuration", DURATION));
        }
      };

  static final ObjectCodec<JourneyMap> JOURNEY_MAP =
      new ObjectCodec<>(JourneyMap.class) {
        @Override
        void writeFields(JourneyMap value, JsonGenerator g) throws IOException {
          g.writeStringField("id", value.id());
          g.writeStringField("journeyType", value.journeyType());
          g.writeArrayFieldStart("stages");
          for (JourneyMap.Stage stage : value.stages()) {
            STAGE.write(stage, g);
          }
          g.writeEndArray();
        }

        @Override
        JourneyMap readFields(TreeReader r) {
          return JourneyMap.of(
              r.text("id"), r.text("journeyType"), r.objects("stages", STAGE));
        }
      };

  static final ObjectCodec<AssemblyReport> ASSEMBLY_REPORT =
      new ObjectCodec<>(AssemblyReport.class) {
        @Override
        void writeFields(AssemblyReport value, JsonGenerator g) throws IOException {
          g.writeNumberField("interactionsRead", value.interactionsRead());
          g.writeNumberField("duplicatesDropped", value.duplicatesDropped());
          g.writeNumberField("conflictingDuplicates", value.conflictingDuplicates());
          g.writeNumberField("outOfOrderDropped", value.outOfOrderDropped());
          g.writeNumberField("journeysEmitted", value.journeysEmitted());
        }

        @Override
        AssemblyReport readFields(TreeReader r) {
          return new AssemblyReport(
              r.longInteger("interactionsRead"),
              r.longInteger("duplicatesDropped"),
              r.longInteger("conflictingDuplicates"),
              r.longInteger("outOfOrderDropped"),
              r.longInteger("journeysEmitted"));
        }
      };

  /** The object-shaped types, which may be top-level documents. */
  static final ImmutableMap<Class<?>, ObjectCodec<?>> OBJECTS =
      index(
          SCALE, CUSTOMER, TOUCHPOINT, INTERACTION, SUBJECT, RESPONSE, INTERVAL, BUSINESS_HOURS,
          SLA, INCIDENT, JOURNEY, STAGE, JOURNEY_MAP, ASSEMBLY_REPORT);

  /** The types written as JSON strings. */
  static final List<ValueCodec<?>> VALUES =
      List.of(CHANNEL, DEPARTMENT, CUSTOMER_ID, PHASE, OUTCOME, INITIATOR, SLA_MEASURE,
          SUBJECT_KIND);

  private static ImmutableMap<Class<?>, ObjectCodec<?>> index(ObjectCodec<?>... codecs) {
    ImmutableMap.Builder<Class<?>, ObjectCodec<?>> builder = ImmutableMap.builder();
    for (ObjectCodec<?> codec : codecs) {
      builder.put(codec.type(), codec);
    }
    return builder.buildOrThrow();
  }

  private static <T> void field(JsonGenerator g, String field, ValueCodec<T> codec, T value)
      throws IOException {
    g.writeStringField(field, codec.print(value));
  }

  private static <T> void field(JsonGenerator g, String field, ObjectCodec<T> codec, T value)
      throws IOException {
    g.writeFieldName(field);
    codec.write(value, g);
  }

  private static <T> void optionalField(
      JsonGenerator g, String field, ValueCodec<T> codec, Optional<T> value) throws IOException {
    if (value.isPresent()) {
      field(g, field, codec, value.get());
    }
  }

  private static void optionalText(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }
}
