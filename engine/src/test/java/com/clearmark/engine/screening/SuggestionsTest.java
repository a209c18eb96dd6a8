package com.clearmark.engine.screening;

import static com.clearmark.engine.Fixtures.ownBrandListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.Fixtures;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

  private final Screener screener = Fixtures.screener();
  private final SellerContext seller = Fixtures.seller();

  private Finding first(Listing listing, Rule rule) {
    return screener.screen(listing).findings().stream()
        .filter(f -> f.rule() == rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not found in " + listing));
  }

  private Suggestion suggestion(Listing listing, Finding f) {
    return Suggestions.forFinding(listing, f, seller).orElseThrow();
  }

  /** Applies the suggestion and checks that screening the result no longer reports the finding. */
  private Listing corrected(Listing listing, Rule rule) {
    Finding f = first(listing, rule);
    Listing fixed = suggestion(listing, f).applyTo(listing);
    assertThat(screener.screen(fixed).findings())
        .as("findings after the correction of %s", f)
        .noneMatch(
            g -> g.rule() == f.rule() && g.mark().equals(f.mark()) && g.field().equals(f.field()));
    return fixed;
  }

  @Test
  void thirdPartyBrandIsRemovedFromTheSearchTermsEverywhereItStands() {
    Listing listing =
        ownBrandListing().searchTerms("running shoes nike, adidas trainers nike").build();
    Finding f = first(listing, Rule.POLICY_SEARCH_TERMS);
    Suggestion s = suggestion(listing, f);
    assertThat(s.summary()).startsWith("Remove \"" + f.text() + "\" from the search terms");
    assertThat(s.edits()).allMatch(e -> e.field().equals("search_terms") && e.removes());

    Listing once = s.applyTo(listing);
    Listing fixed = corrected(once, Rule.POLICY_SEARCH_TERMS);
    assertThat(once.searchTerms())
        .isIn("running shoes, adidas trainers", "running shoes nike, trainers nike");
    assertThat(fixed.searchTerms()).isEqualTo("running shoes, trainers");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zorvix diver watch inspired by Rolex Submariner | Zorvix diver watch Submariner",
        "Rolex style diver watch | diver watch",
        "Replica Rolex Submariner watch | Submariner watch",
        "Zorvix Rolex dupe automatic watch | Zorvix automatic watch",
        "AAA quality Rolex Daytona | high quality Rolex Daytona",
        "Replica Rolex Datejust, 1:1 Quality | Datejust, high quality",
        "Zorvix 1:1 mirror quality watch inspired by Rolex | Zorvix high quality watch",
        "Zorvix replica vintage pocket watch | Zorvix vintage pocket watch",
        "Zorvix replica diver watch with AAA batteries | Zorvix diver watch with AAA batteries"
      })
  void copyWordingIsReplacedWithANeutralDescription(String title, String expected) {
    Listing listing = ownBrandListing().title(title).category("Watches").build();
    Listing fixed = corrected(listing, Rule.CF_COUNTERFEIT_TERM);
    assertThat(fixed.title()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "World Cup Trophy (Replica) for football fans | Replica",
        "Replica vintage pocket watch | Replica",
        "Diver watch knockoff with date window | knockoff"
      })
  void aCopyWordStandingAloneGetsAdviceNotAnEditThatWouldPresentTheCopyAsTheOriginal(
      String title, String word) {
    Listing listing = ownBrandListing().title(title).category("Watches").build();
    Finding f = first(listing, Rule.CF_COUNTERFEIT_TERM);
    Suggestion s = suggestion(listing, f);
    assertThat(s.changesText()).isFalse();
    assertThat(s.summary()).startsWith("\"" + word + "\" says the product copies another");
  }

  @Test
  void aStyleNamedWithAHyphenIsNotAnAccessorySoTheMarkIsRemovedNotMadeACompatibility() {
    Listing listing =
        ownBrandListing()
            .title("Zorvix Women Nike T-Strap Sandal Ballet Flats")
            .category("Clothing, Shoes & Jewelry")
            .build();
    Finding f = first(listing, Rule.TM_EXACT);
    Suggestion s = suggestion(listing, f);
    assertThat(s.edits()).noneMatch(e -> e.replacement().contains("compatible with"));
    assertThat(s.applyTo(listing).title()).isEqualTo("Zorvix Women T-Strap Sandal Ballet Flats");
  }

  @Test
  void anSFinalPossessiveGoesWithTheMarkLeavingNoStrayApostrophe() {
    Listing listing =
        ownBrandListing().description("Softer than Adidas' own insoles, for all-day wear.").build();
    Listing fixed = corrected(listing, Rule.TM_EXACT);
    assertThat(fixed.description()).doesNotContain("'").doesNotContain("Adidas");
  }

  @Test
  void markPresentedAsTheMakerOfAnAccessoryBecomesACompatibilityStatement() {
    Listing listing =
        ownBrandListing()
            .title("Samsung Charger 25W, Fast Charging USB-C Wall Adapter")
            .description("Charges phones and tablets.")
            .category("Cell Phones & Accessories")
            .build();
    Finding f = first(listing, Rule.TM_EXACT);
    Suggestion s = suggestion(listing, f);
    Listing fixed = corrected(listing, Rule.TM_EXACT);
    assertThat(fixed.title())
        .isEqualTo("Charger 25W, Fast Charging USB-C Wall Adapter, compatible with Samsung");
    assertThat(fixed.description())
        .isEqualTo(
            "Charges phones and tablets. Samsung is a trademark of Samsung Electronics Co., Ltd.;"
                + " this product is not made, sponsored or endorsed by Samsung Electronics Co.,"
                + " Ltd.");
    assertThat(s.summary()).contains("compatible with").doesNotContain("..");
    assertThat(s.textAfter(listing, "title")).isEqualTo(fixed.title());
  }

  @Test
  void aMarkWrittenTwiceInTheTitleIsRemovedBothTimes() {
    Listing listing =
        ownBrandListing()
            .title("Zorvix Adidas Print School Bag | Kids Backpack | Adidas Blue")
            .category("Luggage & Travel Gear")
            .build();
    Listing fixed = corrected(listing, Rule.TM_EXACT);
    assertThat(fixed.title()).isEqualTo("Zorvix Print School Bag | Kids Backpack | Blue");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zorvix Gift Box Featuring Adidas for 4-5-6 Year Old Boys | Zorvix Gift Box for 4-5-6 Year"
            + " Old Boys",
        "Zorvix Gift Box Featuring Adidas | Zorvix Gift Box",
        "Zorvix gym bag with Adidas stripes | Zorvix gym bag with stripes"
      })
  void aWordThatIntroducedTheRemovedMarkGoesWithItWhenNothingIsLeftForItToIntroduce(
      String title, String expected) {
    Listing listing = ownBrandListing().title(title).category("Luggage & Travel Gear").build();
    Listing fixed = corrected(listing, Rule.TM_EXACT);
    assertThat(fixed.title()).isEqualTo(expected);
  }

  @Test
  void comparisonWithAMarkIsRemovedWithItsComparingWord() {
    Listing listing = ownBrandListing().title("Zorvix Running Shoes like Nike, Size 10").build();
    Listing fixed = corrected(listing, Rule.TM_EXACT);
    assertThat(fixed.title()).isEqualTo("Zorvix Running Shoes, Size 10");
  }

  @Test
  void markInRunningTextOfGoodsThatFitNothingIsRemoved() {
    Listing listing =
        ownBrandListing().description("As comfortable as your favourite Adidas pair.").build();
    Listing fixed = corrected(listing, Rule.TM_EXACT);
    assertThat(fixed.description()).isEqualTo("As comfortable as your favourite pair.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zorvix N1ke sneakers for men | Zorvix sneakers for men",
        "Zorvix Adid@s sneakers for men | Zorvix sneakers for men",
        "Zorvix sneakers - Reebock - for men | Zorvix sneakers - for men"
      })
  void lookalikeOfAMarkIsRemoved(String title, String expected) {
    Listing fixed = corrected(ownBrandListing().title(title).build(), Rule.TM_LOOKALIKE);
    assertThat(fixed.title()).isEqualTo(expected);
  }

  @Test
  void brandImitatingAMarkIsReplacedWithTheSellersOwnBrand() {
    Listing listing =
        ownBrandListing().brand("Adibas").title("Adibas Running Shoes for Men").build();
    Finding f = first(listing, Rule.TM_BRAND_LOOKALIKE);
    Suggestion s = suggestion(listing, f);
    assertThat(s.summary()).contains("Zorvix").contains("ADIDAS");
    Listing fixed = corrected(listing, Rule.TM_BRAND_LOOKALIKE);
    assertThat(fixed.brand()).isEqualTo("Zorvix");
    assertThat(fixed.title()).isEqualTo("Zorvix Running Shoes for Men");
  }

  @Test
  void sellerWithoutABrandIsToldToUseOneTheyOwnAndNoBrandIsInvented() {
    Listing listing =
        ownBrandListing().brand("Adibas").title("Adibas Running Shoes for Men").build();
    Finding f = first(listing, Rule.TM_BRAND_LOOKALIKE);
    Suggestion s = Suggestions.forFinding(listing, f, SellerContext.NONE).orElseThrow();
    assertThat(s.changesText()).isFalse();
    assertThat(s.summary()).contains("brand you own").contains("Adibas");
    assertThat(s.applyTo(listing)).isEqualTo(listing);
  }

  @Test
  void findingsWithoutASafeTextFixGetAdviceOnly() {
    Listing reseller = ownBrandListing().brand("Nike").title("Nike Air Zoom Pegasus 40").build();
    Suggestion proof = suggestion(reseller, first(reseller, Rule.TM_SOURCE_PROOF));
    assertThat(proof.changesText()).isFalse();
    assertThat(proof.summary()).contains("invoices");

    Listing key =
        ownBrandListing()
            .brand("KeyShop")
            .title("Windows 11 Pro Product Key, instant email delivery")
            .price("9.99")
            .category("Software")
            .build();
    Suggestion piracy = suggestion(key, first(key, Rule.CF_PIRACY));
    assertThat(piracy.changesText()).isFalse();
    assertThat(piracy.summary()).contains("licensed");
  }

  @Test
  void cheapBrandedGoodsAreToldToRaiseThePriceOrKeepProof() {
    Listing cheap =
        ownBrandListing()
            .brand("Rolex")
            .title("Rolex Submariner Date 41mm")
            .price("150")
            .category("Watches")
            .build();
    Suggestion s = suggestion(cheap, first(cheap, Rule.CF_PRICE));
    assertThat(s.changesText()).isFalse();
    assertThat(s.summary()).startsWith("Raise the price");
  }

  @Test
  void compatibilityStatementNeedsNoCorrectionAndEndsOnTheOwnersOwnFullStop() {
    Listing listing =
        ownBrandListing()
            .bulletPoints("Compatible with Samsung Galaxy S24")
            .category("Cell Phones & Accessories")
            .build();
    Finding f = first(listing, Rule.TM_COMPATIBILITY);
    assertThat(Suggestions.forFinding(listing, f, seller)).isEmpty();
    assertThat(f.explanation()).endsWith("Samsung Electronics Co., Ltd.").doesNotContain("..");
  }

  @Test
  void findingThatNoLongerMatchesTheListingHasNoSuggestion() {
    Listing listing = ownBrandListing().title("Zorvix N1ke sneakers for men").build();
    Finding f = first(listing, Rule.TM_LOOKALIKE);
    Listing edited = ownBrandListing().title("Zorvix sneakers for men").build();
    assertThat(Suggestions.forFinding(edited, f, seller)).isEmpty();
  }

  @Test
  void editsOfOneFieldApplyFromLastToFirstAndTidyTheGaps() {
    Listing listing =
        ownBrandListing()
            .title("Acme - Nike - Shoes, Nike, Size 10")
            .bulletPoints("a", "b")
            .build();
    var s =
        new Suggestion(
            "Remove Nike.",
            List.of(
                new Edit("title", 7, 11, ""),
                new Edit("title", 21, 25, ""),
                new Edit("title", 34, 34, "!"),
                new Edit("bullet_points[2]", 0, 1, "c")));
    Listing fixed = s.applyTo(listing);
    assertThat(fixed.title()).isEqualTo("Acme - Shoes, Size 10!");
    assertThat(fixed.bulletPoints()).containsExactly("a", "c");
  }

  @Test
  void removingTheWholeStartOrEndOfAFieldLeavesNoDanglingSeparator() {
    Listing listing = ownBrandListing().searchTerms("nike, running shoes, adidas").build();
    var s =
        new Suggestion(
            "Remove both.",
            List.of(new Edit("search_terms", 0, 4, ""), new Edit("search_terms", 21, 27, "")));
    assertThat(s.applyTo(listing).searchTerms()).isEqualTo("running shoes");
  }

  @Test
  void bracketsLeftEmptyByARemovalGoWithIt() {
    Listing listing = ownBrandListing().title("Zorvix Case (Nike) Black").build();
    var s = new Suggestion("Remove Nike.", List.of(new Edit("title", 13, 17, "")));
    assertThat(s.applyTo(listing).title()).isEqualTo("Zorvix Case Black");
  }

  @Test
  void editsAreValidated() {
    assertThatThrownBy(() -> new Edit("price", 0, 1, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price");
    assertThatThrownBy(() -> new Edit("title", 3, 2, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Suggestion(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    Listing listing = ownBrandListing().title("Short").build();
    assertThatThrownBy(
            () -> new Suggestion("x.", List.of(new Edit("title", 0, 99, ""))).applyTo(listing))
        .hasMessageContaining("past the end");
    assertThatThrownBy(
            () ->
                new Suggestion(
                        "x.", List.of(new Edit("title", 0, 3, ""), new Edit("title", 2, 4, "")))
                    .applyTo(listing))
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                new Suggestion("x.", List.of(new Edit("bullet_points[9]", 0, 0, "x")))
                    .applyTo(listing))
        .hasMessageContaining("bullet_points[9]");
  }

  @Test
  void sentencesEndingOnAnOwnerWithAFullStopGetNoSecondOne() {
    assertThat(Sentences.end("endorsed by Apple Inc.")).isEqualTo("endorsed by Apple Inc.");
    assertThat(Sentences.end("endorsed by Unilever")).isEqualTo("endorsed by Unilever.");
  }
}
