package com.clearmark.app.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Word file is a package a word processor opens: its three parts, well-formed, in order. */
class DocxLetterTest {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  static TreeMap<String, byte[]> parts(byte[] docx) throws Exception {
    var parts = new TreeMap<String, byte[]>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  static Document xml(byte[] part) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
  }

  /** The text of each paragraph of the document, in order, and whether it is bold. */
  static List<String> paragraphs(byte[] docx) throws Exception {
    Document doc = xml(parts(docx).get("word/document.xml"));
    var out = new ArrayList<String>();
    var ps = doc.getElementsByTagNameNS(W, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      var p = (Element) ps.item(i);
      boolean bold = p.getElementsByTagNameNS(W, "b").getLength() > 0;
      out.add((bold ? "**" : "") + p.getTextContent());
    }
    return out;
  }

  @Test
  void theLetterIsAWordPackageWhoseParagraphsAreTheLettersLines() throws Exception {
    var letter =
        new Letter(
            LetterKind.PLAN_OF_ACTION,
            "Plan of action: complaint 42",
            "Complaint 42 about <B0X> & co.\n\nRoot cause\n\nA \"mistake\".\n\n- one\n- two",
            false);
    byte[] docx = letter.docx();

    var parts = parts(docx);
    assertThat(parts.keySet())
        .containsExactly("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    var types = xml(parts.get("[Content_Types].xml")).getDocumentElement();
    assertThat(types.getLocalName()).isEqualTo("Types");
    assertThat(new String(parts.get("[Content_Types].xml"), "UTF-8"))
        .contains(
            "PartName=\"/word/document.xml\"",
            "wordprocessingml.document.main+xml",
            "Extension=\"rels\"");
    var rel = (Element) xml(parts.get("_rels/.rels")).getElementsByTagName("Relationship").item(0);
    assertThat(rel.getAttribute("Target")).isEqualTo("word/document.xml");
    assertThat(rel.getAttribute("Type")).endsWith("/officeDocument");

    assertThat(paragraphs(docx))
        .containsExactly(
            "**Plan of action: complaint 42",
            "",
            "Complaint 42 about <B0X> & co.",
            "",
            "**Root cause",
            "",
            "A \"mistake\".",
            "",
            "- one",
            "- two");
  }

  @Test
  void charactersXmlCannotHoldAreDroppedAndTheRestKept() throws Exception {
    var letter =
        new Letter(
            LetterKind.RETRACTION_REQUEST, "T", "Bell\u0007 and emoji \uD83D\uDE00 stay.", false);
    assertThat(paragraphs(letter.docx())).contains("Bell and emoji \uD83D\uDE00 stay.");
  }
}
