package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.engine.screening.Category;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {

  static ListingFinding finding(int start, int end, String severity, String why) {
    return new ListingFinding(
        1L,
        1L,
        Rule.TM_EXACT,
        Category.TRADEMARK,
        Severity.valueOf(severity),
        "NIKE",
        "",
        "",
        "title",
        start,
        end,
        "",
        why,
        false);
  }

  @Test
  void evidenceIsCutOutOfTheTextWhereItSits() {
    var pieces =
        EvidenceText.pieces("Running shoes like Nike Air", List.of(finding(19, 23, "HIGH", "x")));

    assertThat(pieces)
        .extracting(EvidenceText.Piece::text)
        .containsExactly("Running shoes like ", "Nike", " Air");
    assertThat(pieces.get(1).severe()).isTrue();
    assertThat(pieces.get(0).highlighted()).isFalse();
  }

  @Test
  void overlappingEvidenceBecomesOneHighlightWithTheWorstSeverityAndBothReasons() {
    var pieces =
        EvidenceText.pieces(
            "Nike Air Max",
            List.of(finding(0, 8, "MEDIUM", "First."), finding(5, 12, "HIGH", "Second.")));

    assertThat(pieces)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text()).isEqualTo("Nike Air Max");
              assertThat(p.severity()).isEqualTo("HIGH");
              assertThat(p.note()).isEqualTo("First. Second.");
            });
  }
}
