package com.clearmark.engine.copyright;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCopyCheckTest {

  private static final long TRAIL_COPY = 12;
  private static final Work TRAIL_COPY_WORK =
      new Work(
          TRAIL_COPY,
          WorkKind.TEXT,
          "Trail bottle listing copy",
          "Northwind Drinkware LLC",
          "The brand's own Amazon description");

  private final TextWorks works = new TextWorks();
  private final Map<Long, String> texts = new HashMap<>();
  private final Map<Long, Work> register = new HashMap<>();
  private final TextCopyCheck check = new TextCopyCheck(works, register::get, texts::get);

  private void registerTrailCopy() {
    register.put(TRAIL_COPY, TRAIL_COPY_WORK);
    texts.put(TRAIL_COPY, TextWorksTest.TRAIL_BOTTLE_COPY);
    works.add(TRAIL_COPY, TextWorksTest.TRAIL_BOTTLE_COPY);
  }

  private static Listing.Builder bottleListing() {
    return Listing.builder()
        .sku("KX-BTL-9")
        .title("Insulated steel water bottle 750 ml with straw lid")
        .bulletPoints(
            "Keeps drinks cold for 24 hours",
            "Straw lid with a carry loop",
            "Fits car cup holders");
  }

  private List<Finding> check(Listing listing) {
    List<Finding> out = new ArrayList<>();
    check.check(listing, out);
    return out;
  }

  @Test
  void descriptionCopiedFromTheBrandsListingIsBlocked() {
    registerTrailCopy();
    Listing copy = bottleListing().description(TextWorksTest.TRAIL_BOTTLE_COPY).build();
    Screener screener = new Screener(MarkIndex.build(List.of(), false)).withChecks(List.of(check));

    var result = screener.screen(copy);

    assertThat(result.fired(Rule.CR_TEXT)).isTrue();
    assertThat(result.decision()).isEqualTo(Decision.BLOCK);
  }

  @Test
  void findingNamesTheWorkAndHighlightsTheCopiedPassage() {
    registerTrailCopy();
    String description =
        "Our best seller for summer hikes. "
            + TextWorksTest.COPIED_SENTENCE
            + " Order two and save on shipping.";

    List<Finding> findings = check(bottleListing().description(description).build());

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo(Rule.CR_TEXT);
    assertThat(f.mark()).isEqualTo("Trail bottle listing copy");
    assertThat(f.registration()).isEqualTo("12");
    assertThat(f.owner()).isEqualTo("Northwind Drinkware LLC");
    assertThat(f.field()).isEqualTo("description");
    assertThat(description.substring(f.start(), f.end())).isEqualTo(f.text());
    assertThat(f.text()).startsWith("Its double wall").endsWith("keep walking");
    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(f.explanation())
        .contains(
            "24 consecutive words", "\"Trail bottle listing copy\"", "Northwind Drinkware LLC");
  }

  @Test
  void bulletCopiedWordForWordIsReviewed() {
    registerTrailCopy();
    Listing listing =
        bottleListing()
            .bulletPoints(
                "Keeps drinks cold for 24 hours",
                "A carabiner loop moulded into the lid clips to a harness or a belt loop")
            .build();

    List<Finding> findings = check(listing);

    assertThat(findings).extracting(Finding::field).containsExactly("bullet_points[2]");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void aFewWordsInCommonAreNotACopy() {
    registerTrailCopy();
    Listing listing =
        bottleListing()
            .description(
                "This bottle keeps water ice cold for a full day. Made of steel, with a lid that"
                    + " seals tight and a handle for carrying.")
            .build();

    assertThat(check(listing)).isEmpty();
  }

  @Test
  void copyWithAWordChangedHereAndThereIsStillFound() {
    registerTrailCopy();
    String reworded =
        TextWorksTest.TRAIL_BOTTLE_COPY
            .replace("mountain", "trail")
            .replace("pack,", "bag,")
            .replace("harness", "backpack")
            .replace("plastic", "metallic")
            .replace("cleaning brush", "sponge");

    List<Finding> findings = check(bottleListing().description(reworded).build());

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void shortPassageIsLowSeverity() {
    registerTrailCopy();
    Listing listing =
        bottleListing()
            .description(
                "Buy with confidence from our shop. Every part that touches your drink is free of"
                    + " plastic taste, and the wide mouth takes ice cubes, as our customers tell"
                    + " us. We pack every order by hand in recycled paper, answer messages within"
                    + " a day and refund any return without questions.")
            .build();

    List<Finding> findings = check(listing);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.LOW);
    assertThat(findings.get(0).text())
        .isEqualTo(
            "Every part that touches your drink is free of plastic taste, and the wide mouth"
                + " takes ice cubes");
  }

  @Test
  void textChangedSinceItWasRegisteredMakesNoFinding() {
    registerTrailCopy();
    texts.put(
        TRAIL_COPY, "A wholly new text about a different bottle, written after registration.");

    assertThat(check(bottleListing().description(TextWorksTest.TRAIL_BOTTLE_COPY).build()))
        .isEmpty();
  }

  @Test
  void workRemovedFromTheRegisterMakesNoFinding() {
    registerTrailCopy();
    register.remove(TRAIL_COPY);

    assertThat(check(bottleListing().description(TextWorksTest.TRAIL_BOTTLE_COPY).build()))
        .isEmpty();
  }

  @Test
  void workWhoseTextIsNotAtHandIsTrustedOnItsHashes() {
    registerTrailCopy();
    texts.clear();

    assertThat(check(bottleListing().description(TextWorksTest.TRAIL_BOTTLE_COPY).build()))
        .hasSize(1);
  }

  @Test
  void findingsPerListingAreBounded() {
    registerTrailCopy();
    List<String> bullets = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      bullets.add(TextWorksTest.COPIED_SENTENCE);
    }

    assertThat(check(bottleListing().bulletPoints(bullets).build()))
        .hasSize(TextCopyCheck.MAX_FINDINGS);
  }

  /** A notice many brands print word for word; written for these tests. */
  static final String SUMMER_NOTICE =
      "During the warm months this product may arrive soft or slightly melted after transit,"
          + " which does not affect its quality; place it somewhere cool and dry and it sets"
          + " again within a few hours.";

  private void registerText(long id, String title, String owner, String text) {
    register.put(id, new Work(id, WorkKind.TEXT, title, owner, "Listing copy"));
    texts.put(id, text);
    works.add(id, owner, text);
  }

  private void registerNoticeUnderOwners(int owners) {
    for (int o = 0; o < owners; o++) {
      registerText(
          100 + o,
          "Chocolate bar listing " + o,
          "Cocoa Brand " + o,
          "Rich dark chocolate number " + o + " from a single estate. " + SUMMER_NOTICE);
    }
  }

  @Test
  void statementHeldByTheTextsOfThreeOwnersIsNotACopyOfAnyOfThem() {
    registerNoticeUnderOwners(TextWorks.STANDARD_OWNERS);

    Listing listing =
        bottleListing()
            .description("A smooth hazelnut praline bar made in small batches. " + SUMMER_NOTICE)
            .build();

    assertThat(check(listing)).isEmpty();
  }

  @Test
  void brandsOwnParagraphRepeatedAcrossThreeOfItsTextsIsStillACopy() {
    registerText(
        31, "Trail bottle copy", "Northwind Drinkware LLC", TextWorksTest.TRAIL_BOTTLE_COPY);
    registerText(
        32,
        "Trail bottle copy, 1 l",
        "NORTHWIND DRINKWARE, LLC",
        "The one litre size. " + TextWorksTest.TRAIL_BOTTLE_COPY);
    registerText(
        33,
        "Trail bottle copy, gift set",
        "northwind drinkware l.l.c.",
        "Two bottles in a gift box. " + TextWorksTest.TRAIL_BOTTLE_COPY);

    List<Finding> findings =
        check(bottleListing().description(TextWorksTest.COPIED_SENTENCE).build());

    assertThat(findings).isNotEmpty();
    assertThat(findings).extracting(Finding::rule).containsOnly(Rule.CR_TEXT);
    assertThat(findings.get(0).text()).startsWith("Its double wall").endsWith("keep walking");
  }

  @Test
  void workWithoutOwnerCountsAsItsOwnOwner() {
    for (int w = 0; w < TextWorks.STANDARD_OWNERS; w++) {
      registerText(
          40 + w,
          "Unattributed copy " + w,
          "",
          "Variant " + w + ". " + TextWorksTest.TRAIL_BOTTLE_COPY);
    }

    assertThat(check(bottleListing().description(TextWorksTest.COPIED_SENTENCE).build())).isEmpty();
  }

  @Test
  void listingCopyingABrandsPassageAndAStandardStatementIsFlaggedForThePassageOnly() {
    registerNoticeUnderOwners(20);
    registerText(
        TRAIL_COPY,
        "Trail bottle listing copy",
        "Northwind Drinkware LLC",
        TextWorksTest.TRAIL_BOTTLE_COPY + " " + SUMMER_NOTICE);
    String description = TextWorksTest.COPIED_SENTENCE + " " + SUMMER_NOTICE;

    List<Finding> findings = check(bottleListing().description(description).build());

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.registration()).isEqualTo(Long.toString(TRAIL_COPY));
    assertThat(f.start()).isZero();
    assertThat(description.substring(f.start(), f.end()))
        .isEqualTo(f.text())
        .startsWith("Its double wall")
        .endsWith("keep walking");
    assertThat(f.explanation()).contains("24 consecutive words");
  }

  @Test
  void statementStopsBeingStandardWhenOwnersLeaveTheRegister() {
    registerNoticeUnderOwners(TextWorks.STANDARD_OWNERS);
    works.remove(100);
    register.remove(100L);
    texts.remove(100L);

    Listing listing = bottleListing().description(SUMMER_NOTICE).build();

    assertThat(check(listing)).isNotEmpty();
  }
}
