package com.clearmark.app.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.PdfChecks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfLetterTest {

  @Test
  void aLongLetterIsAWellFormedPdfOverSeveralPages() {
    var letter = new PdfLetter("Plan of action: complaint 9876543210");
    letter.heading("Root cause");
    for (int i = 0; i < 40; i++) {
      letter.paragraph(
          "- Removed the listing (B0CHARGER1) and checked the remaining stock against invoice INV-"
              + i
              + "; the units matched the supplier's labels.");
    }
    byte[] pdf = letter.toBytes();

    PdfChecks.assertWellFormed(pdf);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).contains("/Count 3").contains("(Plan of action: complaint 9876543210) Tj");
    assertThat(text).contains("listing \\(B0CHARGER1\\)");
  }

  @Test
  void charactersOutsideLatin1BecomeQuestionMarksAndTypographicQuotesPlainOnes() {
    assertThat(PdfLetter.escape("Caf\u00e9 \u201cquoted\u201d \u4e2d"))
        .isEqualTo("Caf\u00e9 \"quoted\" ?");
  }
}
