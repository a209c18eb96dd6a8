package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import org.junit.jupiter.api.Test;

class ClaimCoverageTest {

  private static final Claim BOTTLE =
      ClaimText.parse(
          1,
          "A drinking bottle comprising: a double-walled body; a lid threaded onto the body; a"
              + " straw extending through the lid; and a carabiner loop formed on the lid.");

  private static Listing listing(String title, String... bullets) {
    return Listing.builder().sku("BTL-1").title(title).bulletPoints(bullets).build();
  }

  @Test
  void listingThatStatesEveryElementShowsTheWholeClaim() {
    var coverage =
        ClaimCoverage.judge(
            BOTTLE,
            listing(
                "Insulated drinking bottle",
                "Double-walled body",
                "Lid threaded onto the body, with a straw extending through the lid",
                "Carabiner loop formed on the lid"));

    assertThat(coverage.allShown()).isTrue();
    assertThat(coverage.summary()).isEqualTo("4 of 4 elements shown");
    assertThat(coverage.elements().get(0).evidence(listingWithBody())).isNotNull();
  }

  private static Listing listingWithBody() {
    return listing(
        "Insulated drinking bottle",
        "Double-walled body",
        "Lid threaded onto the body, with a straw extending through the lid",
        "Carabiner loop formed on the lid");
  }

  @Test
  void elementTheListingNeverMentionsIsNotShown() {
    var coverage =
        ClaimCoverage.judge(
            BOTTLE,
            listing(
                "Insulated drinking bottle",
                "Double-walled body",
                "Lid threaded onto the body",
                "Carabiner loop formed on the lid"));

    assertThat(coverage.allShown()).isFalse();
    assertThat(coverage.elements().get(2).element().text()).startsWith("a straw");
    assertThat(coverage.elements().get(2).shown()).isEqualTo(Shown.NOT_SHOWN);
    assertThat(coverage.mostShown()).isTrue();
  }

  @Test
  void internalMechanismCannotBeJudgedFromText() {
    Claim valve =
        ClaimText.parse(
            1,
            "A drinking bottle comprising: a body; and a valve biased closed by a spring inside the"
                + " lid.");

    var coverage =
        ClaimCoverage.judge(valve, listing("Drinking bottle", "Leak-proof body for your bag"));

    assertThat(coverage.elements().get(1).shown()).isEqualTo(Shown.CANNOT_JUDGE);
  }

  @Test
  void methodStepsCannotBeJudgedFromText() {
    Claim method =
        ClaimText.parse(
            1,
            "A method of insulating a bottle, comprising: forming an inner wall; and evacuating the"
                + " space between the walls.");

    var coverage =
        ClaimCoverage.judge(method, listing("Vacuum insulated bottle", "Inner wall of steel"));

    assertThat(coverage.elements()).allMatch(e -> e.shown() == Shown.CANNOT_JUDGE);
  }

  @Test
  void participleAfterTheNounDoesNotBecomeTheHeadNoun() {
    Claim claim =
        ClaimText.parse(
            1,
            "A drinking bottle comprising: a double-walled body; and a lid threaded onto the body.");
    Listing listing =
        listing("Insulated drinking bottle", "Double-walled body", "Lid threaded onto the body");

    var lid = ClaimCoverage.judge(claim, listing).elements().get(1);

    assertThat(lid.shown()).isEqualTo(Shown.SHOWN);
    assertThat(lid.field()).isEqualTo("bullet_points[2]");
    assertThat(lid.evidence(listing)).isEqualTo("Lid");
  }

  @Test
  void partWhoseMannerOfJoiningTheListingDoesNotStateCannotBeJudged() {
    Claim claim =
        ClaimText.parse(
            1,
            "A drinking bottle comprising: a double-walled body; and a lid threaded onto the body.");

    var lid =
        ClaimCoverage.judge(
                claim, listing("Insulated drinking bottle", "Double-walled body", "Screw-on lid"))
            .elements()
            .get(1);

    assertThat(lid.shown()).isEqualTo(Shown.CANNOT_JUDGE);
  }

  @Test
  void featureOfAHavingClauseMustBeShownWithThePart() {
    Claim claim =
        ClaimText.parse(
            1,
            "An insulated water bottle comprising: a stainless steel body having a double wall;"
                + " and a lid.");

    var named =
        ClaimCoverage.judge(claim, listing("Insulated stainless steel water bottle with lid"));
    var stated =
        ClaimCoverage.judge(
            claim, listing("Insulated stainless steel water bottle with lid", "Double wall"));

    assertThat(named.elements().get(0).shown()).isEqualTo(Shown.NOT_SHOWN);
    assertThat(stated.elements().get(0).shown()).isEqualTo(Shown.SHOWN);
  }

  @Test
  void negativeLimitationIsContradictedByTheThingNamedAndMetByItsAbsenceStated() {
    Claim claim =
        ClaimText.parse(
            1,
            "A pre-workout powder comprising: beta alanine; and a B-vitamin complex, wherein the"
                + " powder is free of caffeine.");

    Shown named =
        ClaimCoverage.judge(
                claim,
                listing("Pre workout powder with beta alanine, caffeine and vitamin B complex"))
            .elements()
            .get(1)
            .shown();
    Shown free =
        ClaimCoverage.judge(
                claim,
                listing("Caffeine free pre workout powder, beta alanine and vitamin B complex"))
            .elements()
            .get(1)
            .shown();
    Shown silent =
        ClaimCoverage.judge(
                claim, listing("Pre workout powder with beta alanine and vitamin B complex"))
            .elements()
            .get(1)
            .shown();

    assertThat(named).isEqualTo(Shown.NOT_SHOWN);
    assertThat(free).isEqualTo(Shown.SHOWN);
    assertThat(silent).isEqualTo(Shown.CANNOT_JUDGE);
  }

  @Test
  void listingOfAnotherFormIsNotTheClaimedArticle() {
    Claim claim =
        ClaimText.parse(
            1, "A liquid dietary supplement comprising: vitamin D3; and vitamin K2 as MK-7.");

    var capsules =
        ClaimCoverage.judge(claim, listing("Vitamin D3 K2 MK-7 dietary supplement, 60 capsules"));
    var drops = ClaimCoverage.judge(claim, listing("Vitamin D3 K2 MK-7 liquid drops"));

    assertThat(capsules.subjectMet()).isFalse();
    assertThat(capsules.subject().shown()).isEqualTo(Shown.NOT_SHOWN);
    assertThat(drops.subjectMet()).isTrue();
  }

  @Test
  void listingThatNeverNamesTheClaimedArticleDoesNotMeetThePreamble() {
    Claim claim =
        ClaimText.parse(
            1, "A chewable gummy supplement comprising: elderberry extract; vitamin C; and zinc.");

    var drinkMix =
        ClaimCoverage.judge(claim, listing("Elderberry extract drink mix with vitamin C and zinc"));
    var gummies =
        ClaimCoverage.judge(claim, listing("Elderberry extract gummies with vitamin C and zinc"));

    assertThat(drinkMix.subjectMet()).isFalse();
    assertThat(drinkMix.mostShown()).isTrue();
    assertThat(gummies.subjectMet()).isTrue();
  }

  @Test
  void housingIsMetByTheProductNounAsABodyIs() {
    Claim claim =
        ClaimText.parse(1, "A power bank comprising: a housing; and a battery in the housing.");

    var housing = ClaimCoverage.judge(claim, listing("Power bank with battery")).elements().get(0);

    assertThat(housing.shown()).isEqualTo(Shown.SHOWN);
  }

  @Test
  void oneLetterVariantOfAnIngredientMustBeShown() {
    Claim claim = ClaimText.parse(1, "A supplement comprising: vitamin C; and zinc.");

    var otherVitamin =
        ClaimCoverage.judge(claim, listing("Vitamin D3 and zinc tablets")).elements().get(0);
    var vitaminC =
        ClaimCoverage.judge(claim, listing("Vitamin C and zinc tablets")).elements().get(0);

    assertThat(otherVitamin.shown()).isEqualTo(Shown.NOT_SHOWN);
    assertThat(vitaminC.shown()).isEqualTo(Shown.SHOWN);
  }

  @Test
  void letterBeforeAnIngredientIsNotationTheListingMayDrop() {
    Claim claim = ClaimText.parse(1, "A powder comprising: L-citrulline; and beta alanine.");

    var citrulline =
        ClaimCoverage.judge(claim, listing("Citrulline and beta alanine powder")).elements().get(0);

    assertThat(citrulline.shown()).isEqualTo(Shown.SHOWN);
  }

  @Test
  void lyAdjectiveBeforeANounStaysInThePhrase() {
    Claim claim = ClaimText.parse(1, "A pill organizer comprising: seven daily cases; and a lid.");

    var cases =
        ClaimCoverage.judge(claim, listing("Pill organizer for seven day week with lid"))
            .elements()
            .get(0);

    assertThat(cases.shown()).isEqualTo(Shown.NOT_SHOWN);
  }

  @Test
  void participleFormOfANounMeetsTheNoun() {
    Claim claim = ClaimText.parse(1, "A gummy comprising: elderberry; and a pectin base.");

    var base =
        ClaimCoverage.judge(claim, listing("Elderberry gummies pectin based")).elements().get(1);

    assertThat(base.shown()).isEqualTo(Shown.SHOWN);
  }

  @Test
  void commaEndsThePhraseSoARepeatedPartNeedsNamingOnce() {
    Claim claim =
        ClaimText.parse(
            1,
            "A pill box comprising: a plurality of compartments, each compartment sized to hold"
                + " pills; and a lid.");

    var compartments =
        ClaimCoverage.judge(claim, listing("Pill box with lid and four compartments"))
            .elements()
            .get(0);

    assertThat(compartments.shown()).isEqualTo(Shown.SHOWN);
  }

  @Test
  void participleBeforeTheNounStaysAModifierThatMustBeShown() {
    Claim claim = ClaimText.parse(1, "A drinking bottle comprising: a body; and a threaded lid.");

    var threaded =
        ClaimCoverage.judge(claim, listing("Drinking bottle", "Threaded lid")).elements().get(1);
    var snap = ClaimCoverage.judge(claim, listing("Drinking bottle", "Snap lid")).elements().get(1);

    assertThat(threaded.shown()).isEqualTo(Shown.SHOWN);
    assertThat(threaded.evidence(listing("Drinking bottle", "Threaded lid")))
        .isEqualTo("Threaded lid");
    assertThat(snap.shown()).isNotEqualTo(Shown.SHOWN);
  }

  @Test
  void nounEndingInIngIsNeverTakenForAParticiple() {
    Claim claim =
        ClaimText.parse(1, "A flashlight comprising: a battery housing; and a lens at one end.");

    var housing =
        ClaimCoverage.judge(claim, listing("LED flashlight", "Battery compartment with a lens"))
            .elements()
            .get(0);

    assertThat(housing.shown()).isEqualTo(Shown.NOT_SHOWN);
    assertThat(ClaimCoverage.isParticiple("housing")).isFalse();
    assertThat(ClaimCoverage.isParticiple("threaded")).isTrue();
  }
}
