package com.clearmark.engine.screening;

import static com.clearmark.engine.Fixtures.ownBrandListing;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.Fixtures;
import com.clearmark.engine.listing.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenerTest {

  private final Screener screener = Fixtures.screener();

  private ScreeningResult screen(Listing.Builder listing) {
    return screener.screen(listing.build());
  }

  private static List<Rule> rules(ScreeningResult r) {
    return r.findings().stream().map(Finding::rule).distinct().toList();
  }

  @Test
  void ownBrandListingWithoutThirdPartyMarksPasses() {
    var r = screen(ownBrandListing());
    assertThat(r.decision()).isEqualTo(Decision.PASS);
    assertThat(r.findings()).isEmpty();
    assertThat(r.score()).isZero();
  }

  @Test
  void thirdPartyMarkInTitleIsBlockedWithEvidence() {
    var r = screen(ownBrandListing().title("Zorvix Running Shoes like Nike Air Max, Size 10"));
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
    Finding f = r.findings().get(0);
    assertThat(f.rule()).isEqualTo(Rule.TM_EXACT);
    assertThat(f.category()).isEqualTo(Category.TRADEMARK);
    assertThat(f.mark()).isEqualTo("NIKE");
    assertThat(f.registration()).isEqualTo("T-0001");
    assertThat(f.owner()).isEqualTo("Nike, Inc.");
    assertThat(f.field()).isEqualTo("title");
    assertThat(f.text()).isEqualTo("Nike");
    assertThat("Zorvix Running Shoes like Nike Air Max, Size 10".substring(f.start(), f.end()))
        .isEqualTo("Nike");
    assertThat(f.explanation()).contains("NIKE").endsWith(".");
  }

  @Test
  void thirdPartyMarkOnlyInDescriptionGoesToReview() {
    var r = screen(ownBrandListing().description("As comfortable as your favourite Adidas pair."));
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
    assertThat(rules(r)).containsExactly(Rule.TM_EXACT);
    assertThat(r.findings().get(0).field()).isEqualTo("description");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NIKE's new running shoes",
        "Nikes running shoes",
        "nike running shoes",
        "Coca Cola glass bottle",
        "CocaCola glass bottle",
        "Coca-Cola glass bottle",
        "Levi's 501 style jeans",
        "Levis jeans",
        "North Face puffer jacket",
        "Louis Vuitton tote",
        "Levi s jeans"
      })
  void markIsRecognisedAcrossCasePunctuationPossessivesPluralsAndJoinedWords(String title) {
    var r = screen(ownBrandListing().title("Zorvix hoodie, " + title));
    assertThat(rules(r)).contains(Rule.TM_EXACT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nikee", // insertion
        "Adids", // omission
        "Addidas", // repetition
        "Gucco", // replacement
        "Rloex", // transposition
        "Gicci", // vowel swap
        "N1ke", // digit for letter
        "Adid@s", // symbol for letter
        "R0LEX", // digit for letter, upper case
        "Nіke", // Cyrillic i
        "Rοlex", // Greek omicron
        "ＮＩＫＥ", // full-width
        "N.I.K.E", // spaced out with dots
        "Ro-lex", // split with a hyphen
        "Reebock", // sound-alike
        "Lakoste", // sound-alike
        "Louis Vuiton" // multi-word mark misspelt
      })
  void lookAlikeOfMarkIsBlockedAsLookalike(String lookalike) {
    var r = screen(ownBrandListing().title("Zorvix " + lookalike + " sneakers for men"));
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
    assertThat(rules(r)).containsExactly(Rule.TM_LOOKALIKE);
    assertThat(r.findings().get(0).text()).isEqualTo(lookalike);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nice running shoes that you will like",
        "bike commuter shoes",
        "the rolls of fabric",
        "gussets at the seams",
        "adds grip on wet roads"
      })
  void ordinaryWordsCloseToMarksAreNotLookalikes(String text) {
    var r = screen(ownBrandListing().description(text));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void ordinaryWordMarkOutsideItsClassesDoesNotCount() {
    var r =
        screen(
            ownBrandListing()
                .title("Zorvix Organic Apple Cider Vinegar with the Mother, 16 oz")
                .description("Raw apple cider vinegar. Dove grey glass bottle with a shell cap.")
                .searchTerms("apple cider vinegar raw organic")
                .category("Grocery & Gourmet Food"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void ordinaryWordMarkInsideItsClassesCounts() {
    var r =
        screen(
            ownBrandListing()
                .title("Zorvix Beauty Bar like Dove, 4 pack")
                .category("Beauty & Personal Care"));
    assertThat(rules(r)).containsExactly(Rule.TM_EXACT);
  }

  @Test
  void ordinaryWordMarkInTheBrandFieldCounts() {
    var r = screen(ownBrandListing().brand("Apple").category("Home & Kitchen"));
    assertThat(rules(r)).contains(Rule.TM_SOURCE_PROOF);
  }

  @Test
  void genuineResellerWithoutAuthorizationIsToldToKeepProofOfSource() {
    var r = screen(ownBrandListing().brand("Nike").title("Nike Air Zoom Pegasus 40 Running Shoes"));
    assertThat(rules(r)).containsExactly(Rule.TM_SOURCE_PROOF);
    assertThat(r.decision()).isEqualTo(Decision.PASS);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void authorizedResellerWithinScopeHasNoFinding() {
    var r =
        screen(
            ownBrandListing()
                .sku("BOSE-QC45")
                .brand("Bose")
                .title("Bose QuietComfort 45 Headphones")
                .category("Electronics"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void authorizationOutsideItsSkusDoesNotCover() {
    var r =
        screen(
            ownBrandListing()
                .sku("BOSE-OTHER")
                .brand("Bose")
                .title("Bose SoundLink Flex Speaker")
                .category("Electronics"));
    assertThat(rules(r)).containsExactly(Rule.TM_SOURCE_PROOF);
  }

  @Test
  void allListingsReportRowWithMarkOpeningTheTitleIsReadAsAReseller() {
    var r =
        screen(
            Listing.builder()
                .sku("RS-1")
                .title("Nike Air Max 90 Men's Shoes")
                .description("Genuine Nike, new in box."));
    assertThat(rules(r)).containsExactly(Rule.TM_SOURCE_PROOF);
  }

  @Test
  void brandFieldThatLooksLikeAMarkIsBlocked() {
    var r = screen(ownBrandListing().brand("Adibas").title("Adibas Running Shoes for Men"));
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
    assertThat(rules(r)).contains(Rule.TM_BRAND_LOOKALIKE);
    assertThat(r.findings().get(0).field()).isEqualTo("brand");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Compatible with Samsung Galaxy S24",
        "Replacement for Samsung Galaxy S24 case",
        "Works with Samsung Galaxy S24",
        "Fits Samsung Galaxy S24 Ultra",
        "Designed for Samsung Galaxy phones"
      })
  void compatibilityStatementIsInformationalOnly(String bullet) {
    var r = screen(ownBrandListing().bulletPoints(bullet).category("Cell Phones & Accessories"));
    assertThat(r.decision()).isEqualTo(Decision.PASS);
    assertThat(rules(r)).containsExactly(Rule.TM_COMPATIBILITY);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void thirdPartyMarkInSearchTermsIsAPolicyViolationWhateverTheContext() {
    var r = screen(ownBrandListing().searchTerms("running shoes nike adidas style trainers"));
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
    assertThat(r.findings())
        .filteredOn(f -> f.rule() == Rule.POLICY_SEARCH_TERMS)
        .extracting(Finding::mark)
        .containsExactlyInAnyOrder("NIKE", "ADIDAS");
    assertThat(r.findings().get(0).category()).isEqualTo(Category.POLICY);
  }

  @Test
  void authorizedBrandInSearchTermsIsAllowed() {
    var r = screen(ownBrandListing().searchTerms("anker charger zorvix"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void lookalikeInSearchTermsIsAPolicyViolation() {
    var r = screen(ownBrandListing().searchTerms("n1ke running shoes"));
    assertThat(rules(r)).containsExactly(Rule.POLICY_SEARCH_TERMS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Replica Rolex Submariner watch",
        "Super copy Rolex Datejust",
        "1:1 mirror quality Rolex",
        "AAA quality Rolex Daytona",
        "Rolex dupe automatic watch",
        "Fake Rolex for parties",
        "Inspired by Rolex Submariner",
        "Rolex style diver watch",
        "Knockoff Rolex watch"
      })
  void counterfeitSignalNextToAMarkIsCritical(String title) {
    var r = screen(ownBrandListing().title(title).category("Watches"));
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
    assertThat(r.findings().get(0).rule()).isEqualTo(Rule.CF_COUNTERFEIT_TERM);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.findings().get(0).category()).isEqualTo(Category.COUNTERFEIT);
  }

  @Test
  void strongCounterfeitSignalWithoutAMarkGoesToReview() {
    var r = screen(ownBrandListing().title("Zorvix replica vintage pocket watch"));
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
    assertThat(rules(r)).containsExactly(Rule.CF_COUNTERFEIT_TERM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AAA batteries 24 pack alkaline",
        "Faux leather jacket for women",
        "Imitation jewellery set with earrings",
        "Boho style maxi dress",
        "Fake plants for home decor",
        "1:1 scale model car"
      })
  void ordinaryUsesOfCounterfeitWordsAreNotSignals(String title) {
    var r = screen(ownBrandListing().title("Zorvix " + title));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void faux_nextToAMarkIsStillASignal() {
    var r = screen(ownBrandListing().title("Faux Chanel quilted bag"));
    assertThat(rules(r)).contains(Rule.CF_COUNTERFEIT_TERM);
  }

  @Test
  void cheapLicenceKeyForSoftwareMarkIsPiracy() {
    var r =
        screen(
            ownBrandListing()
                .brand("KeyShop")
                .title("Windows 11 Pro Product Key, instant email delivery")
                .price("9.99")
                .category("Software"));
    assertThat(rules(r)).contains(Rule.CF_PIRACY);
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
  }

  @Test
  void lifetimeActivationNextToSoftwareMarkIsPiracy() {
    var r =
        screen(
            ownBrandListing()
                .brand("KeyShop")
                .title("Windows 11 lifetime activation USB")
                .price("149.00")
                .category("Software"));
    assertThat(rules(r)).contains(Rule.CF_PIRACY);
  }

  @Test
  void priceFarBelowTheBrandsReferenceIsASignal() {
    var r =
        screen(
            ownBrandListing()
                .brand("Rolex")
                .title("Rolex Submariner Date 41mm")
                .price("450")
                .category("Watches"));
    assertThat(rules(r)).contains(Rule.CF_PRICE);
    Finding price = r.findings().stream().filter(f -> f.rule() == Rule.CF_PRICE).findFirst().get();
    assertThat(price.field()).isEqualTo("price");
    assertThat(price.explanation()).contains("6%");
  }

  @Test
  void priceNearTheReferenceIsNoSignal() {
    var r = screen(ownBrandListing().brand("Rolex").title("Rolex Submariner").price("7600"));
    assertThat(rules(r)).doesNotContain(Rule.CF_PRICE);
  }

  @Test
  void deadMarksAreNotScreenedUnlessAsked() {
    var r = screen(ownBrandListing().title("Zorvix Zorblax hoodie"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void scoreAndDecisionAreDeterministicAndRespectThresholds() {
    var listing = ownBrandListing().description("Compare with Adidas trainers.").build();
    var strict = new Screener(Fixtures.registry(), Fixtures.seller(), new Thresholds(30, 45));
    assertThat(screener.screen(listing)).isEqualTo(screener.screen(listing));
    assertThat(screener.screen(listing).decision()).isEqualTo(Decision.REVIEW);
    assertThat(strict.screen(listing).decision()).isEqualTo(Decision.BLOCK);
  }

  @Test
  void scoreAddsFiveForEachFurtherNonInformationalFinding() {
    var r =
        screen(
            ownBrandListing()
                .title("Replica Rolex Submariner")
                .searchTerms("rolex submariner")
                .category("Watches"));
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.score()).isEqualTo(100);
    assertThat(Screener.score(List.of())).isZero();
  }
}
