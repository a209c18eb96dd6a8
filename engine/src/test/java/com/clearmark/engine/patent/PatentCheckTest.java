package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatentCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static Patent bottlePatent(String filed, String granted) {
    Claim claim =
        ClaimText.parse(
            1,
            "1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body;"
                + " a straw extending through the lid; and a carabiner loop formed on the lid.");
    return new Patent(
        "11234567",
        "B2",
        PatentType.UTILITY,
        "Insulated drinking bottle with a straw lid",
        "Northwind Drinkware LLC",
        LocalDate.parse(filed),
        LocalDate.parse(granted),
        null,
        0,
        false,
        null,
        null,
        List.of("A47G 19/2266"),
        List.of(claim));
  }

  private static Listing bottleListing() {
    return Listing.builder()
        .sku("BTL-1")
        .title("Trail 750 ml insulated drinking bottle with straw lid")
        .bulletPoints(
            "Double-walled body keeps drinks cold for 24 hours",
            "Lid threaded onto the body, with a straw extending through the lid",
            "Carabiner loop formed on the lid clips to your pack")
        .category("Kitchen & Dining > Water Bottles")
        .build();
  }

  private static List<Finding> check(Patent patent, Listing listing) {
    var out = new ArrayList<Finding>();
    new PatentCheck(PatentIndex.build(List.of(patent)), TODAY).check(listing, out);
    return out;
  }

  @Test
  void listingShowingEveryElementOfAnInForceClaimIsSentToReview() {
    List<Finding> findings = check(bottlePatent("2019-03-01", "2021-06-15"), bottleListing());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.PT_CLAIM);
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.mark()).isEqualTo("US 11234567");
              assertThat(f.owner()).isEqualTo("Northwind Drinkware LLC");
              assertThat(f.explanation())
                  .contains("claim 1: 4 of 4 elements shown")
                  .contains("2039-03-01");
            });
  }

  @Test
  void patentFindingAloneNeverBlocks() {
    var screener =
        new Screener(MarkIndex.build(List.of(), false))
            .withChecks(
                List.of(
                    new PatentCheck(
                        PatentIndex.build(List.of(bottlePatent("2019-03-01", "2021-06-15"))),
                        TODAY)));

    var result = screener.screen(bottleListing());

    assertThat(result.fired(Rule.PT_CLAIM)).isTrue();
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void expiredPatentIsSaidToBeExpiredAndWeighsNothing() {
    List<Finding> findings = check(bottlePatent("2004-03-01", "2006-06-15"), bottleListing());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.explanation()).contains("expired on 2024-03-01");
            });
  }

  private static Patent patent(String number, String cpc, String... claims) {
    var parsed = new ArrayList<Claim>();
    for (int i = 0; i < claims.length; i++) {
      parsed.add(ClaimText.parse(i + 1, claims[i]));
    }
    return new Patent(
        number,
        "B2",
        PatentType.UTILITY,
        "",
        "Greenleaf Kitchenware Inc.",
        LocalDate.of(2019, 9, 9),
        LocalDate.of(2021, 6, 15),
        null,
        0,
        false,
        null,
        null,
        List.of(cpc),
        parsed);
  }

  @Test
  void methodClaimWhoseStepsUseWhatTheListingSellsIsNamedAsInfo() {
    Patent chopper =
        patent(
            "11284473",
            "A47J 43/25",
            "A vegetable chopper comprising: an electric motor; a speed dial; and a container.",
            "A method of dicing a vegetable, comprising: placing the vegetable on a blade grid;"
                + " and closing a lid onto the vegetable.");
    Listing listing =
        Listing.builder()
            .sku("CHOP-1")
            .title("Vegetable chopper with blade grid lid and container for dicing vegetable")
            .build();

    assertThat(check(chopper, listing))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.explanation()).contains("claim 2").contains("method claim");
            });
  }

  @Test
  void listingOfCapsulesIsNotComparedWithAClaimToALiquid() {
    Patent drops =
        patent(
            "11398852",
            "A61K 31/593",
            "A liquid dietary supplement comprising: vitamin D3; and vitamin K2 as MK-7.");
    Listing capsules =
        Listing.builder()
            .sku("D3K2-60")
            .title("Vitamin D3 K2 MK-7 dietary supplement, 60 capsules")
            .build();
    Listing liquid =
        Listing.builder().sku("D3K2-L").title("Vitamin D3 K2 MK-7 liquid drops").build();

    assertThat(check(drops, capsules)).isEmpty();
    assertThat(check(drops, liquid))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.MEDIUM);
  }

  @Test
  void unrelatedListingRaisesNothing() {
    Listing leash =
        Listing.builder()
            .sku("LEASH-2")
            .title("Reflective nylon dog leash, 6 ft")
            .bulletPoints("Padded handle", "Strong metal clasp")
            .category("Pet Supplies")
            .build();

    assertThat(check(bottlePatent("2019-03-01", "2021-06-15"), leash)).isEmpty();
  }

  @Test
  void designPatentIsNeverJudgedFromTextButNamedForALookAtTheProduct() {
    Claim ornamental =
        ClaimText.parse(1, "The ornamental design for a drinking bottle, as shown and described.");
    Patent design =
        new Patent(
            "D912345",
            "S1",
            PatentType.DESIGN,
            "Drinking bottle",
            "Northwind Drinkware LLC",
            LocalDate.of(2019, 8, 20),
            LocalDate.of(2021, 6, 15),
            null,
            0,
            false,
            null,
            null,
            List.of(),
            List.of(ornamental));

    List<Finding> findings = check(design, bottleListing());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.mark()).isEqualTo("US D912345");
              assertThat(f.explanation())
                  .contains("design patent")
                  .contains("appearance")
                  .contains("2036-06-15");
            });
  }
}
