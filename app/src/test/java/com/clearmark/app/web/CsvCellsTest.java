package com.clearmark.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

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
}
