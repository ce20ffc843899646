package dev.cem.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cem.core.CemArgumentException;
import dev.cem.core.CemFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowSourceTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /** Reads all rows as "line:cell,cell" strings, skipping invalid rows into {@code invalid}. */
  private static List<String> readAll(RowSource source, List<String> invalid) throws IOException {
    List<String> rows = new ArrayList<>();
    int columns = source.header().size();
    while (true) {
      try {
        if (!source.next()) {
          break;
        }
      } catch (InvalidRowException e) {
        invalid.add(e.reason() + " | " + e.getMessage());
        continue;
      }
      StringBuilder sb = new StringBuilder().append(source.line()).append(':');
      for (int i = 0; i < columns; i++) {
        sb.append(i == 0 ? "" : ",").append(source.get(i) == null ? "-" : source.get(i));
      }
      rows.add(sb.toString());
    }
    return rows;
  }

  @Test
  void csv_rowsWithLineNumbers_emptyCellsAreNull() throws IOException {
    Path p = file("a.csv", "segment,nps\nretail,9\n\nsmb,\n\"multi\nline\",3\nlast, 7 \n");
    List<String> invalid = new ArrayList<>();
    try (RowSource s = RowSource.open(p)) {
      assertThat(s.header()).containsExactly("segment", "nps");
      assertThat(readAll(s, invalid))
          .containsExactly("2:retail,9", "4:smb,-", "5:multi\nline,3", "7:last,7");
      assertThat(s.rowsRead()).isEqualTo(4);
    }
    assertThat(invalid).isEmpty();
  }

  @Test
  void csv_utf8ByteOrderMark_isSkipped() throws IOException {
    byte[] body = "nps,segment\n10,é\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    try (RowSource s = RowSource.open(bytes("bom.csv", withBom))) {
      assertThat(s.header()).containsExactly("nps", "segment");
      assertThat(s.require("nps", "")).isZero();
      assertThat(readAll(s, new ArrayList<>())).containsExactly("2:10,é");
    }
  }

  @Test
  void utf16ByteOrderMark_isRefusedWithAdvice() throws IOException {
    Path p = bytes("u16.csv", "\uFEFFnps\n9\n".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("u16.csv:1:1")
        .hasMessageContaining("UTF-16")
        .hasMessageContaining("save the file as UTF-8");
  }

  @Test
  void invalidUtf8_namesLineAndColumn() throws IOException {
    byte[] head = "segment,nps\nab,9\nx".getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[head.length + 4];
    System.arraycopy(head, 0, content, 0, head.length);
    content[head.length] = (byte) 0xC3; // a lead byte followed by an invalid continuation
    content[head.length + 1] = (byte) 0x28;
    content[head.length + 2] = ',';
    content[head.length + 3] = '1';
    Path p = bytes("bad-utf8.csv", content);
    assertThatThrownBy(
            () -> {
              try (RowSource s = RowSource.open(p)) {
                readAll(s, new ArrayList<>());
              }
            })
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("bad-utf8.csv:3:2")
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void csv_emptyFile_noHeader() throws IOException {
    Path p = file("empty.csv", "");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(p + ": the file is empty: no header row with column names");
  }

  @Test
  void csv_duplicateHeader_namesBothColumns() throws IOException {
    Path p = file("dup.csv", "a,nps,nps\n1,2,3\n");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("dup.csv:1:7")
        .hasMessageContaining("duplicate column 'nps'")
        .hasMessageContaining("also column 2");
  }

  @Test
  void csv_blankHeaderName() throws IOException {
    Path p = file("blank.csv", "a,,c\n1,2,3\n");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining("blank.csv:1:3: header column 2 has no name");
  }

  @Test
  void csv_wrongFieldCount_isAnInvalidRow_andReadingContinues() throws IOException {
    Path p = file("short.csv", "a,b\n1,2\n3\n4,5,6\n7,8\n");
    List<String> invalid = new ArrayList<>();
    try (RowSource s = RowSource.open(p)) {
      assertThat(readAll(s, invalid)).containsExactly("2:1,2", "5:7,8");
    }
    assertThat(invalid)
        .containsExactly(
            "wrong number of fields | short.csv:3: the row has 1 fields, the header has 2 (3)"
                .replace("short.csv", p.toString()),
            "wrong number of fields | short.csv:4: the row has 3 fields, the header has 2 (4,5,6)"
                .replace("short.csv", p.toString()));
  }

  @Test
  void csv_unterminatedQuote_isMalformed() throws IOException {
    Path p = file("quote.csv", "a,b\n1,2\n\"3,4\n");
    assertThatThrownBy(
            () -> {
              try (RowSource s = RowSource.open(p)) {
                readAll(s, new ArrayList<>());
              }
            })
        .isInstanceOf(CemFormatException.class)
        .isNotInstanceOf(InvalidRowException.class)
        .hasMessageContaining("quote.csv:")
        .hasMessageContaining("malformed CSV");
  }

  @Test
  void require_missingColumn_namesItAndTheColumnsFound() throws IOException {
    Path p = file("cols.csv", "segment,score\n1,2\n");
    try (RowSource s = RowSource.open(p)) {
      assertThat(s.column("nps")).isEqualTo(-1);
      assertThatThrownBy(() -> s.require("nps", "--column nps=HEADER"))
          .isInstanceOf(CemFormatException.class)
          .hasMessage(
              p
                  + ": missing required column 'nps' (set another with --column nps=HEADER);"
                  + " found columns: segment, score");
    }
  }

  @Test
  void missingFile_isAnArgumentError() {
    Path p = dir.resolve("nope.csv");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemArgumentException.class)
        .hasMessage(p + ": no such file");
  }

  @Test
  void jsonLines_scalarsAsText_absentAndNullAsNoValue() throws IOException {
    Path p =
        file(
            "r.jsonl",
            "{\"segment\":\"retail\",\"nps\":9,\"fcr\":true}\n\n"
                + "{\"segment\":null,\"nps\":10.0}\n"
                + "{\"nps\":0,\"fcr\":false,\"extra\":1}\n");
    try (RowSource s = RowSource.open(p)) {
      assertThat(s.header()).containsExactly("segment", "nps", "fcr");
      assertThat(readAll(s, new ArrayList<>()))
          .containsExactly("1:retail,9,true", "3:-,10.0,-", "4:-,0,false");
    }
  }

  @Test
  void jsonLines_keyAbsentFromFirstObject_canBeBoundAndRead() throws IOException {
    Path p = file("late.jsonl", "{\"a\":1}\n{\"a\":2,\"b\":\"x\"}\n");
    try (RowSource s = RowSource.open(p)) {
      int b = s.column("b");
      assertThat(s.require("a", "")).isZero();
      assertThatThrownBy(() -> s.require("b", ""))
          .hasMessageContaining("missing required column 'b'")
          .hasMessageContaining("found keys in the first object: a");
      assertThat(s.next()).isTrue();
      assertThat(s.get(b)).isNull();
      assertThat(s.next()).isTrue();
      assertThat(s.get(b)).isEqualTo("x");
      assertThat(s.where(b)).isEqualTo(p + ":2:12");
    }
  }

  @Test
  void jsonLines_malformedAndNestedLines_areInvalidRows() throws IOException {
    Path p =
        file(
            "m.jsonl",
            "{\"nps\":1}\n{\"nps\":2\n{\"nps\":[1]}\n[1]\n{\"nps\":3} {\"nps\":4}\n"
                + "{\"nps\":5,\"nps\":6}\n{\"nps\":7}\n");
    List<String> invalid = new ArrayList<>();
    try (RowSource s = RowSource.open(p)) {
      assertThat(readAll(s, invalid)).containsExactly("1:1", "7:7");
    }
    assertThat(invalid).hasSize(5);
    assertThat(invalid.get(0)).startsWith("malformed JSON | " + p + ":2:");
    assertThat(invalid.get(1))
        .isEqualTo(
            "field not a scalar | "
                + p
                + ":3:8: field 'nps' must be a string, number, boolean or null, found an array");
    assertThat(invalid.get(2)).startsWith("malformed JSON | " + p + ":4:1: malformed JSON: expected a JSON object");
    assertThat(invalid.get(3)).contains(":5:").contains("more than one JSON value");
    assertThat(invalid.get(4)).contains(":6:").containsIgnoringCase("duplicate");
  }

  @Test
  void jsonLines_emptyAndBlankFile() throws IOException {
    Path p = file("e.jsonl", "\n  \n");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessage(p + ": the file is empty; expected one JSON object per line");
  }

  @Test
  void jsonArrayFile_isRefused_withAHint() throws IOException {
    Path p = file("array.json", "[\n  {\"nps\": 9}\n]\n");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining(p + ":1:1: malformed JSON: expected a JSON object")
        .hasMessageContaining("one JSON object per line");
  }

  @Test
  void jsonLines_malformedFirstLine_isFatal() throws IOException {
    Path p = file("f.jsonl", "\n{\"nps\": }\n{\"nps\":1}\n");
    assertThatThrownBy(() -> RowSource.open(p))
        .isInstanceOf(CemFormatException.class)
        .hasMessageContaining(p + ":2:");
  }

  @Test
  void unknownExtension_isSniffed() throws IOException {
    try (RowSource s = RowSource.open(file("data", "  {\"nps\":1}\n"))) {
      assertThat(s.header()).containsExactly("nps");
    }
    try (RowSource s = RowSource.open(file("data2", "nps\n1\n"))) {
      assertThat(s.header()).containsExactly("nps");
      assertThat(s.next()).isTrue();
      assertThat(s.get(0)).isEqualTo("1");
      assertThat(s.where(0)).isEqualTo(dir.resolve("data2") + ":2:1");
    }
  }
}
