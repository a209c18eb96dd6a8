package com.clearmark.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
    assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
    assertThat(CsvCells.cell("-2")).isEqualTo("'-2");
    assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }

  @Test
  void ordinaryCellsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(CsvCells.cell("price")).isEqualTo("price");
    assertThat(CsvCells.cell("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvCells.row("file.csv", 3, "price")).isEqualTo("file.csv,3,price\r\n");
  }

  @Test
  void aFormulaAfterASemicolonTabOrLineBreakIsWrittenAsTextForSpreadsheetsThatSplitThere() {
    assertThat(CsvCells.cell("a;=1+1")).isEqualTo("a;'=1+1");
    assertThat(CsvCells.cell("Tent 2P;+cmd|' /C calc'!A0"))
        .isEqualTo("Tent 2P;'+cmd|' /C calc'!A0");
    assertThat(CsvCells.cell("a\t@SUM(A1)")).isEqualTo("a\t'@SUM(A1)");
    assertThat(CsvCells.cell("a; \"=1+1\"")).isEqualTo("\"a;' \"\"=1+1\"\"\"");
    assertThat(CsvCells.cell("a,=1+1")).isEqualTo("\"a,'=1+1\"");
    assertThat(CsvCells.cell("line one\n-2")).isEqualTo("\"line one\n'-2\"");
    assertThat(CsvCells.cell("a;\uFF1D1+1")).isEqualTo("a;'\uFF1D1+1");
    assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t'=1");
  }

  @Test
  void valuesWithoutAFormulaStartAreWrittenUnchanged() {
    assertThat(CsvCells.cell("Tent, 2-person; green")).isEqualTo("\"Tent, 2-person; green\"");
    assertThat(CsvCells.cell("B07XJ8C8F5")).isEqualTo("B07XJ8C8F5");
    assertThat(CsvCells.cell("a=b;c")).isEqualTo("a=b;c");
  }

  /**
   * Whatever a value holds, no piece of its cell that a spreadsheet could take for a cell, split on
   * comma, semicolon, tab or line break, starts a formula, and only apostrophes were added.
   */
  @Test
  void noPieceOfAnyCellStartsAFormulaWhateverTheDelimiter() {
    long seed = new Random().nextLong();
    var random = new Random(seed);
    String alphabet = "ab1 =+-@;,\t\r\n\"'\uFF1D";
    for (int run = 0; run < 20_000; run++) {
      var value = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String written = CsvCells.neutralised(value.toString());

      assertThat(written.replace("'", ""))
          .as("seed %d, value [%s]", seed, value)
          .isEqualTo(value.toString().replace("'", ""));
      for (String piece : written.split("[,;\t\r\n]", -1)) {
        String start = piece.replaceFirst("^[ \"]+", "");
        assertThat(start.isEmpty() || FORMULA_STARTS.indexOf(start.charAt(0)) < 0)
            .as("seed %d, value [%s], written [%s], piece [%s]", seed, value, written, piece)
            .isTrue();
      }
      assertThat(CsvCells.parse(CsvCells.row(value, "x")))
          .as("seed %d, value [%s]", seed, value)
          .isEqualTo(List.of(List.of(written, "x")));
    }
  }
}
