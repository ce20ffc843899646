package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {

  @Test
  void parse_namesAndExtensionsAnyCase_found() {
    assertThat(ReportFormat.parse("HTML")).isEqualTo(ReportFormat.HTML);
    assertThat(ReportFormat.parse("md")).isEqualTo(ReportFormat.MARKDOWN);
    // Lower-cased with Locale.ROOT: the default locale (Turkish in tests) plays no part.
    assertThat(ReportFormat.parse(" Markdown ")).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.parse("JSON")).isEqualTo(ReportFormat.JSON);
  }

  @Test
  void parse_unknown_rejectedListingAllowed() {
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage("report format ('pdf') must be one of html, md (or markdown), json");
  }

  @Test
  void renderer_eachFormat_fileNameMatchesExtension() {
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(f.renderer().fileName()).isEqualTo("report." + f.extension());
    }
  }

  @Test
  void write_someFormats_onlyThoseInEnumOrder(@TempDir Path dir) throws IOException {
    assertThat(ReportFiles.write(ReportTesting.fullReport(), dir,
            Set.of(ReportFormat.JSON, ReportFormat.HTML)))
        .containsExactly(dir.resolve("report.html"), dir.resolve("report.json"));
    assertThat(dir.resolve("report.md")).doesNotExist();
  }
}
