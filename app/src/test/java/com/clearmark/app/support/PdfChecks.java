package com.clearmark.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Checks on generated PDF files. */
public final class PdfChecks {

  private PdfChecks() {}

  /** Checks what a reader relies on: every xref entry points at the object it names. */
  public static void assertWellFormed(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
    var startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
    assertThat(startxref.find()).isTrue();
    int xref = Integer.parseInt(startxref.group(1));
    assertThat(text.substring(xref)).startsWith("xref\n");
    var entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
    int object = 1;
    while (entries.find()) {
      int offset = Integer.parseInt(entries.group(1));
      assertThat(text.substring(offset)).startsWith(object + " 0 obj");
      object++;
    }
    assertThat(object).isGreaterThan(5);
  }
}
