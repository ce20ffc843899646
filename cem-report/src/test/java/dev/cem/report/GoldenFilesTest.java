package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The full demo report rendered to JSON and Markdown must equal the checked-in golden files byte
 * for byte. The JSON file pins schemaVersion 1: a change here is a change to a documented
 * format, so add keys only, never rename or retype them. Rendered under a Turkish default locale,
 * this also proves the output does not depend on the locale.
 */
class GoldenFilesTest {

  private static String golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void json_fullReport_equalsGoldenSchemaVersion1() throws IOException {
    assertThat(new JsonReportRenderer().render(ReportTesting.fullReport()))
        .isEqualTo(golden("full-report-v1.json"));
  }

  @Test
  void markdown_fullReport_equalsGolden() throws IOException {
    assertThat(new MarkdownReportRenderer().render(ReportTesting.fullReport()))
        .isEqualTo(golden("full-report.md"));
  }
}
