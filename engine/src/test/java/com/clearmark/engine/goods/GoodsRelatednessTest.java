package com.clearmark.engine.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relatedness of goods on fixtures that read like decided disputes: a mark, the goods it is used or
 * registered for in the words of a specification, and the other side's. The goods are read with
 * {@link GoodsRelatedness#classesOf}, as a caller would. jqwik prints the seed of any failing
 * property.
 */
class GoodsRelatednessTest {

  private final GoodsRelatedness goods = GoodsRelatedness.shipped();

  /** A mark and the goods or services it is used for, as a specification words them. */
  record Use(String mark, String description) {}

  // Amstar v. Domino's Pizza: one word on sugar and on pizza restaurants, held to coexist.
  private static final Use DOMINO_SUGAR = new Use("DOMINO", "sugar");
  private static final Use DOMINOS_PIZZA_PARLOURS =
      new Use("DOMINO'S", "restaurant services featuring pizza");
  private static final Use DOMINOS_PIZZA = new Use("DOMINO'S", "pizza");

  private static final Use LAGER = new Use("NORTHERN STAR", "beer");
  private static final Use WINERY = new Use("NORTHERN STAR", "wines and sparkling wines");
  private static final Use BREWPUB = new Use("BLUE HERON", "restaurant and bar services");
  private static final Use PALE_ALE = new Use("BLUE HERON", "beer, ale and lager");

  private static final Use SPORTSWEAR = new Use("PEAK", "athletic footwear and apparel");
  private static final Use SHIRTS = new Use("PEAK", "clothing, namely shirts and jackets");
  private static final Use RUNNING_SHOES = new Use("PEAK", "running shoes");
  private static final Use HANDBAGS = new Use("PEAK", "handbags, wallets and backpacks");
  private static final Use FAN_SHOP =
      new Use("PEAK", "online retail store services featuring sports apparel");

  private static final Use DATABASE_SOFTWARE =
      new Use("LEDGERLY", "computer software for managing databases");
  private static final Use LAPTOPS = new Use("LEDGERLY", "laptop computers and tablet computers");
  private static final Use HOSTED_SOFTWARE =
      new Use(
          "LEDGERLY", "providing temporary use of online non-downloadable software for databases");

  private static final Use LIPSTICK = new Use("ROSEWELL", "cosmetics, namely lipstick");
  private static final Use OINTMENT = new Use("ROSEWELL", "pharmaceutical preparations");
  private static final Use SALON = new Use("ROSEWELL", "beauty salon services");

  private static final Use SHOTGUNS = new Use("MAGNUM", "shotguns and ammunition");
  private static final Use STEAKHOUSE = new Use("MAGNUM", "restaurant services");

  private double relatedness(Use a, Use b) {
    return goods.relatedness(classes(a), classes(b));
  }

  private String explain(Use a, Use b) {
    return goods.explain(classes(a), classes(b));
  }

  private Set<Integer> classes(Use use) {
    return goods.classesOf(use.description());
  }

  @Test
  void sugarAndPizzaRestaurantsAreNotRelatedWithoutSomethingMore() {
    assertThat(classes(DOMINO_SUGAR)).containsExactly(30);
    assertThat(classes(DOMINOS_PIZZA_PARLOURS)).containsExactly(43);
    assertThat(relatedness(DOMINO_SUGAR, DOMINOS_PIZZA_PARLOURS))
        .isLessThanOrEqualTo(0.3)
        .isLessThan(relatedness(LAGER, WINERY));
    assertThat(explain(DOMINO_SUGAR, DOMINOS_PIZZA_PARLOURS))
        .startsWith("coffee, sugar, bakery goods (30) and restaurants, hotels (43)")
        .contains("something more");
  }

  @Test
  void pizzaAsGoodsSharesClass30WithSugarSoClassesAloneCannotTellThemApart() {
    // The limit of judging by class: sugar and frozen pizza are both class 30.
    assertThat(relatedness(DOMINO_SUGAR, DOMINOS_PIZZA)).isEqualTo(1.0);
    assertThat(explain(DOMINO_SUGAR, DOMINOS_PIZZA))
        .isEqualTo("both in class 30 (coffee, sugar, bakery goods)");
  }

  @Test
  void beerAndWineAreCloselyRelated() {
    assertThat(classes(LAGER)).containsExactly(32);
    assertThat(classes(WINERY)).containsExactly(33);
    assertThat(relatedness(LAGER, WINERY)).isGreaterThanOrEqualTo(0.7);
    assertThat(explain(LAGER, WINERY))
        .startsWith("beer, soft drinks (32) and wine, spirits (33) are sold side by side");
  }

  @Test
  void beerAndARestaurantWithABarAreOnlyWeaklyRelated() {
    // In re Coors: beer and restaurant services need something more than a menu.
    assertThat(classes(BREWPUB)).containsExactly(43);
    assertThat(relatedness(PALE_ALE, BREWPUB)).isBetween(0.2, 0.3);
  }

  @Test
  void clothingAndShoesAreInOneClass() {
    assertThat(classes(SHIRTS)).containsExactly(25);
    assertThat(classes(RUNNING_SHOES)).containsExactly(25);
    assertThat(relatedness(SHIRTS, RUNNING_SHOES)).isEqualTo(1.0);
    assertThat(explain(SHIRTS, RUNNING_SHOES)).isEqualTo("both in class 25 (clothing)");
  }

  @Test
  void athleticFootwearAndApparelIsClass25() {
    assertThat(classes(SPORTSWEAR)).isEqualTo(Set.of(25));
  }

  @Test
  void clothingAndBagsAreOftenSoldUnderOneBrand() {
    assertThat(classes(HANDBAGS)).containsExactly(18);
    assertThat(relatedness(SPORTSWEAR, HANDBAGS)).isGreaterThanOrEqualTo(0.7);
    assertThat(explain(SPORTSWEAR, HANDBAGS))
        .startsWith("clothing (25) and bags (18) are often sold under one brand");
    assertThat(explain(HANDBAGS, SPORTSWEAR)).startsWith("bags (18) and clothing (25)");
  }

  @Test
  void retailServicesFeaturingClothingAreRelatedToClothingAtALowerScore() {
    // In re Detroit Athletic Co.: clothing and retail services featuring clothing are related.
    assertThat(classes(FAN_SHOP)).containsExactly(35);
    assertThat(relatedness(SPORTSWEAR, FAN_SHOP))
        .isBetween(0.2, 0.5)
        .isLessThan(relatedness(SPORTSWEAR, HANDBAGS));
  }

  @Test
  void softwareAndComputersAreInOneClass() {
    assertThat(classes(DATABASE_SOFTWARE)).containsExactly(9);
    assertThat(classes(LAPTOPS)).containsExactly(9);
    assertThat(relatedness(DATABASE_SOFTWARE, LAPTOPS)).isEqualTo(1.0);
  }

  @Test
  void downloadableSoftwareAndSoftwareAsAServiceAreCloselyRelated() {
    assertThat(classes(HOSTED_SOFTWARE)).containsExactly(42);
    assertThat(relatedness(DATABASE_SOFTWARE, HOSTED_SOFTWARE)).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void cosmeticsPharmaceuticalsAndBeautySalonsAreRelated() {
    assertThat(classes(LIPSTICK)).containsExactly(3);
    assertThat(classes(OINTMENT)).containsExactly(5);
    assertThat(classes(SALON)).containsExactly(44);
    assertThat(relatedness(LIPSTICK, OINTMENT)).isGreaterThanOrEqualTo(0.5);
    assertThat(relatedness(LIPSTICK, SALON)).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void firearmsAndRestaurantsAreNotRelated() {
    assertThat(relatedness(SHOTGUNS, STEAKHOUSE)).isEqualTo(GoodsRelatedness.BASELINE);
    assertThat(explain(SHOTGUNS, STEAKHOUSE))
        .isEqualTo("firearms (13) and restaurants, hotels (43) are not related");
    assertThat(goods.explain(Set.of(13, 34), Set.of(43)))
        .isEqualTo("classes 13, 34 and restaurants, hotels (43) are not related");
  }

  @Test
  void setsOfClassesScoreTheirBestPair() {
    assertThat(goods.relatedness(Set.of(13, 25), Set.of(18, 43))).isEqualTo(0.8);
    assertThat(goods.explain(Set.of(13, 25), Set.of(18, 43))).startsWith("clothing (25) and bags");
    assertThat(goods.explain(Set.of(18, 25), Set.of(14, 18, 25)))
        .isEqualTo("both in classes 18 (bags) and 25 (clothing)");
  }

  @Test
  void unknownGoodsAreNotANumber() {
    Use unknown = new Use("ACME", "quantum widgets");
    assertThat(classes(unknown)).isEmpty();
    assertThat(relatedness(unknown, LAGER)).isNaN();
    assertThat(relatedness(LAGER, unknown)).isNaN();
    assertThat(goods.relatedness(Set.of(), Set.of())).isNaN();
    assertThat(explain(unknown, LAGER))
        .isEqualTo("relatedness unknown: no Nice class for the first side");
  }

  @Test
  void aClassOutsideTheNiceRangeIsRejected() {
    assertThatThrownBy(() -> goods.relatedness(Set.of(46), Set.of(25)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("46");
    assertThatThrownBy(() -> goods.explain(Set.of(25), Set.of(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GoodsRelatedness.heading(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          beer                                                   | 32
          vodka                                                  | 33
          computer software for managing databases               | 9
          restaurant services                                    | 43
          athletic footwear                                      | 25
          cosmetics, namely lipstick                             | 3
          Perfumery, essential oils, cosmetics, hair lotions     | 3
          Electronic cigarettes                                  | 34
          Furniture, mirrors, picture frames                     | 20
          Jewellery of precious metal                            | 14
          Coffee, tea, cocoa and artificial coffee               | 30
          Cafés and coffee shops                                 | 43
          Men's shirts, T-shirts and jeans                       | 25
          bed and breakfast                                      | 43
          eggs for hatching                                      | 31
          clothing for pets                                      | 18
          Installation of air conditioners                       | 37
          Educational services, namely classes in the field of cooking | 41
          Sunglasses; handbags; watches                          | 9 18 14
          downloadable software; hosting of websites             | 9 42
          """)
  void readsDescriptionsAsSpecificationsWordThem(String description, String expected) {
    assertThat(goods.classesOf(description)).isEqualTo(classSet(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          tea towels          | 24
          tea                 | 30
          smart watches       | 9
          watches             | 14
          wine glasses        | 21
          non-alcoholic beer  | 32
          alcoholic beverages | 33
          pizza ovens         | 11
          tea bags            | 30
          laptop bags         | 9
          bags                | 18
          """)
  void theLongestPhraseWins(String description, String expected) {
    assertThat(goods.classesOf(description)).isEqualTo(classSet(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          restaurant services featuring pizza                         | 43
          retail store services featuring clothing, footwear and bags | 35
          retail sale of clothing, shoes and bags                     | 35
          magazines about beer                                        | 16
          alcoholic beverages, except beers                           | 33
          bags for cosmetics                                          | 18
          shampoo for pets, dog food                                  | 3 31
          cup of coffee                                               | 21 30
          """)
  void whatGoodsAreForAndWhatAServiceDealsInAreNotMoreGoods(String description, String expected) {
    assertThat(goods.classesOf(description)).isEqualTo(classSet(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          shoe repair            | 37
          restaurant software    | 9
          television broadcasting | 38
          beer and restaurant services | 32 43
          """)
  void inACompoundOfGoodsAndAServiceTheFirstOnlyQualifies(String description, String expected) {
    assertThat(goods.classesOf(description)).isEqualTo(classSet(expected));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "quantum widgets", "---", "of for and"})
  void aDescriptionNamingNoKnownGoodsHasNoClass(String description) {
    assertThat(goods.classesOf(description)).isEmpty();
  }

  @Test
  void onlyTheFirst2000CharactersAreRead() {
    String filler = "x ".repeat(GoodsPhrases.MAX_CHARS / 2 - 3);
    assertThat(filler.length()).isEqualTo(GoodsPhrases.MAX_CHARS - 6);
    assertThat(goods.classesOf(filler + "beer")).containsExactly(32);
    assertThat(goods.classesOf(filler + "xxxxxx beer")).isEmpty();
    // A word cut by the cap is not read as the part before the cut: "beers" is not "be".
    assertThat(goods.classesOf(filler + "xx beers")).isEmpty();
    String huge = "beer, " + "wine ".repeat(1_000_000);
    assertThat(goods.classesOf(huge)).containsExactly(32, 33);
  }

  @Test
  void classesComeInAscendingOrderAndCannotBeChanged() {
    Set<Integer> classes = goods.classesOf("watches, sunglasses and handbags");
    assertThat(classes).containsExactly(9, 14, 18);
    assertThatThrownBy(() -> classes.add(25)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void headingsNameEveryClassInAFewWords() {
    assertThat(GoodsRelatedness.heading(25)).isEqualTo("clothing, footwear, headwear");
    for (int c = 1; c <= 45; c++) {
      assertThat(GoodsRelatedness.heading(c)).isNotBlank().hasSizeLessThan(70);
    }
  }

  @Test
  void everyClassHasPhrasesAndEveryGoodsClassRelatesWeaklyToRetail() {
    for (int c = 1; c <= 45; c++) {
      assertThat(goods.phrasesOf(c)).as("phrases of class %d", c).isGreaterThanOrEqualTo(5);
    }
    for (int c = 1; c <= 34; c++) {
      assertThat(goods.relatedness(Set.of(c), Set.of(35))).as("%d and 35", c).isBetween(0.2, 0.3);
    }
  }

  @Test
  void theTableIsSymmetricAndListsEachRelatedPairOnce() {
    int related = 0;
    for (int a = 1; a <= 45; a++) {
      for (int b = 1; b <= 45; b++) {
        double s = goods.relatedness(Set.of(a), Set.of(b));
        assertThat(s).isEqualTo(goods.relatedness(Set.of(b), Set.of(a)));
        if (a == b) {
          assertThat(s).isEqualTo(1.0);
        } else if (a < b && s > GoodsRelatedness.BASELINE) {
          related++;
          assertThat(s).isGreaterThan(0.1).isLessThan(1.0);
        }
      }
    }
    assertThat(related).isEqualTo(goods.relatedPairs());
  }

  @Property
  void relatednessIsSymmetricAndWithinZeroAndOne(
      @ForAll("classSets") Set<Integer> a, @ForAll("classSets") Set<Integer> b) {
    double s = goods.relatedness(a, b);
    if (a.isEmpty() || b.isEmpty()) {
      assertThat(s).isNaN();
      assertThat(goods.relatedness(b, a)).isNaN();
    } else {
      assertThat(s).isEqualTo(goods.relatedness(b, a)).isBetween(0.0, 1.0);
      assertThat(goods.explain(a, b)).isNotBlank().doesNotContain("\n");
    }
  }

  @Provide
  Arbitrary<Set<Integer>> classSets() {
    return Arbitraries.integers().between(1, 45).set().ofMaxSize(4);
  }

  @Property
  void anyTextGivesClassesInTheNiceRange(@ForAll("texts") String text) {
    for (int c : goods.classesOf(text)) {
      assertThat(c).isBetween(1, 45);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
            "beer",
            "for",
            "of",
            "featuring",
            "and",
            ",",
            ";",
            "restaurant",
            "services",
            "tea",
            "towels",
            "shoe",
            "repair",
            "é",
            "’s",
            "x",
            "non",
            "alcoholic",
            "  ");
    return words.list().ofMaxSize(30).map(w -> String.join(" ", w));
  }

  @Test
  void sharedBetweenThreadsItGivesTheSameAnswers() throws Exception {
    List<String> descriptions =
        List.of(
            "beer", "restaurant services featuring pizza", "tea towels", "shoe repair", "vodka");
    List<Set<Integer>> expected = descriptions.stream().map(goods::classesOf).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var tasks = new ArrayList<Callable<Boolean>>();
      for (int t = 0; t < 8; t++) {
        tasks.add(
            () -> {
              for (int round = 0; round < 500; round++) {
                for (int i = 0; i < descriptions.size(); i++) {
                  if (!goods.classesOf(descriptions.get(i)).equals(expected.get(i))) {
                    return false;
                  }
                }
              }
              return true;
            });
      }
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aMalformedPairRowIsRejectedNamingItsLine() {
    assertThatThrownBy(() -> ClassPairs.parse(List.of("# c", "25\t18\t0.8"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ClassPairs.parse(List.of("25\t18\t0.8\tx", "18\t25\t0.6\ty"), "t"))
        .hasMessageContaining("already listed");
    assertThatThrownBy(() -> ClassPairs.parse(List.of("25\t25\t0.8\tx"), "t"))
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> ClassPairs.parse(List.of("25\t18\t1.0\tx"), "t"))
        .hasMessageContaining("below 1.0");
    assertThatThrownBy(() -> ClassPairs.parse(List.of("25\t46\t0.5\tx"), "t"))
        .hasMessageContaining("1 to 45");
  }

  @Test
  void aPhraseThatFoldsLikeAnotherIsRejected() {
    assertThatThrownBy(() -> GoodsPhrases.parse(List.of("25\tshoe", "25\tShoes"), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("folds like");
    assertThatThrownBy(() -> GoodsPhrases.parse(List.of("25\tshirts, ties"), "t"))
        .hasMessageContaining("punctuation");
    assertThatThrownBy(() -> GoodsPhrases.parse(List.of("25\tthe of"), "t"))
        .hasMessageContaining("no words");
  }

  @Test
  void pluralsFoldToTheirSingular() {
    assertThat(
            Stream.of("battery", "batteries", "cookie", "cookies", "glasses", "glass", "watches"))
        .map(GoodsRelatednessTest::stemmed)
        .containsExactly("batteri", "batteri", "cooki", "cooki", "glass", "glass", "watch");
    assertThat(Stream.of("bus", "analysis", "dress", "gas").map(GoodsRelatednessTest::stemmed))
        .containsExactly("bus", "analysis", "dress", "gas");
  }

  private static String stemmed(String word) {
    char[] w = word.toCharArray();
    return new String(w, 0, GoodsPhrases.stem(w, w.length));
  }

  private static Set<Integer> classSet(String classes) {
    return Stream.of(classes.trim().split("\\s+"))
        .map(Integer::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
