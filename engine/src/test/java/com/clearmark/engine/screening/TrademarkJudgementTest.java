package com.clearmark.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision model on the cases real catalogues are full of: a mark is infringed when the goods
 * relate, the mark is strong enough, it stands where a brand stands, or it was disguised; a
 * resemblance that something else explains is no finding.
 */
class TrademarkJudgementTest {

  private static Mark famous(String name, String owner, int... classes) {
    return new Mark(name, owner, "R-" + name, "US", classes(classes), MarkStatus.LIVE, true);
  }

  private static Mark coined(String name, String owner, int... classes) {
    return new Mark(name, owner, "R-" + name, "US", classes(classes), MarkStatus.LIVE, false);
  }

  private static Set<Integer> classes(int... classes) {
    var set = new TreeSet<Integer>();
    Arrays.stream(classes).forEach(set::add);
    return set;
  }

  /** A register like a real one: famous marks with and without classes, small coined ones. */
  private static final MarkIndex REGISTER =
      MarkIndex.build(
          List.of(
              famous("NIKE", "Nike, Inc.", 25, 28, 18),
              famous("CHANEL", "Chanel, Inc.", 3, 14, 25),
              famous("PHILIPS", "Koninklijke Philips N.V.", 8, 9, 10, 11),
              famous("DURACELL", "Duracell U.S. Operations", 9),
              famous("ROLEX", "Rolex Watch U.S.A., Inc.", 14),
              famous("KELLOGG'S", "Kellogg North America", 30),
              famous("HELLO KITTY", "Sanrio Company", 16, 25, 28),
              famous("FILA", "Fila Luxembourg", 25),
              famous("ZARA", "Industria de Diseno Textil", 25),
              famous("HEINZ", "H.J. Heinz Company", 29, 30),
              famous("INTEL", "Intel Corporation", 9),
              famous("ANDROID", "Google LLC", 9),
              famous("ALEXA", "Amazon Technologies", 9),
              famous("BLUETOOTH", "Bluetooth SIG", 9),
              famous("IPHONE", "Apple Inc.", 9),
              famous("APPLE", "Apple Inc."),
              famous("MINI", "Bayerische Motoren Werke AG"),
              famous("CISCO", "Cisco Technology"),
              famous("VISA", "Visa International"),
              famous("PANASONIC", "Panasonic Holdings"),
              famous("DISNEY", "Disney Enterprises"),
              coined("M", "M Apparel Ltd", 25),
              coined("LG", "LG Corp.", 9, 11),
              coined("GMO", "Gmo Labs", 5),
              coined("VORNELI", "Vorneli Srl", 5),
              coined("KURTANA", "Kurtana Textiles", 25),
              coined("ZORBEX", "Zorbex Ltd", 9)),
          false);

  private static final Screener SCREENER =
      new Screener(
          REGISTER,
          new SellerContext(List.of(), List.of(), LocalDate.of(2026, 6, 1)),
          Thresholds.DEFAULT);

  private static ScreeningResult screen(Listing.Builder listing) {
    return SCREENER.screen(listing.build());
  }

  private static Listing.Builder listing(String brand, String title, String category) {
    return Listing.builder().sku("S-1").brand(brand).title(title).category(category);
  }

  private static List<Rule> rules(ScreeningResult r) {
    return r.findings().stream().map(Finding::rule).distinct().toList();
  }

  @Test
  void aFamousMarkWithoutClassesCountsOnlyWhereItStandsAsABrand() {
    var vinegar =
        screen(
            listing("", "Saffola Himalayan Apple Cider Vinegar 500 ml", "Grocery & Gourmet Food"));
    var chopper = screen(listing("", "Pigeon Mini Handy Chopper with 3 Blades", "Home & Kitchen"));
    assertThat(vinegar.findings()).isEmpty();
    assertThat(chopper.findings()).isEmpty();
  }

  @Test
  void aMarkOpeningATitleWithoutABrandFieldIsTheListingsBrandToProve() {
    var r = screen(listing("", "(Renewed) Panasonic SC-HT460 100 W Home Theatre", ""));
    assertThat(rules(r)).containsExactly(Rule.TM_SOURCE_PROOF);
    assertThat(r.decision()).isEqualTo(Decision.PASS);
  }

  @Test
  void aMakerAfterByAndACoBrandAreGenuineGoodsToProveNotInfringement() {
    var maker = screen(listing("", "Anchor by Panasonic 6A Plug Adaptor", "Home Improvement"));
    var coBrand = screen(listing("", "Stag Disney Badminton Racquet", "Sports & Outdoors"));
    assertThat(rules(maker)).containsExactly(Rule.TM_SOURCE_PROOF);
    assertThat(rules(coBrand)).containsExactly(Rule.TM_SOURCE_PROOF);
  }

  @Test
  void aGenuineBrandNamedInItsOwnListingIsNoInfringement() {
    var r =
        screen(
            listing("Apple", "Apple iPhone 14 (128 GB) - Midnight", "Electronics > Cell Phones"));
    assertThat(rules(r)).containsExactly(Rule.TM_SOURCE_PROOF);
  }

  @Test
  void aFamousMarkPresentedAsTheGoodsOfAnUnbrandedListingIsBlocked() {
    var r =
        screen(listing("Generic", "Nike Air running shoes for men", "Clothing, Shoes & Jewelry"));
    assertThat(r.decision()).isEqualTo(Decision.BLOCK);
    Finding f = r.findings().get(0);
    assertThat(f.rule()).isEqualTo(Rule.TM_EXACT);
    assertThat(f.explanation())
        .contains("famous mark NIKE")
        .contains("brand-like start of the title")
        .contains("related class (18, 25)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Smart LED Android TV 43 inch",
        "Smart speaker, works with Alexa",
        "Laptop with Intel Core i5 processor",
        "Wireless earbuds, Bluetooth 5.3, 30h playback",
        "Phone case compatible for iPhone 14/iPhone 13 Pro/iPhone 12 Mini"
      })
  void platformsStandardsAndCompatibleModelsAreInformationOnly(String title) {
    var r = screen(listing("Boltex", "Boltex " + title, "Electronics"));
    assertThat(r.decision()).isEqualTo(Decision.PASS);
    assertThat(r.findings()).allMatch(f -> f.severity() == Severity.INFO);
    assertThat(r.findings()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jockey Women's Cotton Boyshorts (SS04_Black_M)",
        "Garden hose 20 m with nozzle",
        "Baby romper 6M+ cotton",
        "Kurta set for men Size (L)",
        "Tata salt 1 kg, Non-GMO"
      })
  void oneToThreeLetterMarksAreNeverSizesUnitsOrCodes(String title) {
    var r = screen(listing("", title, "Clothing, Shoes & Jewelry"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aShortMarkInTheBrandFieldIsTheBrand() {
    var r = screen(listing("LG", "LG 1.5 Ton 5 Star Inverter Split AC", "Appliances"));
    assertThat(rules(r)).containsExactly(Rule.TM_SOURCE_PROOF);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bella Vita Organic Aroma Candles", // VISA: four letters, one replaced
        "Royal Canin Adult Dry Dog Food", // a pet-food brand, not a camera maker
        "Cosco Nylon Badminton Net" // CISCO: the catalogue sells COSCO as a brand
      })
  void anotherBrandIsNotATypoOfAMark(String title) {
    var catalogue = CatalogueProfile.builder();
    for (String product : List.of("Tennis Ball", "Badminton Racquet", "Football Size 5")) {
      catalogue.add(Listing.builder().sku("C").title("Cosco " + product).build());
    }
    var screener =
        new Screener(REGISTER, SellerContext.NONE, Thresholds.DEFAULT, catalogue.build());
    var r = screener.screen(listing("", title, "Sports & Outdoors").build());
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aWordManyBrandsUseIsAProductWordNotATypo() {
    var catalogue = CatalogueProfile.builder();
    for (String brand : List.of("Biba", "Aurelia", "Libas", "Soch")) {
      catalogue.add(
          Listing.builder().sku(brand).brand(brand).title(brand + " Kurtana Set").build());
    }
    var learned = new Screener(REGISTER, SellerContext.NONE, Thresholds.DEFAULT, catalogue.build());
    var listing = listing("Rangmanch", "Rangmanch Cotton Kurtanas Set for Women", "Clothing");
    assertThat(learned.screen(listing.build()).findings()).isEmpty();
    assertThat(rules(SCREENER.screen(listing.build()))).contains(Rule.TM_EXACT);
  }

  @Test
  void aMarkListingsOfManyBrandsNameIsAReferenceNotAClaim() {
    var catalogue = CatalogueProfile.builder();
    for (String brand : List.of("Boat", "Noise", "Zebronics", "Mivi", "Ptron", "Boult", "Jbl")) {
      catalogue.add(
          Listing.builder().sku(brand).brand(brand).title(brand + " Bluetooth Speaker").build());
    }
    var learned = new Screener(REGISTER, SellerContext.NONE, Thresholds.DEFAULT, catalogue.build());
    var listing = listing("Truke", "Truke Bluetooth Speaker with 20 W output", "Electronics");
    assertThat(learned.screen(listing.build()).findings())
        .allMatch(f -> f.severity() == Severity.INFO)
        .isNotEmpty();
    assertThat(SCREENER.screen(listing.build()).decision()).isNotEqualTo(Decision.PASS);
  }

  @Test
  void aTypoOfASmallCoinedMarkCountsOnlyInItsOwnGoodsAndAsABrand() {
    var related = screen(listing("Vorneii", "Vorneii Ashwagandha Capsules", "Health & Household"));
    var unrelated =
        screen(listing("Vorneii", "Vorneii Cotton Bedsheet", "Home & Kitchen > Bedding"));
    var runningText =
        screen(listing("Himalaya", "Himalaya capsules with vorneii extract", "Health & Household"));
    assertThat(rules(related)).contains(Rule.TM_BRAND_LOOKALIKE);
    assertThat(unrelated.findings()).isEmpty();
    assertThat(runningText.findings()).isEmpty();
  }

  @Test
  void soundingAlikeIsNotEnoughWithoutACloseSpelling() {
    var r = screen(listing("Apollo Sun", "Apollo Sun Vitamin D3 2000 IU", "Health & Household"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void theCutOffLastWordOfATruncatedTitleIsNeverALookalike() {
    var cut = screen(listing("", "Boltex Men's Running Shoes, Breathable Nikke...", "Clothing"));
    var whole = screen(listing("", "Boltex Men's Running Shoes, Breathable Nikke", "Clothing"));
    assertThat(cut.findings()).isEmpty();
    assertThat(rules(whole)).contains(Rule.TM_LOOKALIKE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ke11ogg's Corn Flakes 500 g",
        "He1lo Kitty school bag",
        "Fi-la sports shoes",
        "Za.ra denim jacket",
        "He inz tomato ketchup",
        "Hello Kit-ty pencil box"
      })
  void disguisedMarksAreFoundWhateverTheGoods(String title) {
    var r = screen(listing("Generic", title, "Home & Kitchen"));
    assertThat(rules(r)).contains(Rule.TM_LOOKALIKE);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.HIGH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Philips Style Care Curler",
        "Duracell Type C to Type C Cable 1.2 m",
        "Fertilizer NPK 3:1:1 for roses"
      })
  void counterfeitCuesCountOnlyInTheirImitationSense(String title) {
    String brand = title.startsWith("Fertilizer") ? "GreenLeaf" : title.split(" ")[0];
    var r = screen(listing(brand, title, "Electronics"));
    assertThat(rules(r)).doesNotContain(Rule.CF_COUNTERFEIT_TERM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nike-style sneakers for men", "Perfume inspired by Chanel No 5"})
  void counterfeitCuesAttachedToAMarkAreCritical(String title) {
    var r = screen(listing("Generic", title, "Beauty & Personal Care"));
    assertThat(rules(r)).contains(Rule.CF_COUNTERFEIT_TERM);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void severitySpreadsWithTheEvidence() {
    var generic = screen(listing("Generic", "Nike Air running shoes", "Clothing"));
    var besideOwnBrand = screen(listing("Boltex", "Boltex trainers, Nike Air look", "Clothing"));
    var compared = screen(listing("Boltex", "Boltex trainers like Nike Air", "Clothing"));
    var unrelated = screen(listing("Boltex", "Boltex steel pan, Nike red", "Home & Kitchen"));
    assertThat(generic.findings().get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(besideOwnBrand.findings().get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(besideOwnBrand.decision()).isEqualTo(Decision.REVIEW);
    assertThat(compared.findings().get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(unrelated.findings().get(0).severity()).isEqualTo(Severity.LOW);
    assertThat(unrelated.decision()).isEqualTo(Decision.PASS);
  }
}
