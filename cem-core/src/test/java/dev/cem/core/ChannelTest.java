package dev.cem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

  @Test
  void of_builtInIdInAnyCase_equalsConstant() {
    assertThat(Channel.of("web")).isEqualTo(Channel.WEB);
    assertThat(Channel.of("WEB")).isEqualTo(Channel.WEB);
    assertThat(Channel.of("MOBILE_APP")).isEqualTo(Channel.MOBILE_APP);
    assertThat(Channel.of("mobile-app")).isEqualTo(Channel.MOBILE_APP);
    assertThat(Channel.of("Self_Service_Portal")).isEqualTo(Channel.SELF_SERVICE_PORTAL);
  }

  @Test
  void of_upperCaseWithI_lowercasesInRootLocaleNotTurkish() {
    // The build runs tests under tr_TR, where "I".toLowerCase() is a dotless i.
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
    assertThat(Channel.of("FIELD_SERVICE").id()).isEqualTo("field-service");
    assertThat(Channel.of("FIELD_SERVICE")).isEqualTo(Channel.FIELD_SERVICE);
  }

  @Test
  void of_customId_isKeptWithoutFacts() {
    Channel kiosk = Channel.of("Kiosk");
    assertThat(kiosk.id()).isEqualTo("kiosk");
    assertThat(kiosk.isBuiltIn()).isFalse();
    assertThat(kiosk.isDigital()).isFalse();
    assertThat(kiosk.isSelfService()).isFalse();
    assertThat(kiosk.isAssisted()).isFalse();
    assertThat(kiosk).hasToString("kiosk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "web site", "chat/bot", "é-mail"})
  void of_invalidId_throwsNamingFieldAndValue(String id) {
    assertThatThrownBy(() -> Channel.of(id))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(
            "channel id ('" + id + "') must be 1 to 200 characters of letters, digits, '.', '_',"
                + " '-' or ':'");
  }

  @Test
  void of_idOf201Characters_throws() {
    assertThatThrownBy(() -> Channel.of("a".repeat(201)))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("must be 1 to 200 characters");
    assertThat(Channel.of("a".repeat(200)).id()).hasSize(200);
  }

  @Test
  void of_null_throwsNamingParameter() {
    assertThatThrownBy(() -> Channel.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  // channel, digital, self-service, assisted: as documented on each constant
  static Stream<Arguments> builtInFacts() {
    return Stream.of(
        Arguments.of(Channel.WEB, true, true, false),
        Arguments.of(Channel.MOBILE_APP, true, true, false),
        Arguments.of(Channel.EMAIL, true, false, true),
        Arguments.of(Channel.CHAT, true, false, true),
        Arguments.of(Channel.PHONE, false, false, true),
        Arguments.of(Channel.SOCIAL, true, false, true),
        Arguments.of(Channel.STORE, false, false, true),
        Arguments.of(Channel.FIELD_SERVICE, false, false, true),
        Arguments.of(Channel.SELF_SERVICE_PORTAL, true, true, false),
        Arguments.of(Channel.COMMUNITY, true, true, false));
  }

  @ParameterizedTest
  @MethodSource("builtInFacts")
  void facts_builtInChannel_matchDocumentation(
      Channel channel, boolean digital, boolean selfService, boolean assisted) {
    assertThat(channel.isBuiltIn()).isTrue();
    assertThat(channel.isDigital()).isEqualTo(digital);
    assertThat(channel.isSelfService()).isEqualTo(selfService);
    assertThat(channel.isAssisted()).isEqualTo(assisted);
  }

  @Test
  void builtIns_listsTheTenConstantsInOrder() {
    assertThat(Channel.builtIns())
        .containsExactly(
            Channel.WEB,
            Channel.MOBILE_APP,
            Channel.EMAIL,
            Channel.CHAT,
            Channel.PHONE,
            Channel.SOCIAL,
            Channel.STORE,
            Channel.FIELD_SERVICE,
            Channel.SELF_SERVICE_PORTAL,
            Channel.COMMUNITY);
  }

  @Test
  void compareTo_ordersById() {
    assertThat(Channel.CHAT.compareTo(Channel.WEB)).isNegative();
    assertThat(Channel.WEB.compareTo(Channel.CHAT)).isPositive();
    assertThat(Channel.WEB.compareTo(Channel.of("WEB"))).isZero();
  }
}
