package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class XmlDocumentsTest {

  private static List<String> split(String text, int chunk) throws IOException {
    var documents = new XmlDocuments(new StringReader(text));
    var out = new ArrayList<String>();
    Reader d;
    char[] buffer = new char[chunk];
    while ((d = documents.next()) != null) {
      var sb = new StringBuilder();
      int n;
      while ((n = d.read(buffer, 0, buffer.length)) >= 0) {
        sb.append(buffer, 0, n);
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void everyDeclarationAtALineStartBeginsTheNextDocument() throws IOException {
    String a = "<?xml version=\"1.0\"?>\n<a>one\n<?xmlish?> <?xml no?></a>\n";
    String b = "<?xml version=\"1.0\"?>\n<b/>\n";

    assertThat(split("\n\n" + a + b + "  \n", 7)).containsExactly(a, b + "  \n");
  }

  @Test
  void documentsOfAnySizeSplitExactlyWhateverTheReadSize() throws IOException {
    long seed = System.nanoTime();
    var random = new SplittableRandom(seed);
    var expected = new ArrayList<String>();
    var file = new StringBuilder();
    for (int d = 0; d < 12; d++) {
      var doc = new StringBuilder("<?xml version=\"1.0\"?>\n<grant>\n");
      int lines = random.nextInt(4000);
      for (int l = 0; l < lines; l++) {
        int kind = random.nextInt(4);
        doc.append(
            switch (kind) {
              case 0 -> "<p>text of a paragraph that runs on</p>\n";
              case 1 -> "<?xm almost a declaration\n";
              case 2 -> "  <?xml indented, so not a start?>\n";
              default -> "x".repeat(random.nextInt(300)) + "\n";
            });
      }
      doc.append("</grant>\n");
      expected.add(doc.toString());
      file.append(doc);
    }

    int chunk = 1 + random.nextInt(9000);
    assertThat(split(file.toString(), chunk))
        .as("seed %d, chunk %d", seed, chunk)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void linesAreCountedAcrossDocuments() throws IOException {
    var documents =
        new XmlDocuments(
            new StringReader("<?xml version=\"1.0\"?>\n<a/>\n<?xml version=\"1.0\"?>\n<b/>\n"));
    documents.next().transferTo(new java.io.StringWriter());
    Reader second = documents.next();

    assertThat(documents.line()).isEqualTo(3);
    assertThat(second).isNotNull();
  }
}
