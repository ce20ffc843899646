package dev.cem.cli;

import static dev.cem.cli.AssessCommandTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cem.cli.out.Json;
import dev.cem.maturity.MaturityJson;
import dev.cem.maturity.MaturityModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandTest {
  @TempDir Path tmp;

  @Test
  void builtIn_yamlByDefault_readsBackAsTheSameModel() {
    Cli.Run r = Cli.run("model");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("id: \"cem-five-stage\"");
    assertThat(MaturityJson.readModel(r.out(), MaturityJson.Format.YAML))
        .isEqualTo(MaturityModels.builtIn("cem-five-stage"));
  }

  @Test
  void json_md_list() throws Exception {
    JsonNode j = Json.MAPPER.readTree(Cli.run("model", "cem-five-stage", "--format", "json").out());
    assertThat(j.get("id").asText()).isEqualTo("cem-five-stage");
    assertThat(j.get("stages")).hasSize(6);
    assertThat(j.get("dimensions")).hasSize(8);
    Cli.Run md = Cli.run("model", "--format", "md");
    assertThat(md.out()).startsWith("# CEM maturity, five stages").contains("## Stages").contains("| 1 | `strategy-1a` |");
    assertThat(Cli.run("model", "--list").out()).isEqualTo("cem-five-stage\nservice-process\n");
  }

  @Test
  void customModelFile_isValidated_andPrinted() throws Exception {
    Cli.Run r = Cli.run("model", AssessCommandTest.MODEL, "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(Json.MAPPER.readTree(r.out()).get("id").asText()).isEqualTo("tiny");
    Path out = tmp.resolve("copy.yaml");
    assertThat(Cli.run(Cli.args("model", "--out", out)).code()).isZero();
    assertThat(MaturityModels.load(out).id()).isEqualTo("cem-five-stage");
  }

  @Test
  void badModel_exit2() throws Exception {
    assertBad(Cli.run("model", "nope"), "model 'nope' is neither a built-in model (cem-five-stage, service-process) nor an existing file", "");
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "schemaVersion: 1\nid: x\n");
    assertBad(Cli.run(Cli.args("model", bad)), bad + ": ", "maturity model");
    assertBad(Cli.run("model", "--format", "html"), "--format html is not available here; use yaml, json, md", "");
  }
}
