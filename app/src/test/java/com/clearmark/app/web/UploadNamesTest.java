package com.clearmark.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadNamesTest {

  private static final String LONG =
      "supplier-invoice-".repeat(14) + "Harbor Lights Outfitters 2026-11-30.pdf";

  @Test
  void aLongNameIsShortenedInTheMiddleSoTheShorteningShowsAndTheEndIsKept() {
    String shown = UploadNames.display(LONG, "document");

    assertThat(shown.codePointCount(0, shown.length())).isEqualTo(UploadNames.MAX);
    assertThat(shown).startsWith("supplier-invoice-supplier").contains("\u2026");
    assertThat(shown).endsWith("Harbor Lights Outfitters 2026-11-30.pdf");
  }

  @Test
  void pathsControlCharactersAndQuotesAreLeftOutAndNothingLeftIsTheFallback() {
    assertThat(UploadNames.display("C:\\Users\\me\\in\"voice\u0007.pdf", "document"))
        .isEqualTo("invoice.pdf");
    assertThat(UploadNames.display("../../", "document")).isEqualTo("document");
    assertThat(UploadNames.display(null, "upload")).isEqualTo("upload");
  }

  @Test
  void aNameOfLettersOutsideTheBasicPlaneIsCountedAndCutByCharacterNotByHalf() {
    String emoji = "\uD83D\uDCE6".repeat(250) + ".pdf";

    String shown = UploadNames.display(emoji, "document");

    assertThat(shown.codePointCount(0, shown.length())).isEqualTo(UploadNames.MAX);
    assertThat(shown).endsWith(".pdf");
    // No half of a letter is left without its other half.
    assertThat(shown.codePoints()).noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
  }
}
