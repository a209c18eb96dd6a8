package com.clearmark.engine.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.Fixtures;
import com.clearmark.engine.index.MarkIndex;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClearanceTest {

  @Test
  void aMisspeltFamousMarkIsTheFirstConflictWithItsReasons() {
    var conflicts = new Clearance(Fixtures.registry()).check("Adibas", Set.of(25));
    assertThat(conflicts).isNotEmpty();
    assertThat(conflicts.get(0).mark().name()).isEqualTo("ADIDAS");
    assertThat(conflicts.get(0).confusion().reasons()).isNotEmpty();
  }

  @Test
  void aCoinedNameUnlikeAnyMarkClears() {
    assertThat(new Clearance(Fixtures.registry()).check("Quiltara", Set.of(25))).isEmpty();
  }

  @Test
  void conflictsAreRankedByTheProbabilityOfConfusion() {
    var index =
        MarkIndex.build(
            List.of(
                Fixtures.mark("VORNEL", "Vornel Ltd", "T-1", 25),
                Fixtures.mark("VORNELLA", "Vornella SA", "T-2", 25),
                Fixtures.mark("VORNEL", "Vornel Foods", "T-3", 30)),
            false);
    var conflicts = new Clearance(index).check("VORNEL", Set.of(25));
    assertThat(conflicts).isNotEmpty();
    for (int i = 1; i < conflicts.size(); i++) {
      assertThat(conflicts.get(i - 1).confusion().score())
          .isGreaterThanOrEqualTo(conflicts.get(i).confusion().score());
    }
    assertThat(conflicts.get(0).mark().registrationNumber()).isEqualTo("T-1");
  }
}
