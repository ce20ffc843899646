package dev.cem.cli.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Formula injection (docs/quality.md): random cells built from formula leaders, separators,
 * quotes and line breaks are written with {@link Tables#csv} and read back with a CSV parser, as a
 * spreadsheet would. No cell that comes back may start with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return unless it is a plain number, every cell comes back as written
 * (with the neutralising quote in front where one was added), and the row keeps its cell count.
 * {@link TablesTest} has the named cases.
 */
class CsvInjectionTest {
  private static final String ALPHABET = "=+-@\t\r\n,\";'|!0123456789.eE aZ()";
  private static final int ROWS = 20_000;

  @Test
  void csv_randomHostileCells_neverStartAFormulaAndReadBackIntact() throws Exception {
    SplittableRandom random = new SplittableRandom(20261123);
    Table table = new Table("Fuzz", "a", "b", "c");
    List<String[]> written = new ArrayList<>();
    for (int r = 0; r < ROWS; r++) {
      String[] cells = new String[3];
      for (int c = 0; c < 3; c++) {
        StringBuilder cell = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
          cell.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        cells[c] = cell.toString();
      }
      written.add(cells);
      table.row((Object[]) cells);
    }
    String csv = Tables.csv(List.of(table));

    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> read = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      it.next(); // header
      while (it.hasNext()) {
        read.add(it.next());
      }
    }
    assertThat(read).hasSize(ROWS);
    int neutralised = 0;
    for (int r = 0; r < ROWS; r++) {
      String[] back = read.get(r);
      assertThat(back).as("row %d", r).hasSize(3);
      for (int c = 0; c < 3; c++) {
        String original = written.get(r)[c];
        String cell = back[c];
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          assertThat(cell)
              .as("row %d cell %d starts a formula", r, c)
              .matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
        }
        if (cell.equals(original)) {
          continue;
        }
        assertThat(cell).as("row %d cell %d", r, c).isEqualTo("'" + original);
        neutralised++;
      }
    }
    assertThat(neutralised).as("cells neutralised").isGreaterThan(ROWS / 4);
  }
}
