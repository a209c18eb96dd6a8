package com.clearmark.app.appeal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a letter as a Word document (Office Open XML, ECMA-376): the smallest package Word,
 * LibreOffice and Google Docs open, which is three parts in a ZIP. {@code [Content_Types].xml}
 * names the type of each part, {@code _rels/.rels} points at the main document, and {@code
 * word/document.xml} holds the body: one {@code w:p} paragraph per line, the title and headings in
 * bold runs, and an empty paragraph between blocks. No styles part is needed: bold and size are set
 * on each run. Characters XML cannot hold (controls other than tab) are dropped.
 */
final class DocxLetter {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxLetter() {}

  static byte[] write(String title, List<Letter.Block> blocks) {
    var body = new StringBuilder();
    paragraph(body, title, true, 30);
    for (Letter.Block b : blocks) {
      paragraph(body, "", false, 0);
      for (String line : b.lines()) {
        paragraph(body, line, b.heading(), b.heading() ? 24 : 0);
      }
    }
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\""
            + W
            + "\"><w:body>"
            + body
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
            + " w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"
            + "</w:body></w:document>";
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      put(zip, "word/document.xml", document);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the Word document", e);
    }
    return bytes.toByteArray();
  }

  private static void paragraph(StringBuilder out, String text, boolean bold, int halfPoints) {
    out.append("<w:p>");
    if (!text.isEmpty()) {
      out.append("<w:r>");
      if (bold || halfPoints > 0) {
        out.append("<w:rPr>");
        if (bold) {
          out.append("<w:b/>");
        }
        if (halfPoints > 0) {
          out.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
        }
        out.append("</w:rPr>");
      }
      out.append("<w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
    }
    out.append("</w:p>");
  }

  static String escape(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            if (Character.isSurrogate(c)) {
              if (Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
              }
            } else if (c != '\uFFFE' && c != '\uFFFF') {
              sb.append(c);
            }
          }
        }
      }
    }
    return sb.toString();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
