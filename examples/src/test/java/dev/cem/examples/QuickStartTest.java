package dev.cem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cem.metrics.Estimate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void run_printsTheNps_workedByHand() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Estimate e = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // answers 10 9 7 6 0 8 10 9 3 10: promoters 5 (10 9 10 9 10), passives 2 (7 8), detractors 3
    assertThat(e.value()).isCloseTo(100.0 * (5 - 3) / 10, within(1e-12));
    assertThat(e.n()).isEqualTo(10);
    assertThat(e.lower()).isLessThan(e.value());
    assertThat(e.upper()).isGreaterThan(e.value());
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("NPS 20.0 (95% CI ").contains("n = 10, SMALL_SAMPLE)");
  }

  @Test
  void readme_showsTheSampleWordForWord() throws Exception {
    List<String> source = Files.readAllLines(Path.of("src/main/java/dev/cem/examples/QuickStart.java"));
    int begin = source.indexOf("    // README:begin");
    int end = source.indexOf("    // README:end");
    String sample = source.subList(begin + 1, end).stream()
        .map(line -> line.substring(4))
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains(sample);
  }
}
