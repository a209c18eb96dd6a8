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
    Listing listing = listing("Insulated drinking bottle", "Double-walled body", "Screw-on lid");

    var lid = ClaimCoverage.judge(claim, listing).elements().get(1);

    assertThat(lid.shown()).isEqualTo(Shown.SHOWN);
    assertThat(lid.field()).isEqualTo("bullet_points[2]");
    assertThat(lid.evidence(listing)).isEqualTo("lid");
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
