package dev.cem.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

  @Test
  void escape_markupAndQuotes_becomeEntities() {
    assertThat(Xml.escape("<a href=\"x\">R&D 'q'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;R&amp;D &#39;q&#39;&lt;/a&gt;");
  }

  @Test
  void escape_charactersXmlForbids_replaced() {
    assertThat(Xml.escape("a\u0000b\u0007c\uFFFEd\ud800e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(Xml.escape("tab\tnl\ncr\r")).isEqualTo("tab\tnl\ncr\r");
  }

  @Test
  void escape_surrogatePair_kept() {
    assertThat(Xml.escape("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
  }

  @Test
  void truncate_longText_endsWithEllipsisWithinLimit() {
    String t = Xml.truncate("abcdefghijklmnop", 8);
    assertThat(t).isEqualTo("abcdefg\u2026");
    assertThat(t.codePointCount(0, t.length())).isEqualTo(8);
  }

  @Test
  void truncate_shortText_unchanged() {
    assertThat(Xml.truncate("short", 8)).isEqualTo("short");
  }

  @Test
  void truncate_surrogatePairAtCut_neverSplit() {
    String t = Xml.truncate("ab\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 4);
    assertThat(t).isEqualTo("ab\uD83D\uDE00\u2026");
  }
}
