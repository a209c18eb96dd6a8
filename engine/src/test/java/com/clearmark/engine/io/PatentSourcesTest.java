package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.patent.Patent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentSourcesTest {

  @TempDir Path dir;
  final List<InputProblem> problems = new ArrayList<>();

  @Test
  void grantXmlIsToldByItsContentWhateverItsName() throws IOException {
    Path file = dir.resolve("ipg210615.txt");
    Files.copy(TestFiles.resource("uspto-grants-weekly.xml"), file);

    assertThat(PatentSources.kindOf(file)).isEqualTo(PatentSources.Kind.USPTO_XML);
    assertThat(PatentSources.readAll(file, true, problems::add)).hasSize(3);
  }

  @Test
  void savedRegisterIsReadBack() throws IOException {
    List<Patent> weekly =
        PatentSources.readAll(TestFiles.resource("uspto-grants-weekly.xml"), true, problems::add);
    Path register = dir.resolve("patents.register");
    PatentFile.write(register, weekly);

    assertThat(PatentSources.kindOf(register)).isEqualTo(PatentSources.Kind.REGISTER);
    assertThat(PatentSources.readAll(register, true, problems::add)).isEqualTo(weekly);
  }

  @Test
  void csvIsTheRest() throws IOException {
    Path csv =
        TestFiles.write(
            dir,
            "patents.csv",
            "number,granted,claims\n11234567,2021-06-15,1. A bottle comprising: a body; and a lid.\n");

    assertThat(PatentSources.kindOf(csv)).isEqualTo(PatentSources.Kind.CSV);
    assertThat(PatentSources.readAll(csv, true, problems::add))
        .extracting(Patent::number)
        .containsExactly("11234567");
  }

  @Test
  void patentsViewFolderIsReadAsTables() {
    TestFiles.write(
        dir,
        "g_patent.tsv",
        "patent_id\tpatent_type\tpatent_date\tpatent_title\n10000001\tutility\t2020-01-07\tLid\n");

    assertThat(PatentSources.kindOf(dir)).isEqualTo(PatentSources.Kind.PATENTS_VIEW);
  }

  @Test
  void folderWithoutTablesIsRefusedWithWhatIsExpected() {
    assertThatThrownBy(() -> PatentSources.kindOf(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no g_patent.tsv");
  }

  private Path zip(String name, String entry, byte[] content) throws IOException {
    Path zip = dir.resolve(name);
    try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content);
      out.closeEntry();
    }
    return zip;
  }

  @Test
  void weeklyZipAsTheUsptoPublishesItIsReadWithoutUnpacking() throws IOException {
    Path zip =
        zip(
            "ipg210615.zip",
            "ipg210615.xml",
            Files.readAllBytes(TestFiles.resource("uspto-grants-weekly.xml")));

    assertThat(PatentSources.kindOf(zip)).isEqualTo(PatentSources.Kind.USPTO_XML);
    assertThat(PatentSources.readAll(zip, true, problems::add))
        .extracting(Patent::number)
        .containsExactly("11234567", "D912345", "9876543");
  }

  @Test
  void zipWithoutGrantXmlIsRefusedWithWhatToDo() throws IOException {
    Path zip = zip("tables.zip", "g_patent.tsv", "patent_id\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PatentSources.kindOf(zip))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("holds no grant XML");
  }

  @Test
  void zippedPatentsViewTablesAreReadFromTheirFolder() throws IOException {
    zip(
        "g_patent.tsv.zip",
        "g_patent.tsv",
        "patent_id\tpatent_type\tpatent_date\tpatent_title\n10000001\tutility\t2020-01-07\tLid\n"
            .getBytes(StandardCharsets.UTF_8));
    zip(
        "g_claims_2020.tsv.zip",
        "g_claims_2020.tsv",
        "patent_id\tclaim_sequence\tclaim_text\n10000001\t0\tA lid comprising: a rim; and a tab.\n"
            .getBytes(StandardCharsets.UTF_8));

    List<Patent> patents = PatentSources.readAll(dir, true, problems::add);

    assertThat(patents).extracting(Patent::number).containsExactly("10000001");
    assertThat(patents.get(0).claims()).hasSize(1);
  }

  @Test
  void missingSourceIsNamed() {
    assertThatThrownBy(() -> PatentSources.kindOf(dir.resolve("nowhere.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("file not found");
  }
}
