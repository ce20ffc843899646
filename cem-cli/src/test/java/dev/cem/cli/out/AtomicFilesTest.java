package dev.cem.cli.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private long entries() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void writeString_replacesTarget_andLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "old");
    AtomicFiles.writeString(target, "new ü");
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new ü");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void write_failingContent_keepsOldFile_andLeavesNoPartialFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("partial".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void write_missingDirectory_isAnArgumentError() {
    Path target = dir.resolve("nope/out.csv");
    assertThatThrownBy(() -> AtomicFiles.writeString(target, "x"))
        .isInstanceOf(CemArgumentException.class)
        .hasMessageContaining("does not exist");
  }
}
