package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.engine.screening.Category;
import com.clearmark.engine.screening.Edit;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import com.clearmark.engine.screening.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corrections of several findings saved as one: overlapping edits of a field keep the first
 * (most severe) finding's, the same edit from two findings is made once, and edits of different
 * fields or different places all stay.
 */
class CombinedCorrectionsTest {

  private static ListingFixes.Proposed proposed(String summary, Edit... edits) {
    var finding =
        new ListingFinding(
            1L,
            1L,
            Rule.POLICY_SEARCH_TERMS,
            Category.POLICY,
            Severity.HIGH,
            "Salomon",
            "",
            "",
            "search_terms",
            0,
            7,
            "salomon",
            "why",
            false);
    return new ListingFixes.Proposed(finding, new Suggestion(summary, List.of(edits)));
  }

  @Test
  void overlappingEditsOfOneFieldKeepTheFirstFindings() {
    var combined =
        ListingFixes.combined(
            List.of(
                proposed("Remove Salomon", new Edit("title", 0, 8, "")),
                proposed("Remove Salomon Speedcross", new Edit("title", 0, 18, ""))));
    assertThat(combined.edits()).containsExactly(new Edit("title", 0, 8, ""));
    assertThat(combined.summary()).isEqualTo("The suggested corrections of 2 findings");
  }

  @Test
  void theSameEditFromTwoFindingsIsMadeOnce() {
    var line = new Edit("description", 30, 30, " Salomon is a trademark of Salomon SAS.");
    var combined =
        ListingFixes.combined(
            List.of(proposed("one", line), proposed("two", line, new Edit("title", 0, 8, ""))));
    assertThat(combined.edits()).containsExactly(line, new Edit("title", 0, 8, ""));
  }

  @Test
  void editsOfOtherFieldsAndOtherPlacesAllStay() {
    var combined =
        ListingFixes.combined(
            List.of(
                proposed("a", new Edit("title", 0, 8, "")),
                proposed("b", new Edit("title", 20, 25, "")),
                proposed("c", new Edit("search_terms", 0, 8, ""))));
    assertThat(combined.edits()).hasSize(3);
    assertThat(
            ListingFixes.combined(List.of(proposed("only", new Edit("brand", 0, 3, "X"))))
                .summary())
        .isEqualTo("only");
  }

  @Test
  void twoInsertionsAtOnePointCollideButAnInsertionAfterARemovalDoesNot() {
    var combined =
        ListingFixes.combined(
            List.of(
                proposed("a", new Edit("description", 10, 10, " one")),
                proposed("b", new Edit("description", 10, 10, " two")),
                proposed("c", new Edit("description", 0, 10, ""))));
    assertThat(combined.edits())
        .containsExactly(
            new Edit("description", 10, 10, " one"), new Edit("description", 0, 10, ""));
  }
}
