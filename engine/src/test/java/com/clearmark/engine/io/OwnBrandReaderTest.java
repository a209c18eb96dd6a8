package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.clearmark.engine.context.OwnBrand;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnBrandReaderTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  @Test
  void ownBrandsAreReadWithIdentifiersAndPeriods() {
    List<OwnBrand> brands = OwnBrandReader.read(resource("own-brands.csv"), false, problems::add);

    assertThat(problems).isEmpty();
    assertThat(brands)
        .containsExactly(
            OwnBrand.of("Peakflask"),
            new OwnBrand(
                "Skyward Toys",
                Set.of("B0TESTKITE", "B0TESTKIT2"),
                Set.of("KITE-DLT-01"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31)),
            new OwnBrand("Glowhaus", Set.of(), Set.of("LAMP-07"), LocalDate.of(2024, 6, 1), null));
  }

  @Test
  void badDatesAndReversedPeriodsAreReportedWithLineAndField() {
    Path file =
        write(
            dir,
            "brands.csv",
            "brand,valid_from,valid_to\n"
                + "A,2024-13-01,\n"
                + "B,,31/12/2025\n"
                + "C,2025-01-01,2024-01-01\n"
                + ",2024-01-01,\n"
                + "D,2024-02-29,2024-02-29\n");

    List<OwnBrand> brands = OwnBrandReader.read(file, false, problems::add);

    assertThat(brands).extracting(OwnBrand::brand).containsExactly("D");
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(
            tuple(2L, "valid_from"),
            tuple(3L, "valid_to"),
            tuple(4L, "valid_to"),
            tuple(5L, "brand"));
    assertThat(problems.get(0).message()).contains("yyyy-MM-dd");
    assertThat(problems.get(2).message())
        .isEqualTo("valid_to 2024-01-01 is before valid_from 2025-01-01");
  }

  @Test
  void strictModeStopsAtFirstMalformedRow() {
    Path file = write(dir, "strict.csv", "brand,valid_from\nA,soon\nB,later\n");

    assertThatThrownBy(() -> OwnBrandReader.read(file, true, problems::add))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":2: valid_from: \"soon\" is not a date");
  }

  @Test
  void fileWithoutBrandColumnIsRefused() {
    Path file = write(dir, "nobrand.csv", "asins\nB0TEST\n");

    assertThatThrownBy(() -> OwnBrandReader.read(file, false, problems::add))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.problem().field()).isEqualTo("brand"));
  }
}
