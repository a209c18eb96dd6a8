package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatentIndexTest {

  private static Patent patent(String number, String title, String cpc, String claim) {
    return new Patent(
        number,
        "B2",
        PatentType.UTILITY,
        title,
        "Invented Assignee LLC",
        LocalDate.of(2019, 3, 1),
        LocalDate.of(2021, 6, 15),
        null,
        0,
        false,
        null,
        null,
        cpc == null ? List.of() : List.of(cpc),
        List.of(ClaimText.parse(1, claim)));
  }

  private static final Patent BOTTLE =
      patent(
          "11000001",
          "Insulated drinking bottle",
          "A47G 19/2266",
          "A drinking bottle comprising: a double-walled body; a lid threaded onto the body; and a"
              + " straw extending through the lid.");
  private static final Patent LEASH =
      patent(
          "11000002",
          "Retractable dog leash",
          "A01K 27/004",
          "A dog leash comprising: a housing; a retractable cord wound in the housing; and a clip"
              + " fixed to the cord.");
  private static final Patent CASE =
      patent(
          "11000003",
          "Protective phone case",
          "H04M 1/185",
          "A phone case comprising: a shell receiving a phone; and a bumper around the shell.");

  private static final PatentIndex INDEX = PatentIndex.build(List.of(BOTTLE, LEASH, CASE));

  private static Listing listing(String title, String category) {
    return Listing.builder().sku("L-1").title(title).category(category).build();
  }

  @Test
  void bottleListingRetrievesTheBottlePatentFirst() {
    var hits =
        INDEX.search(
            listing("Insulated drinking bottle with straw lid", "Kitchen & Dining > Water Bottles"),
            3);

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).patent().number()).isEqualTo("11000001");
  }

  @Test
  void categoryKeepsOutPatentsClassifiedElsewhere() {
    // The words match the leash patent, but a water bottle category admits no A01K class.
    var hits =
        INDEX.search(
            listing(
                "Dog leash clip and retractable cord bottle", "Kitchen & Dining > Water Bottles"),
            3);

    assertThat(hits).extracting(h -> h.patent().number()).doesNotContain("11000002");
  }

  @Test
  void unknownCategoryFiltersNothing() {
    var hits = INDEX.search(listing("Retractable dog leash with clip", "Miscellaneous"), 3);

    assertThat(hits).extracting(h -> h.patent().number()).first().isEqualTo("11000002");
  }

  @Test
  void listingSharingNoWordRetrievesNothing() {
    assertThat(INDEX.search(listing("Scented soy candle", ""), 3)).isEmpty();
  }
}
