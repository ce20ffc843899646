package dev.cem.core.json;

import static dev.cem.core.CoreTesting.HOTLINE;
import static dev.cem.core.CoreTesting.ORDER_PAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cem.core.CemFormatException;
import dev.cem.core.Channel;
import dev.cem.core.Outcome;
import dev.cem.core.ServicePhase;
import dev.cem.core.Touchpoint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The module on its own, as another cem module uses it inside its own documents. */
class CemJacksonModuleTest {
  private static final JsonMapper MAPPER = CemJson.newMapper();

  /** A document of another module that embeds cem-core values. */
  record Catalogue(int schemaVersion, List<Touchpoint> touchpoints, Channel primary) {}

  @Test
  void embedded_nestedValues_carryNoSchemaVersion() throws Exception {
    Catalogue catalogue = new Catalogue(1, List.of(ORDER_PAGE, HOTLINE), Channel.WEB);
    String json = MAPPER.writeValueAsString(catalogue);
    assertThat(json)
        .isEqualTo(
            "{\"schemaVersion\":1,\"touchpoints\":[{\"id\":\"order-page\",\"name\":\"Order status"
                + " page\",\"channel\":\"web\",\"phase\":\"TRANSACTION\",\"owner\":\"logistics\"},"
                + "{\"id\":\"hotline\",\"name\":\"Service hotline\",\"channel\":\"phone\","
                + "\"phase\":\"TRANSACTION\",\"owner\":\"call-centre\"}],\"primary\":\"web\"}");
    assertThat(MAPPER.readValue(json, Catalogue.class)).isEqualTo(catalogue);
  }

  @Test
  void embedded_invalidNestedValue_pathPointsIntoOuterDocument() {
    String json =
        "{\"schemaVersion\":1,\"touchpoints\":[{\"id\":\"a\",\"name\":\"A\",\"channel\":\"web\","
            + "\"phase\":\"SALES\",\"owner\":\"it\"}],\"primary\":\"web\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Catalogue.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(CemFormatException.class)
        .cause()
        .hasMessageStartingWith("$.touchpoints[0].phase: service phase ('SALES') must be one of");
  }

  @Test
  void embedded_channelWrongType_pathAndReason() {
    String json = "{\"schemaVersion\":1,\"touchpoints\":[],\"primary\":42}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Catalogue.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .hasMessage("$.primary: expected a string, got number 42");
  }

  @Test
  void topLevel_throughMapper_writesAndRequiresSchemaVersion() throws Exception {
    String json = MAPPER.writeValueAsString(ORDER_PAGE);
    assertThat(json).startsWith("{\"schemaVersion\":1,\"id\":\"order-page\"");
    assertThat(MAPPER.readValue(json, Touchpoint.class)).isEqualTo(ORDER_PAGE);
    String unversioned = json.replace("\"schemaVersion\":1,", "");
    assertThatThrownBy(() -> MAPPER.readValue(unversioned, Touchpoint.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .hasMessage("$: missing \"schemaVersion\"; this version of cem reads schema version 1");
  }

  @Test
  void mapKeys_channelAndEnum_writtenAsIds() throws Exception {
    Map<Channel, Long> contacts = new TreeMap<>(Map.of(Channel.WEB, 3L, Channel.of("kiosk"), 1L));
    String json = MAPPER.writeValueAsString(contacts);
    assertThat(json).isEqualTo("{\"kiosk\":1,\"web\":3}");
    assertThat(MAPPER.readValue(json, new TypeReference<Map<Channel, Long>>() {}))
        .isEqualTo(contacts);
    Map<ServicePhase, Outcome> byPhase = Map.of(ServicePhase.DETECTION, Outcome.RESOLVED);
    String phases = MAPPER.writeValueAsString(byPhase);
    assertThat(phases).isEqualTo("{\"DETECTION\":\"RESOLVED\"}");
    assertThat(MAPPER.readValue(phases, new TypeReference<Map<ServicePhase, Outcome>>() {}))
        .isEqualTo(byPhase);
  }

  @Test
  void mapKeys_invalidChannelKey_fails() {
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"web site\":1}", new TypeReference<Map<Channel, Long>>() {}))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .hasMessageStartingWith("$.web site: channel id ('web site') must be");
  }

  @Test
  void newMapper_noPolymorphicDefaultTyping() {
    assertThat(MAPPER.getDeserializationConfig().getDefaultTyper(null)).isNull();
    assertThat(MAPPER.getSerializationConfig().getDefaultTyper(null)).isNull();
    assertThat(CemJson.newYamlMapper().getDeserializationConfig().getDefaultTyper(null)).isNull();
  }

  @Test
  void enums_numbersNotAccepted() {
    assertThatThrownBy(() -> MAPPER.readValue("2", ServicePhase.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .hasMessage("$: expected a string, got number 2");
  }
}
