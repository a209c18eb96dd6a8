package com.clearmark.app.appeal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plain letter as a PDF: A4 pages of Helvetica text, a bold title, wrapped paragraphs.
 *
 * <p>The file is built by hand from the PDF 1.4 object model: a catalog, a page tree, one content
 * stream per page drawing text lines with {@code Tj}, and the two standard Type 1 fonts, which
 * every reader has, so nothing is embedded. Text is written in WinAnsi (Latin-1 here); characters
 * outside it become {@code ?}. Lines are wrapped at a fixed character count, which is exact enough
 * for Helvetica at 10.5 points on an A4 page with 2 cm margins. The cross-reference table records
 * each object's byte offset, as readers require.
 */
public final class PdfLetter {

  private static final int WRAP = 95;
  private static final int LINES_PER_PAGE = 58;
  private final String title;
  private final List<String> lines = new ArrayList<>();

  public PdfLetter(String title) {
    this.title = title;
  }

  /** Adds a paragraph, wrapped; an empty string adds a blank line. */
  public PdfLetter paragraph(String text) {
    if (text.isEmpty()) {
      lines.add("");
      return this;
    }
    for (String para : text.split("\n")) {
      wrap(para);
    }
    lines.add("");
    return this;
  }

  /** Adds a heading line, set apart by a blank line. */
  public PdfLetter heading(String text) {
    lines.add("\u0001" + text);
    return this;
  }

  private void wrap(String para) {
    String rest = para.strip();
    String indent = para.startsWith("- ") ? "  " : "";
    boolean first = true;
    while (rest.length() > WRAP) {
      int cut = rest.lastIndexOf(' ', WRAP);
      if (cut <= 0) {
        cut = WRAP;
      }
      lines.add((first ? "" : indent) + rest.substring(0, cut));
      rest = rest.substring(cut).strip();
      first = false;
    }
    lines.add((first ? "" : indent) + rest);
  }

  public byte[] toBytes() {
    List<List<String>> pages = new ArrayList<>();
    List<String> all = new ArrayList<>(lines);
    for (int i = 0; i < all.size(); i += LINES_PER_PAGE) {
      pages.add(all.subList(i, Math.min(all.size(), i + LINES_PER_PAGE)));
    }
    if (pages.isEmpty()) {
      pages.add(List.of());
    }
    var out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    int pageCount = pages.size();
    // Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, then a page and its content.
    object(out, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
    var kids = new StringBuilder();
    for (int p = 0; p < pageCount; p++) {
      kids.append(5 + 2 * p).append(" 0 R ");
    }
    object(out, offsets, "<< /Type /Pages /Kids [" + kids + "] /Count " + pageCount + " >>");
    object(
        out,
        offsets,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object(
        out,
        offsets,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    for (int p = 0; p < pageCount; p++) {
      object(
          out,
          offsets,
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2"
              + " 4 0 R >> >> /Contents "
              + (6 + 2 * p)
              + " 0 R >>");
      String content = content(p == 0, pages.get(p), p + 1, pageCount);
      byte[] stream = content.getBytes(StandardCharsets.ISO_8859_1);
      offsets.add(out.size());
      write(out, (offsets.size()) + " 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
      out.writeBytes(stream);
      write(out, "\nendstream\nendobj\n");
    }
    int xref = out.size();
    var table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    write(out, table.toString());
    write(
        out,
        "trailer\n<< /Size "
            + (offsets.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private String content(boolean first, List<String> pageLines, int page, int pages) {
    var sb = new StringBuilder("BT\n");
    int y = 785;
    if (first) {
      sb.append("/F2 15 Tf 57 ").append(y).append(" Td (").append(escape(title)).append(") Tj\n");
      y -= 28;
      sb.append("ET\nBT\n");
    }
    sb.append("/F1 10.5 Tf 57 ").append(y).append(" Td 13 TL\n");
    for (String line : pageLines) {
      if (line.startsWith("\u0001")) {
        sb.append("/F2 11 Tf (").append(escape(line.substring(1))).append(") Tj T* /F1 10.5 Tf\n");
      } else {
        sb.append('(').append(escape(line)).append(") Tj T*\n");
      }
    }
    sb.append("ET\nBT /F1 8 Tf 520 30 Td (")
        .append(page)
        .append(" / ")
        .append(pages)
        .append(") Tj ET\n");
    return sb.toString();
  }

  static String escape(String s) {
    var sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      char ch =
          switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201c', '\u201d' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> c;
          };
      if (ch == '(' || ch == ')' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 32 || ch > 255) {
        sb.append('?');
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static void object(ByteArrayOutputStream out, List<Integer> offsets, String body) {
    offsets.add(out.size());
    write(out, offsets.size() + " 0 obj\n" + body + "\nendobj\n");
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
