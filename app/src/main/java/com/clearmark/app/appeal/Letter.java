package com.clearmark.app.appeal;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A letter of an appeal as plain text, which is what a seller pastes into the marketplace's form
 * and what the PDF and Word files are made from.
 *
 * <p>The text is read in blocks separated by blank lines. A block of one short line that does not
 * end in punctuation and is not a list item is a heading ("Root cause"); every other block is a
 * paragraph whose lines are kept as they are. So a seller's edits come out in the files as typed,
 * with no markup to learn.
 *
 * @param edited whether the text is the seller's own edit rather than the generated draft
 */
record Letter(LetterKind kind, String title, String text, boolean edited) {

  /** The longest letter kept; a plan of action is read by a person in a few minutes. */
  static final int MAX_LENGTH = FieldLimits.APPEAL_LETTER;

  private static final int HEADING_MAX = 60;

  Letter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    text = normalized(text);
  }

  /**
   * The text with line ends as {@code \n} and no trailing blanks; refused when empty or too long.
   */
  static String normalized(String text) {
    String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (t.isEmpty()) {
      throw new InvalidInputException("text", "write the letter; it cannot be empty");
    }
    if (t.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "text", "the letter is " + t.length() + " characters; keep it to " + MAX_LENGTH);
    }
    return t;
  }

  /** One block of the text. */
  record Block(boolean heading, List<String> lines) {
    Block {
      lines = List.copyOf(lines);
    }
  }

  List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : (text + "\n\n").split("\n", -1)) {
      if (line.isBlank()) {
        if (!lines.isEmpty()) {
          out.add(new Block(isHeading(lines), lines));
          lines = new ArrayList<>();
        }
      } else {
        lines.add(line.stripTrailing());
      }
    }
    return out;
  }

  private static boolean isHeading(List<String> lines) {
    if (lines.size() != 1) {
      return false;
    }
    String line = lines.get(0).strip();
    char last = line.charAt(line.length() - 1);
    return line.length() <= HEADING_MAX && !line.startsWith("- ") && ".,:;!?)]>".indexOf(last) < 0;
  }

  /** The letter as a PDF. */
  byte[] pdf() {
    var pdf = new PdfLetter(title);
    for (Block b : blocks()) {
      if (b.heading()) {
        pdf.heading(b.lines().get(0));
      } else {
        pdf.paragraph(String.join("\n", b.lines()));
      }
    }
    return pdf.toBytes();
  }

  /** The letter as a Word document. */
  byte[] docx() {
    return DocxLetter.write(title, blocks());
  }

  /** The letter as plain text, title first, with Windows line ends so every editor shows it. */
  byte[] txt() {
    return (title + "\n\n" + text + "\n")
        .replace("\n", "\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
