package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimElement;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsptoPatentReaderTest {

  @TempDir Path dir;
  final List<InputProblem> problems = new ArrayList<>();

  private List<Patent> read(Path file, boolean strict) {
    var patents = new ArrayList<Patent>();
    long count = UsptoPatentReader.read(file, strict, problems::add, patents::add);
    assertThat(count).isEqualTo(patents.size());
    return patents;
  }

  private static String grant(String number, String date, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v47-2022-02-17.dtd\" [ ]>\n"
        + "<us-patent-grant lang=\"EN\" id=\"us-patent-grant\" country=\"US\">\n"
        + "<us-bibliographic-data-grant>\n"
        + "<publication-reference><document-id><country>US</country><doc-number>"
        + number
        + "</doc-number><kind>B2</kind><date>"
        + date
        + "</date></document-id></publication-reference>\n"
        + "<application-reference appl-type=\"utility\"><document-id><country>US</country>"
        + "<doc-number>16000001</doc-number><date>20190301</date></document-id>"
        + "</application-reference>\n"
        + body
        + "</us-bibliographic-data-grant>\n"
        + "<claims id=\"claims\"><claim id=\"CLM-00001\" num=\"00001\"><claim-text>1. A bottle"
        + " comprising: a body; and a lid.</claim-text></claim></claims>\n"
        + "</us-patent-grant>\n";
  }

  @Test
  void weeklyFileOfConcatenatedGrantsIsReadGrantByGrant() {
    List<Patent> patents = read(resource("uspto-grants-weekly.xml"), true);

    assertThat(patents)
        .extracting(Patent::number)
        .containsExactly("11234567", "D912345", "9876543");
    assertThat(problems).isEmpty();
  }

  @Test
  void utilityGrantKeepsItsBibliographyTermAndClasses() {
    Patent bottle = read(resource("uspto-grants-weekly.xml"), true).get(0);

    assertThat(bottle.kind()).isEqualTo("B2");
    assertThat(bottle.type()).isEqualTo(PatentType.UTILITY);
    assertThat(bottle.title()).isEqualTo("Insulated drinking bottle with straw lid");
    assertThat(bottle.assignee()).isEqualTo("Northwind Drinkware LLC");
    assertThat(bottle.filed()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(bottle.granted()).isEqualTo(LocalDate.of(2021, 6, 15));
    assertThat(bottle.termAdjustmentDays()).isEqualTo(412);
    assertThat(bottle.terminalDisclaimer()).isFalse();
    assertThat(bottle.cpc()).containsExactly("A47G 19/2266", "B65D 41/04");
  }

  @Test
  void earliestFilingComesFromTheContinuationNotTheProvisionalNorThePublication() {
    Patent bottle = read(resource("uspto-grants-weekly.xml"), true).get(0);

    // parent filed 2017-05-10; the provisional of 2016-05-12 never starts the term
    assertThat(bottle.earliestUsFiling()).isEqualTo(LocalDate.of(2017, 5, 10));
  }

  @Test
  void divisionalParentAndTerminalDisclaimerAreRead() {
    Patent leash = read(resource("uspto-grants-weekly.xml"), true).get(2);

    assertThat(leash.number()).isEqualTo("9876543");
    assertThat(leash.earliestUsFiling()).isEqualTo(LocalDate.of(2014, 3, 1));
    assertThat(leash.terminalDisclaimer()).isTrue();
    assertThat(leash.termAdjustmentDays()).isZero();
    assertThat(leash.assignee()).isEqualTo("Altura Pet Goods Inc.");
  }

  @Test
  void nationalStageCountsFromItsInternationalFilingDate() {
    Path file =
        write(
            dir,
            "pct.xml",
            grant(
                "10000001",
                "20200107",
                "<pct-or-regional-filing-data><document-id><country>WO</country>"
                    + "<doc-number>PCT/US2017/000001</doc-number><date>20170815</date>"
                    + "</document-id></pct-or-regional-filing-data>\n"));

    assertThat(read(file, true).get(0).earliestUsFiling()).isEqualTo(LocalDate.of(2017, 8, 15));
  }

  @Test
  void designGrantIsTypedByItsApplicationAndNamedWithoutLeadingZeros() {
    Patent handle = read(resource("uspto-grants-weekly.xml"), true).get(1);

    assertThat(handle.type()).isEqualTo(PatentType.DESIGN);
    assertThat(handle.kind()).isEqualTo("S1");
    assertThat(handle.assignee()).isEqualTo("Robin Marsh");
    assertThat(handle.claims()).hasSize(1);
    assertThat(handle.cpc()).isEmpty();
  }

  @Test
  void nestedClaimTextBecomesElementsWithTheirDepth() {
    Claim first = read(resource("uspto-grants-weekly.xml"), true).get(0).claims().get(0);

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.independent()).isTrue();
    assertThat(first.method()).isFalse();
    assertThat(first.preamble()).isEqualTo("A drinking bottle comprising");
    assertThat(first.elements())
        .containsExactly(
            new ClaimElement(0, "a double-walled body"),
            new ClaimElement(0, "a lid threaded onto the body, the lid having"),
            new ClaimElement(1, "a straw extending through the lid"),
            new ClaimElement(1, "a carabiner loop formed on the lid"),
            new ClaimElement(0, "a seal between the lid and the body"));
    assertThat(first.text()).startsWith("1. A drinking bottle comprising: a double-walled body;");
  }

  @Test
  void claimRefMakesTheClaimDependentAndFlatClaimsAreSplitFromTheirText() {
    List<Claim> claims = read(resource("uspto-grants-weekly.xml"), true).get(0).claims();

    assertThat(claims.get(1).dependsOn()).isEqualTo(1);
    assertThat(claims.get(1).text())
        .isEqualTo("2. The drinking bottle of claim 1, wherein the body is stainless steel.");
    Claim method = claims.get(2);
    assertThat(method.independent()).isTrue();
    assertThat(method.method()).isTrue();
    assertThat(method.elements())
        .extracting(ClaimElement::text)
        .containsExactly("forming a double-walled body", "threading a lid onto the body");
  }

  @Test
  void externalEntityIsRefusedAndNeverRead() throws IOException {
    Path secret = write(dir, "secret.txt", "TOP-SECRET-PASSWORD");
    String hostile =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE us-patent-grant [\n"
            + "  <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">\n"
            + "]>\n"
            + "<us-patent-grant><us-bibliographic-data-grant><invention-title>&xxe;"
            + "</invention-title></us-bibliographic-data-grant></us-patent-grant>\n";
    Path file = write(dir, "xxe.xml", hostile + grant("10000002", "20200107", ""));

    List<Patent> patents = read(file, false);

    assertThat(patents).extracting(Patent::number).containsExactly("10000002");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).message())
        .contains("DOCTYPE declares entities")
        .doesNotContain("TOP-SECRET");
    assertThat(patents.get(0).title()).doesNotContain("TOP-SECRET");
  }

  @Test
  void externalEntityStopsAStrictRead() throws IOException {
    Path secret = write(dir, "secret.txt", "TOP-SECRET-PASSWORD");
    Path file =
        write(
            dir,
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n<us-patent-grant>&xxe;</us-patent-grant>\n");

    assertThatThrownBy(() -> read(file, true))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("xxe.xml:2: DOCTYPE: the DOCTYPE declares entities")
                    .doesNotContain("TOP-SECRET"));
  }

  @Test
  void undeclaredEntityIsNamedNotResolved() {
    Path file =
        write(
            dir,
            "entity.xml",
            grant(
                "10000003", "20200107", "<invention-title>Lid &lidname; cap</invention-title>\n"));

    assertThat(read(file, false)).isEmpty();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).contains("entity.xml:").contains("lidname");
  }

  @Test
  void malformedGrantIsSkippedWithItsLineAndTheNextIsRead() {
    String broken = grant("10000004", "20200107", "<invention-title>Unclosed</invention-tile>\n");
    Path file = write(dir, "broken.xml", broken + grant("10000005", "20200107", ""));

    List<Patent> patents = read(file, false);

    assertThat(patents).extracting(Patent::number).containsExactly("10000005");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(7);
    assertThat(problems.get(0).message()).startsWith("the XML is malformed");
  }

  @Test
  void grantWithoutADateIsNamedByField() {
    Path file = write(dir, "nodate.xml", grant("10000006", "2020-01-07", ""));

    assertThat(read(file, false)).isEmpty();
    assertThat(problems.get(0).toString())
        .contains("nodate.xml:3: publication-reference/document-id/date:")
        .contains("\"2020-01-07\" is not a date");
  }

  @Test
  void claimReferringToALaterClaimIsAProblem() {
    String grant =
        grant("10000007", "20200107", "")
            .replace(
                "</claims>",
                "<claim id=\"CLM-00002\" num=\"00002\"><claim-text>2. The bottle of <claim-ref"
                    + " idref=\"CLM-00003\">claim 3</claim-ref>.</claim-text></claim></claims>");
    Path file = write(dir, "ahead.xml", grant);

    assertThat(read(file, false)).isEmpty();
    assertThat(problems.get(0).message()).contains("claim 2 refers to claim 3");
  }

  @Test
  void otherXmlIsRefusedByItsRoot() {
    Path file =
        write(dir, "marks.xml", "<?xml version=\"1.0\"?>\n<trademark-applications-daily/>\n");

    assertThatThrownBy(() -> read(file, true))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a patent grant");
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.xml"), "  \n");

    assertThatThrownBy(() -> read(file, false))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void textAfterNestedElementsIsAFurtherElementNotPartOfThePreamble() {
    String grant =
        grant("10000008", "20200107", "")
            .replaceFirst(
                "<claim-text>1\\. A bottle comprising: a body; and a lid\\.</claim-text>",
                "<claim-text>1. A bottle comprising:\n<claim-text>a body;</claim-text>\n"
                    + "<claim-text>a lid; and</claim-text>\n"
                    + "<claim-text>a strap,</claim-text>\n"
                    + "wherein the strap is woven.</claim-text>");
    Path file = write(dir, "tail.xml", grant);

    Claim claim = read(file, true).get(0).claims().get(0);

    assertThat(claim.preamble()).isEqualTo("A bottle comprising");
    assertThat(claim.elements())
        .extracting(ClaimElement::text)
        .containsExactly("a body", "a lid", "a strap", "wherein the strap is woven");
  }

  @Test
  void applicantFilingAsAssigneeNamesTheOwnerWhenNoAssigneeIsListed() {
    Path file =
        write(
            dir,
            "applicant.xml",
            grant(
                "10000009",
                "20200107",
                "<us-parties><us-applicants><us-applicant sequence=\"00\" app-type=\"applicant\""
                    + " applicant-authority-category=\"inventor\"><addressbook><orgname>Not"
                    + " Me</orgname></addressbook></us-applicant><us-applicant sequence=\"01\""
                    + " app-type=\"applicant\" applicant-authority-category=\"assignee\">"
                    + "<addressbook><orgname>Altura Pet Goods Inc.</orgname></addressbook>"
                    + "</us-applicant></us-applicants></us-parties>\n"
                    + "<us-term-of-grant><us-term-extension></us-term-extension></us-term-of-grant>\n"));

    Patent patent = read(file, true).get(0);

    assertThat(patent.assignee()).isEqualTo("Altura Pet Goods Inc.");
    assertThat(patent.termAdjustmentDays()).isZero();
  }
}
