package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.copyright.WorkKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkCsvReaderTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  @Test
  void imageWorksAreResolvedAgainstTheFolderOfTheRegister() throws Exception {
    Path register = Files.createDirectories(dir.resolve("register"));
    Path file =
        write(
            register,
            "works.csv",
            "id,kind,title,owner,description,file,text\n"
                + "7,PHOTO,Trail bottle front,Northwind Drinkware LLC,Studio shot,photos/front.jpg,\n"
                + "8,text,Trail bottle copy,Northwind Drinkware LLC,,,\"Keeps water cold, all day.\"\n");

    List<WorkCsvReader.Entry> entries = WorkCsvReader.read(file, false, problems::add);

    assertThat(problems).isEmpty();
    assertThat(entries).hasSize(2);
    WorkCsvReader.Entry photo = entries.get(0);
    assertThat(photo.work().kind()).isEqualTo(WorkKind.PHOTO);
    assertThat(photo.work().owner()).isEqualTo("Northwind Drinkware LLC");
    assertThat(photo.image()).isEqualTo(register.resolve("photos/front.jpg").toAbsolutePath());
    assertThat(photo.line()).isEqualTo(2);
    WorkCsvReader.Entry text = entries.get(1);
    assertThat(text.image()).isNull();
    assertThat(text.text()).isEqualTo("Keeps water cold, all day.");
    assertThat(text.problem("text", "unreadable").toString())
        .isEqualTo(file + ":3: text: unreadable");
  }

  @Test
  void aWorkRegisteredTwiceKeepsItsFirstRow() {
    Path file =
        write(dir, "works.csv", "id,kind,title,text\n8,text,Copy,One text\n8,text,Again,Another\n");

    List<WorkCsvReader.Entry> entries = WorkCsvReader.read(file, false, problems::add);

    assertThat(entries).extracting(e -> e.work().title()).containsExactly("Copy");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.field()).isEqualTo("id");
              assertThat(p.message()).isEqualTo("work 8 is registered twice");
            });
  }

  @Test
  void anImageWorkWithoutAFileAndATextTooLongAreRowProblems() {
    Path file =
        write(
            dir,
            "works.csv",
            "id,kind,title,file,text\n1,logo,Northwind logo,,\n2,text,Long,,"
                + "word ".repeat(13_000)
                + "\n");

    assertThat(WorkCsvReader.read(file, false, problems::add)).isEmpty();
    assertThat(problems).extracting(InputProblem::field).containsExactly("file", "text");
    assertThat(problems.get(0).message()).isEqualTo("a logo needs its image in the file column");
    assertThat(problems.get(1).message()).contains("at most 60000 are read");
  }
}
