package dev.cem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  /** Writes half a document, then fails. */
  private static class FailingRenderer implements ReportRenderer {
    @Override
    public void render(Report report, Writer out) throws IOException {
      out.write("<!DOCTYPE html><html><body>partial");
      out.flush();
      throw new IOException("disk full");
    }

    @Override
    public String fileName() {
      return "report.html";
    }

    @Override
    public String mediaType() {
      return "text/html";
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void write_newDirectory_threeFilesMatchingRenderers(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("out/nested");
    Report report = ReportTesting.fullReport();
    List<Path> written = ReportFiles.write(report, dir);
    assertThat(written).containsExactly(
        dir.resolve("report.html"), dir.resolve("report.md"), dir.resolve("report.json"));
    assertThat(names(dir)).containsExactly("report.html", "report.json", "report.md");
    assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8))
        .isEqualTo(new HtmlReportRenderer().render(report));
    assertThat(Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8))
        .isEqualTo(new MarkdownReportRenderer().render(report));
    assertThat(Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8))
        .isEqualTo(new JsonReportRenderer().render(report));
  }

  @Test
  void write_rendererFails_noTargetAndNoTempFileLeft(@TempDir Path dir) {
    Path target = dir.resolve("report.html");
    assertThatThrownBy(() -> ReportFiles.write(ReportTesting.fullReport(), new FailingRenderer(), target))
        .isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(target).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void write_rendererFails_existingTargetUnchanged(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.html");
    Files.writeString(target, "previous complete report");
    assertThatThrownBy(() -> ReportFiles.write(ReportTesting.fullReport(), new FailingRenderer(), target))
        .isInstanceOf(IOException.class);
    assertThat(target).hasContent("previous complete report");
    assertThat(names(dir)).containsExactly("report.html");
  }

  @Test
  void write_runtimeFailure_tempFileRemoved(@TempDir Path dir) {
    ReportRenderer throwing = new FailingRenderer() {
      @Override
      public void render(Report report, Writer out) {
        throw new IllegalStateException("bug");
      }
    };
    assertThatThrownBy(() -> ReportFiles.write(ReportTesting.fullReport(), throwing, dir.resolve("x")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void write_existingTarget_replacedAndStaleTempNameSkipped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("report.md"), "old");
    Files.writeString(dir.resolve(".report.md.0.tmp"), "left by a crash");
    ReportFiles.write(Report.of("new", List.of()), new MarkdownReportRenderer(),
        dir.resolve("report.md"));
    assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("# new\n\n");
    assertThat(dir.resolve(".report.md.0.tmp")).hasContent("left by a crash");
    assertThat(names(dir)).containsExactly(".report.md.0.tmp", "report.md");
  }
}
