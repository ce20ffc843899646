package dev.cem.cli.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
  private static Table sample() {
    return new Table("Scores", "group", "metric", "value")
        .row("=HYPERLINK(\"x\")", "nps", "-12.5")
        .row("@sum", "+csat", "80")
        .row("a,b", "-cmd|' /C calc'!A0", "")
        .row("plain", "ok", "1e-3");
  }

  @Test
  void csv_formulaCellsArePrefixed_numbersAreNot() {
    assertThat(Tables.csv(List.of(sample())))
        .isEqualTo(
            "group,metric,value\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",nps,-12.5\r\n"
                + "'@sum,'+csat,80\r\n"
                + "\"a,b\",'-cmd|' /C calc'!A0,\r\n"
                + "plain,ok,1e-3\r\n");
  }

  @Test
  void csvCell_tabAndCarriageReturnLeaders_arePrefixed() {
    assertThat(Tables.csvCell("\tx")).isEqualTo("'\tx");
    assertThat(Tables.csvCell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Tables.csvCell("-3")).isEqualTo("-3");
    assertThat(Tables.csvCell("+4.5e2")).isEqualTo("+4.5e2");
    assertThat(Tables.csvCell("-")).isEqualTo("'-");
  }

  @Test
  void text_alignsNumbersRight_textLeft() {
    Table t = new Table("T", "name", "n").row("a", "5").row("longer", "123");
    assertThat(Tables.text(List.of(t)))
        .isEqualTo("T\nname      n\n------  ---\na         5\nlonger  123\n");
  }
}
