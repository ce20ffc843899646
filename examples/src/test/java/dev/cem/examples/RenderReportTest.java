package dev.cem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderReportTest {
  @TempDir Path dir;

  @Test
  void run_writesThreeNonEmptyFiles() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> files = RenderReport.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    assertThat(files).containsExactly(
        dir.resolve("report.html"), dir.resolve("report.md"), dir.resolve("report.json"));
    for (Path f : files) {
      assertThat(f).isRegularFile();
      assertThat(Files.size(f)).isPositive();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
  }

  @Test
  void run_html_hasOneChartForTheBundleAndTwoForMaturity() throws Exception {
    RenderReport.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);
    String html = Files.readString(dir.resolve("report.html"));
    // scorecard: a table only; bundle: the contribution bars; maturity: the ladder and the radar
    assertThat(Pattern.compile("<svg[\\s>]").matcher(html).results().count()).isEqualTo(0 + 1 + 2);
    assertThat(html).contains("service-index").contains("overall stage <strong>2 Developing</strong>");
  }

  @Test
  void run_markdownAndJson_carryTheThreeSections() throws Exception {
    RenderReport.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains("Key indicators").contains("service-index").contains("CEM maturity, five stages");
    assertThat(Files.readString(dir.resolve("report.json")))
        .contains("\"Key indicators\"").contains("\"service-index\"");
  }
}
