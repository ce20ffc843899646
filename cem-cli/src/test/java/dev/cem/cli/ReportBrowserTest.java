package dev.cem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.cli.out.Json;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo report in headless Chromium (no sandbox, no network) and checks the rendered
 * DOM and a screenshot. Skipped when {@code /usr/bin/chromium} is absent; CI installs Debian's
 * {@code chromium}.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path tmp;

  private List<String> chromium(String... extra) {
    List<String> cmd = new ArrayList<>(List.of(
        CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + tmp.resolve("profile")));
    cmd.addAll(List.of(extra));
    return cmd;
  }

  private String run(List<String> cmd) throws IOException, InterruptedException {
    Path stdout = tmp.resolve("chromium.out");
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(stdout.toFile())
        .redirectError(tmp.resolve("chromium.err").toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + cmd);
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr: %s",
        Files.readString(tmp.resolve("chromium.err"))).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static int count(String dom, String regex) {
    Matcher m = Pattern.compile(regex).matcher(dom);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void demoReport_rendersChartsWithTheExpectedMarks_andAVisibleScreenshot() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM);
    Path out = tmp.resolve("report");
    assertThat(Cli.run(Cli.args("demo", "--out", out)).code()).isZero();
    JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
    String url = out.resolve("report.html").toUri().toString();

    // The expected marks, counted from the report's own data.
    int radar = 0;
    int linePoints = 0;
    int bars = 0;
    int scatter = 0;
    int ladder = 0;
    int charts = 0;
    for (JsonNode s : report.get("sections")) {
      switch (s.get("type").asText()) {
        case "maturity" -> {
          charts += 2;
          ladder += s.get("stages").size();
          for (JsonNode d : s.get("dimensions")) {
            radar += d.path("score").isNumber() ? 1 : 0;
          }
        }
        case "trend" -> {
          charts++;
          for (JsonNode series : s.get("series")) {
            for (JsonNode p : series.get("points")) {
              linePoints += p.path("value").isNumber() ? 1 : 0;
            }
          }
        }
        case "bundle" -> {
          charts++;
          for (JsonNode c : s.get("components")) {
            bars += c.path("contribution").isNumber() ? 1 : 0;
          }
        }
        case "quadrant" -> {
          charts++;
          for (JsonNode p : s.get("points")) {
            scatter += p.path("importance").isNumber() && p.path("performance").isNumber() ? 1 : 0;
          }
        }
        default -> { }
      }
    }
    assertThat(radar).isEqualTo(8);
    assertThat(linePoints).isEqualTo(24);

    String dom = run(chromium("--dump-dom", url));
    assertThat(dom).contains("Customer experience report (demo data)");
    assertThat(count(dom, "<svg[^>]*class=\"cem-chart")).isEqualTo(charts);
    assertThat(count(dom, "class=\"mark radar-vertex")).isEqualTo(radar);
    assertThat(count(dom, "class=\"mark line-point")).isEqualTo(linePoints);
    assertThat(count(dom, "class=\"mark bar")).isEqualTo(bars);
    assertThat(count(dom, "class=\"mark scatter-point")).isEqualTo(scatter);
    assertThat(count(dom, "class=\"mark ladder-step")).isEqualTo(ladder);
    assertThat(count(dom, "class=\"mark ladder-step reached")).isEqualTo(1);

    Path png = tmp.resolve("report.png");
    run(chromium("--screenshot=" + png, "--window-size=1280,2000", url));
    BufferedImage image = ImageIO.read(new File(png.toString()));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    // A blank page has one colour; the report has text, tables and coloured charts.
    assertThat(colours.size()).isGreaterThan(50);
    assertThat(nonWhite).isGreaterThan((long) image.getWidth() * image.getHeight() / 4 / 50);
  }
}
