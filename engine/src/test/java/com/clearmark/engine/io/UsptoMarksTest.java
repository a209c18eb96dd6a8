package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsptoMarksTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private MarkFile read(Path file) {
    return MarkReader.readFile(file, false, problems::add);
  }

  @Test
  void bulkDailyCaseFilesAreRead() {
    MarkFile file = read(resource("uspto-bulk-daily.xml"));

    assertThat(problems).isEmpty();
    assertThat(file.marks())
        .containsExactly(
            new Mark(
                "PEAKFLASK",
                "Peakflask Outdoor GmbH",
                "7222222",
                "US",
                Set.of(21, 35),
                MarkStatus.LIVE,
                false),
            new Mark(
                "TRAIL & NEST",
                "Trailnest LLC",
                "SN 98333333",
                "US",
                Set.of(22),
                MarkStatus.LIVE,
                false),
            new Mark("GLOWHAUS", "", "2555555", "US", Set.of(11), MarkStatus.DEAD, false));
    assertThat(file.withoutWordMark()).isEqualTo(1);
  }

  @Test
  void st66TradeMarksAreReadWithTheApplicantBesideThem() {
    MarkFile file = read(resource("uspto-st66.xml"));

    assertThat(file.marks())
        .containsExactly(
            new Mark(
                "SKYWARD",
                "Skyward Toys Ltd",
                "6123456",
                "US",
                Set.of(28, 41),
                MarkStatus.LIVE,
                false),
            new Mark(
                "KITEMASTER",
                "Kitemaster Inc.",
                "SN 97654321",
                "US",
                Set.of(28),
                MarkStatus.DEAD,
                false));
    assertThat(file.withoutWordMark()).isEqualTo(1);
  }

  @Test
  void st96TrademarksAreReadWithNiceClassesOnly() {
    MarkFile file = read(resource("uspto-st96.xml"));

    assertThat(file.marks())
        .containsExactly(
            new Mark(
                "GLOWHAUS",
                "Glowhaus Lighting Inc.",
                "6333444",
                "US",
                Set.of(11, 35),
                MarkStatus.LIVE,
                false),
            new Mark(
                "BEE & WRAP",
                "Robin Keeper",
                "SN 98765432",
                "US",
                Set.of(),
                MarkStatus.DEAD,
                false));
    assertThat(file.withoutWordMark()).isEqualTo(1);
  }

  @Test
  void readReturnsTheMarksOnly() {
    assertThat(MarkReader.read(resource("uspto-st96.xml"), true, problems::add)).hasSize(2);
  }

  @Test
  void xmlIsToldFromContentEvenAfterAByteOrderMarkAndBlankLines() {
    Path file =
        write(
            dir,
            "marks.txt",
            "\uFEFF\n  <trademark-applications-daily><case-file><case-file-header>"
                + "<mark-identification>ACME</mark-identification></case-file-header>"
                + "</case-file></trademark-applications-daily>");

    assertThat(read(file).marks()).extracting(Mark::name).containsExactly("ACME");
  }

  @Test
  void aRecordWhoseMarkIsLongerThanTheLimitIsLeftOutAndCounted() {
    Path file =
        write(
            dir,
            "long.xml",
            "<trademark-applications-daily>"
                + "<case-file><case-file-header><mark-identification>ACME</mark-identification>"
                + "</case-file-header></case-file>"
                + "<case-file><case-file-header><mark-identification>"
                + "quiet ".repeat(100)
                + "</mark-identification></case-file-header></case-file>"
                + "</trademark-applications-daily>\n");

    MarkFile read = read(file);
    assertThat(read.marks()).extracting(Mark::name).containsExactly("ACME");
    assertThat(read.tooLong()).isEqualTo(1);
  }

  @Test
  void xmlExternalEntityIsNeverResolved() throws IOException {
    Path secret = write(dir, "secret.txt", "TOP-SECRET-PASSWORD");
    Path file =
        write(
            dir,
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE trademark-applications-daily [\n"
                + "  <!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">\n"
                + "]>\n"
                + "<trademark-applications-daily><case-file><case-file-header>\n"
                + "<mark-identification>&xxe;</mark-identification>\n"
                + "</case-file-header></case-file></trademark-applications-daily>\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().file()).isEqualTo(file.toString());
              assertThat(e.problem().line()).isEqualTo(6);
              assertThat(e.problem().message())
                  .contains("xxe", "ignores the DOCTYPE")
                  .doesNotContain("TOP-SECRET");
            });
    assertThat(problems).isEmpty();
    assertThat(Files.readString(secret)).isEqualTo("TOP-SECRET-PASSWORD");
  }

  @Test
  void externalDtdIsNotFetched() {
    Path file =
        write(
            dir,
            "dtd.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE trademark-applications-daily SYSTEM"
                + " \"http://127.0.0.1:9/never-fetched.dtd\">\n"
                + "<trademark-applications-daily><case-file><case-file-header>"
                + "<mark-identification>ACME</mark-identification></case-file-header>"
                + "</case-file></trademark-applications-daily>\n");

    assertThat(read(file).marks()).extracting(Mark::name).containsExactly("ACME");
  }

  @Test
  void malformedXmlIsReportedWithTheLine() {
    Path file =
        write(
            dir,
            "broken.xml",
            "<trademark-applications-daily>\n<case-file>\n<serial-number>1</serial>\n"
                + "</case-file>\n</trademark-applications-daily>\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().file()).isEqualTo(file.toString());
              assertThat(e.problem().line()).isEqualTo(3);
              assertThat(e.problem().message()).startsWith("the XML is malformed: ");
            });
  }

  @Test
  void unknownXmlRootNamesTheLayoutsAccepted() {
    Path file = write(dir, "other.xml", "<?xml version=\"1.0\"?>\n<catalog><item/></catalog>\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().line()).isEqualTo(2);
              assertThat(e.problem().message())
                  .contains("<catalog>", "trademark-applications-daily", "ST.66", "ST.96");
            });
  }

  @Test
  void aByteThatIsNotUtf8IsReportedWithItsLineAndTheParserPrintsNothing() {
    var xml = new ByteArrayOutputStream();
    xml.writeBytes(
        ("<trademark-applications-daily>\n<case-file><case-file-header>\n"
                + "<mark-identification>ACME</mark-identification>\n<mark-identification>CAF")
            .getBytes(StandardCharsets.US_ASCII));
    // "CAFÉ" saved as ISO-8859-1 in a file that declares no encoding, so is read as UTF-8.
    xml.write(0xC9);
    xml.writeBytes(
        "</mark-identification>\n</case-file-header></case-file></trademark-applications-daily>\n"
            .getBytes(StandardCharsets.US_ASCII));
    Path file = write(dir, "latin1.xml", xml.toByteArray());

    var thrown = new Throwable[1];
    String printed = printedToStandardError(() -> thrown[0] = catchThrowable(() -> read(file)));

    assertThat(printed).isEmpty();
    assertThat(thrown[0])
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().file()).isEqualTo(file.toString());
              assertThat(e.problem().line()).isEqualTo(4);
              assertThat(e.problem().message())
                  .isEqualTo(
                      "the text is not valid UTF-8 here (unreadable bytes); save the file as"
                          + " UTF-8, or name its encoding in the XML declaration");
            });
  }

  @Test
  void malformedXmlPrintsNothing() {
    Path file = write(dir, "broken.xml", "<trademark-applications-daily>\n<case-file>\n</x>\n");

    String printed =
        printedToStandardError(
            () -> assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class));

    assertThat(printed).isEmpty();
  }

  @Test
  void theEncodingTheXmlDeclarationNamesIsUsed() {
    Path file =
        write(
            dir,
            "latin1.xml",
            ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<trademark-applications-daily>"
                    + "<case-file><case-file-header><mark-identification>CAF\u00c9"
                    + "</mark-identification></case-file-header></case-file>"
                    + "</trademark-applications-daily>\n")
                .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(read(file).marks()).extracting(Mark::name).containsExactly("CAF\u00c9");
  }

  @Test
  void anEncodingNoOneCanReadIsNamedInTheMessage() {
    Path file =
        write(
            dir,
            "odd.xml",
            "<?xml version=\"1.0\" encoding=\"x-clearmark-unknown\"?>\n"
                + "<trademark-applications-daily/>\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().line()).isEqualTo(1);
              assertThat(e.problem().message())
                  .isEqualTo(
                      "the XML declares the encoding x-clearmark-unknown, which Clearmark cannot"
                          + " read");
            });
  }

  /** What the action printed to System.err; the parser's default handler prints there. */
  private static String printedToStandardError(Runnable action) {
    var captured = new ByteArrayOutputStream();
    var original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
