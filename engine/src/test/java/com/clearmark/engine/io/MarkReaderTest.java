package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkReaderTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private List<Mark> read(Path file) {
    return MarkReader.read(file, false, problems::add);
  }

  @Test
  void csvMarksAreReadWithEveryOptionalColumn() {
    List<Mark> marks = read(resource("marks.csv"));

    assertThat(problems).isEmpty();
    assertThat(marks)
        .containsExactly(
            new Mark(
                "Peakflask",
                "Peakflask Outdoor GmbH",
                "UK00003999999",
                "UK",
                Set.of(21, 35),
                MarkStatus.LIVE,
                false),
            new Mark(
                "Skyward, The Kite Co",
                "Skyward Toys Ltd",
                "6123456",
                "US",
                Set.of(28, 41),
                MarkStatus.LIVE,
                false),
            new Mark("Kitemaster", "", "", "", Set.of(), MarkStatus.DEAD, false),
            new Mark("Trailnest", "Trailnest LLC", "", "EU", Set.of(22), MarkStatus.LIVE, true));
  }

  @Test
  void csvWithOnlyAMarkColumnGivesLiveMarksWithoutClasses() {
    Path file = write(dir, "names.csv", "mark\nACME\n\nWidgetco\n");

    assertThat(read(file)).containsExactly(Mark.named("ACME"), Mark.named("Widgetco"));
  }

  @Test
  void badClassIsReportedWithLineAndField() {
    Path file = write(dir, "classes.csv", "mark,classes\nA,25;46\nB,x\nC,0\nD,25\n");

    List<Mark> marks = read(file);

    assertThat(marks).extracting(Mark::name).containsExactly("D");
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(tuple(2L, "classes"), tuple(3L, "classes"), tuple(4L, "classes"));
    assertThat(problems.get(0).message()).startsWith("\"46\" is not a Nice class");
  }

  @Test
  void badStatusAndBadFamousAreReportedWithTheirField() {
    Path file =
        write(dir, "flags.csv", "mark,status,famous\nA,pending,\nB,live,maybe\nC,DEAD,YES\n");

    List<Mark> marks = read(file);

    assertThat(marks).containsExactly(new Mark("C", "", "", "", Set.of(), MarkStatus.DEAD, true));
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(tuple(2L, "status"), tuple(3L, "famous"));
  }

  @Test
  void emptyMarkIsReported() {
    Path file = write(dir, "empty-mark.csv", "mark,owner\n,Nobody\n");

    assertThat(read(file)).isEmpty();
    assertThat(problems)
        .containsExactly(new InputProblem(file.toString(), 2, "mark", "the mark is empty"));
  }

  @Test
  void aMarkLongerThanTheLimitIsARowProblemNotACutMark() {
    Path file =
        write(dir, "long.csv", "mark,owner\nACME,Acme\n" + "quiet ".repeat(100) + ",Someone\n");

    assertThat(read(file))
        .containsExactly(new Mark("ACME", "Acme", "", "", Set.of(), MarkStatus.LIVE, false));
    assertThat(problems)
        .containsExactly(
            new InputProblem(
                file.toString(),
                3,
                "mark",
                "the mark has 599 characters; at most 500 are accepted"));
  }

  @Test
  void csvWithoutMarkColumnIsRefused() {
    Path file = write(dir, "brands.csv", "brand,owner\nACME,Acme Inc\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().line()).isEqualTo(1);
              assertThat(e.problem().field()).isEqualTo("mark");
              assertThat(e.problem().message()).contains("brand, owner");
            });
  }

  @Test
  void strictModeStopsAtFirstMalformedRow() {
    Path file = write(dir, "strict.csv", "mark,classes\nA,1\nB,99\nC,100\n");

    assertThatThrownBy(() -> MarkReader.read(file, true, problems::add))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":3: classes: \"99\"");
  }

  @Test
  void missingAndEmptyFilesAreRefused() {
    Path missing = dir.resolve("none.csv");
    Path empty = write(dir, "empty.csv", " \n");

    assertThatThrownBy(() -> read(missing))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": file not found");
    assertThatThrownBy(() -> read(empty))
        .isInstanceOf(InputException.class)
        .hasMessage(empty + ": the file is empty");
  }
}
