package com.clearmark.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The category-to-class table on category strings as marketplaces write them. The fixtures are real
 * category paths copied from Amazon.in and bigbasket catalogue exports, the Amazon.com Health &amp;
 * Personal Care catalogue and Amazon's browse trees, each with the Nice classes of the goods sold
 * under it. jqwik prints the seed of any failing property.
 */
class CategoryClassesTest {

  private static final String TABLE = "category-nice-classes.tsv";

  private final CategoryClasses table = CategoryClasses.shipped();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Amazon.in: main_category > sub_category
          appliances > Air Conditioners | 11
          appliances > Washing Machines | 7
          appliances > Refrigerators | 11
          appliances > Kitchen & Home Appliances | 7 11
          appliances > Heating & Cooling Appliances | 11
          accessories > Watches | 14
          accessories > Sunglasses | 9
          accessories > Fashion & Silver Jewellery | 14
          accessories > Gold & Diamond Jewellery | 14
          accessories > Handbags & Clutches | 18
          bags & luggage > Suitcases & Trolley Bags | 18
          bags & luggage > Wallets | 18
          beauty & health > Health & Personal Care | 3 5 10
          beauty & health > Make-up | 3
          beauty & health > Personal Care Appliances | 8 10 11 21
          beauty & health > Diet & Nutrition | 5 29 30 32
          beauty & health > Value Bazaar | 3 5 8 10 21
          car & motorbike > Car Accessories | 9 12
          car & motorbike > Car Electronics | 9
          car & motorbike > Car Parts | 12
          car & motorbike > Car & Bike Care | 3 4 21
          grocery & gourmet foods > Coffee, Tea & Beverages | 30 32
          grocery & gourmet foods > Snack Foods | 29 30
          home & kitchen > Kitchen & Dining | 8 11 21
          home & kitchen > All Home & Kitchen | 7 8 11 20 21 24 27
          home & kitchen > Furniture | 20
          home & kitchen > Bedroom Linen | 24
          home & kitchen > Home Storage | 20 21
          home & kitchen > Indoor Lighting | 11
          home & kitchen > Home Improvement | 2 6 7 8 9 11 19
          home & kitchen > Sewing & Craft Supplies | 2 7 16 23 26
          industrial supplies > Test, Measure & Inspect | 9
          kids' fashion > Kids' Watches | 14
          kids' fashion > Baby Fashion | 25
          kids' fashion > School Bags | 18
          men's clothing > T-shirts & Polos | 25
          men's shoes > Sports Shoes | 25
          music > Musical Instruments & Professional Audio | 9 15
          pet supplies > Dog supplies | 3 5 18 20 21 28 31
          sports & fitness > Cycling | 12
          sports & fitness > Yoga | 28
          stores > Fashion Sales & Deals | 14 18 25
          toys & baby products > Baby Products | 3 5 10 12 20 21 24 25 28
          toys & baby products > Diapers | 5
          toys & baby products > Strollers & Prams | 12
          toys & baby products > Toys & Games | 28
          tv, audio & cameras > Televisions | 9
          tv, audio & cameras > Home Audio & Theater | 9
          women's clothing > Lingerie & Nightwear | 25
          women's shoes > Ballerinas | 25
          # Amazon.com: main_category of the Health & Personal Care file
          Health & Personal Care | 3 5 10
          # bigbasket: category > sub_category > type
          Baby Care > Baby Accessories > Baby Toys | 28
          Baby Care > Baby Food & Formula > Baby Food | 5
          Baby Care > Diapers & Wipes > Diapers | 5
          Baby Care > Feeding & Nursing > Sippers & Bottles | 10 21
          Bakery, Cakes & Dairy > Dairy > Cheese | 29
          Bakery, Cakes & Dairy > Breads & Buns > Milk, White & Sandwich | 30
          Bakery, Cakes & Dairy > Cakes & Pastries > Birthday & Party Cakes | 30
          Bakery, Cakes & Dairy > Ice Creams & Desserts > Ice Creams | 30
          Beauty & Hygiene > Hair Care > Hair Oil & Serum | 3
          Beauty & Hygiene > Hair Care > Tools & Accessories | 3 8 11 21 26
          Beauty & Hygiene > Bath & Hand Wash > Bath & Shower | 3
          Beauty & Hygiene > Fragrances & Deos > Eau De Parfum | 3
          Beauty & Hygiene > Feminine Hygiene > Sanitary Napkins | 5
          Beauty & Hygiene > Health & Medicine > Face Masks & Safety Gears | 9 10
          Beauty & Hygiene > Health & Medicine > Supplements & Proteins | 5 29
          Beauty & Hygiene > Oral Care > Toothbrush | 21
          Beauty & Hygiene > Men's Grooming > Shaving Care | 3 8
          Beverages > Coffee > Instant Coffee | 30
          Beverages > Tea > Tea Bags | 30
          Beverages > Energy & Soft Drinks > Sports & Energy Drinks | 32
          Beverages > Energy & Soft Drinks > Glucose Powder, Tablets | 5 30 32
          Beverages > Fruit Juices & Drinks > Syrups & Concentrates | 32
          Beverages > Water > Packaged Water | 32
          Cleaning & Household > Detergents & Dishwash > Detergent Powder, Liquid | 3
          Cleaning & Household > All Purpose Cleaners > Kitchen, Glass & Drain | 3
          Cleaning & Household > Car & Shoe Care > Car Freshener | 3 5
          Cleaning & Household > Car & Shoe Care > Shoe Polish | 3
          Cleaning & Household > Disposables, Garbage Bag > Kitchen Rolls | 16
          Cleaning & Household > Fresheners & Repellents > Mosquito Repellent | 5
          Cleaning & Household > Pooja Needs > Candles & Match Box | 4 34
          Cleaning & Household > Stationery > Games & Calculators | 9 28
          Eggs, Meat & Fish > Fish & Seafood > Fresh Fish | 29
          Eggs, Meat & Fish > Pork & Other Meats > Fresh & Frozen Pork | 29
          Foodgrains, Oil & Masala > Dry Fruits > Other Dry Fruits | 29
          Foodgrains, Oil & Masala > Edible Oils & Ghee > Sunflower, Rice Bran Oil | 29
          Foodgrains, Oil & Masala > Masalas & Spices > Powdered Spices | 30
          Foodgrains, Oil & Masala > Rice & Rice Products > Basmati Rice | 30
          Fruits & Vegetables > Fresh Fruits > Mangoes | 31
          Fruits & Vegetables > Fresh Vegetables > Potato, Onion & Tomato | 31
          Fruits & Vegetables > Flower Bouquets, Bunches > Other Flowers | 31
          Gourmet & World Food > Chocolates & Biscuits > Crackers & Digestive | 30
          Gourmet & World Food > Drinks & Beverages > Non-Alcoholic Beer, Wine | 32 33
          Gourmet & World Food > Oils & Vinegar > Extra Virgin Olive Oil | 29
          Gourmet & World Food > Oils & Vinegar > Organic & Cold Press Oil | 29 30
          Gourmet & World Food > Tinned & Processed Food > Fish & Tuna | 29
          Kitchen, Garden & Pets > Appliances & Electricals > CFL & Led Bulbs | 11
          Kitchen, Garden & Pets > Cookware & Non Stick > Tawa & Sauce Pan | 21
          Kitchen, Garden & Pets > Crockery & Cutlery > Cutlery, Spoon & Fork | 8
          Kitchen, Garden & Pets > Gardening > Fertilizers & Pesticides | 1 5
          Kitchen, Garden & Pets > Gardening > Seeds & Sapling | 31
          Kitchen, Garden & Pets > Pet Food & Accessories > Pet Meals & Treats | 31
          Kitchen, Garden & Pets > Pet Food & Accessories > Pet Toys | 28
          Kitchen, Garden & Pets > Pet Food & Accessories > Pet Collars & Leashes | 18
          Kitchen, Garden & Pets > Storage & Accessories > Water & Fridge Bottles | 21
          Kitchen, Garden & Pets > Storage & Accessories > Umbrella | 18
          Snacks & Branded Foods > Biscuits & Cookies > Marie, Health, Digestive | 30
          Snacks & Branded Foods > Pickles & Chutney > Lime & Mango Pickle | 29
          Snacks & Branded Foods > Frozen Veggies & Snacks > Frozen Vegetables | 29
          Snacks & Branded Foods > Snacks & Namkeen > Chips & Corn Snacks | 29 30
          Home & Kitchen | 7 8 11 20 21 24 27
          Home & Kitchen > Kitchen & Dining | 8 11 21
          Home & Kitchen > Kitchen & Dining > Cookware | 21
          Home & Kitchen > Kitchen & Dining > Coffee, Tea & Espresso | 11 21
          Clothing, Shoes & Jewelry | 14 18 25
          Clothing, Shoes & Jewelry > Women | 14 18 25
          # Amazon.com browse-node and Seller Central trees
          Clothing, Shoes & Jewelry > Women > Shoes | 25
          Clothing, Shoes & Jewelry > Women > Watches | 14
          Clothing, Shoes & Jewelry > Women > Handbags & Wallets | 18
          Electronics | 9
          Electronics > Cell Phones & Accessories > Cases | 9
          Electronics > Computers & Accessories > Keyboards | 9
          Electronics > Wearable Technology > Smart Watches | 9
          Beauty & Personal Care | 3 8 21
          Beauty & Personal Care > Skin Care | 3 5
          Beauty & Personal Care > Hair Care > Styling Tools & Appliances > Hair Dryers | 11
          Grocery & Gourmet Food | 29 30 31 32
          Grocery & Gourmet Food > Beverages > Coffee, Tea & Espresso | 30
          Grocery & Gourmet Food > Beverages > Alcoholic Beverages > Wine | 33
          Tools & Home Improvement | 2 6 7 8 9 11 19
          Tools & Home Improvement > Power & Hand Tools > Power Tools | 7
          Tools & Home Improvement > Power & Hand Tools > Hand Tools | 8
          Toys & Games | 28
          Toys & Games > Vehicles & Remote-Control Toys | 28
          Sports & Outdoors | 18 20 22 25 28
          Sports & Outdoors > Outdoor Recreation > Camping & Hiking > Tents | 22
          Sports & Outdoors > Fan Shop | 16 25 28
          Automotive | 3 4 9 12
          Automotive > Replacement Parts | 12
          Automotive > Oils & Fluids | 1 4
          Automotive > Interior Accessories > Floor Mats & Cargo Liners | 12
          Pet Supplies | 3 5 18 20 21 28 31
          Pet Supplies > Dogs > Food | 31
          Pet Supplies > Dogs > Toys | 28
          Pet Supplies > Dogs > Collars, Harnesses & Leashes | 18
          Office Products | 9 16 20
          Office Products > Office Electronics | 9
          Baby | 3 5 10 12 20 21 24 25 28
          Baby > Diapering | 5
          Baby > Strollers & Accessories | 12
          Industrial & Scientific | 1 6 7 9 17
          Musical Instruments | 15
          Musical Instruments > Keyboards & MIDI | 15
          Arts, Crafts & Sewing | 2 16 23 24 26
          Arts, Crafts & Sewing > Sewing > Sewing Machines | 7
          Patio, Lawn & Garden | 1 5 7 8 11 20 21 22 31
          Patio, Lawn & Garden > Mowers & Outdoor Power Tools | 7
          Video Games | 9 28
          Software | 9 42
          Books | 9 16
          Movies & TV | 9
          Appliances | 7 11
          Appliances > Dishwashers | 7
          Handmade > Jewelry > Necklaces | 14
          Health & Household > Vitamins, Minerals & Supplements > Multivitamins | 5
          """)
  void realCategoryPathMapsToTheClassesOfItsGoods(String category, String expected) {
    assertThat(table.classesOf(category)).containsExactlyInAnyOrderElementsOf(classes(expected));
  }

  @Test
  void aWatchCategoryIsHorologyButSmartWatchesAreElectronics() {
    assertThat(table.classesOf("accessories > Watches")).containsExactly(14);
    assertThat(table.classesOf("kids' fashion > Kids' Watches")).containsExactly(14);
    assertThat(table.classesOf("Clothing, Shoes & Jewelry > Men > Watches")).containsExactly(14);
    assertThat(table.classesOf("Electronics > Wearable Technology > Smart Watches"))
        .containsExactly(9);
    assertThat(table.classesOf("Cell Phones & Accessories > Smartwatches")).containsExactly(9);
  }

  @Test
  void carAccessoriesAreVehicleGoodsButCarToysAreToys() {
    assertThat(table.classesOf("car & motorbike > Car Accessories")).containsOnly(9, 12);
    assertThat(table.classesOf("car & motorbike > Car Parts")).containsExactly(12);
    assertThat(table.classesOf("Toys & Games > Car Toys")).containsExactly(28);
    assertThat(table.classesOf("Car toys")).containsExactly(28);
    assertThat(table.classesOf("Toys & Games > Toy Vehicles")).containsExactly(28);
  }

  @Test
  void petFoodIsAnimalFoodButPetToysAreToys() {
    assertThat(table.classesOf("Pet food")).containsExactly(31);
    assertThat(table.classesOf("Kitchen, Garden & Pets > Pet Food & Accessories > Pet Toys"))
        .containsExactly(28);
    assertThat(
            table.classesOf("Kitchen, Garden & Pets > Pet Food & Accessories > Pet Meals & Treats"))
        .containsExactly(31);
    assertThat(table.classesOf("Pet Supplies > Dogs > Food > Dry")).containsExactly(31);
    assertThat(table.classesOf("Pet Supplies > Cats > Toys")).containsExactly(28);
  }

  @Test
  void healthAndPersonalCareIsMedicinesCosmeticsAndMedicalArticles() {
    assertThat(table.classesOf("Health & Personal Care")).containsOnly(3, 5, 10);
    assertThat(table.classesOf("beauty & health > Health & Personal Care")).containsOnly(3, 5, 10);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Imitation Jewellery",
        "Jewellery > Imitation Jewellery",
        "accessories > Fashion & Silver Jewellery",
        "Fashion Jewelry",
        "Clothing, Shoes & Jewelry > Women > Jewelry > Necklaces"
      })
  void imitationAndFashionJewelleryIsStillJewellery(String category) {
    assertThat(table.classesOf(category)).containsExactly(14);
  }

  @Test
  void theDeepestSegmentWithAMeaningDecides() {
    var department = table.classesOf("Home & Kitchen");
    var aisle = table.classesOf("Home & Kitchen > Kitchen & Dining");
    assertThat(department).containsAll(aisle).hasSizeGreaterThan(aisle.size());
    assertThat(aisle).containsOnly(8, 11, 21);
    assertThat(table.classesOf("Home & Kitchen > Kitchen & Dining > Cookware")).containsExactly(21);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Electronics > Cell Phones & Accessories > Cases | Electronics > Cell Phones & Accessories
          Clothing, Shoes & Jewelry > Women | Clothing, Shoes & Jewelry
          beauty & health > Value Bazaar | beauty & health
          Beauty & Hygiene > Hair Care > Tools & Accessories | Beauty & Hygiene > Hair Care
          Baby > Gear | Baby
          Beverages > Fruit Juices & Drinks > Unsweetened, Cold Press | Beverages > Fruit Juices & Drinks
          """)
  void aSegmentWithoutAMeaningFallsBackToItsParent(String category, String parent) {
    assertThat(table.classesOf(category)).isNotEmpty().isEqualTo(table.classesOf(parent));
  }

  @Test
  void ambiguousGoodsAreReadInTheSenseOfTheirPath() {
    assertThat(table.classesOf("Musical Instruments > Keyboards & MIDI")).containsExactly(15);
    assertThat(table.classesOf("Electronics > Computers & Accessories > Keyboards"))
        .containsExactly(9);
    assertThat(table.classesOf("Home & Kitchen > Kitchen & Dining > Coffee, Tea & Espresso"))
        .containsOnly(11, 21);
    assertThat(table.classesOf("Grocery & Gourmet Food > Beverages > Coffee, Tea & Espresso"))
        .containsExactly(30);
    assertThat(table.classesOf("Automotive > Interior Accessories > Floor Mats & Cargo Liners"))
        .containsExactly(12);
    assertThat(table.classesOf("Sports & Fitness > Yoga > Yoga Mats")).containsExactly(28);
  }

  static Stream<Arguments> sameCategoryWrittenDifferently() {
    return Stream.of(
        Arguments.of("home & kitchen > Kitchen & Dining", "HOME AND KITCHEN > kitchen and dining"),
        Arguments.of("home & kitchen > Kitchen & Dining", "Home, Kitchen > Kitchen, Dining"),
        Arguments.of(
            "home & kitchen > Kitchen & Dining", "home &amp; kitchen > Kitchen &amp; Dining"),
        Arguments.of(
            "Home & Kitchen > Kitchen & Dining > Cookware",
            "Home & Kitchen \u203a Kitchen & Dining \u203a Cookware"),
        Arguments.of("home & kitchen > Home D\u00e9cor", "Home & Kitchen > Home Decor"),
        Arguments.of("accessories > Watches", "ACCESSORIES>watch"),
        Arguments.of("accessories > Sunglasses", "Accessories > Sunglass"),
        Arguments.of("toys & baby products > Toys & Games", "Toy and Game"),
        Arguments.of(
            "Kitchen, Garden & Pets > Kitchen Accessories > Knives & Peelers", "Knife & Peeler"),
        Arguments.of("Snacks & Branded Foods > Biscuits & Cookies > Cookies", "cookie"),
        Arguments.of("Beauty & Hygiene > Men's Grooming > Men's Deodorants", "Mens Deodorant"),
        Arguments.of("accessories > Jewellery", "Jewelleries"),
        Arguments.of(
            "Health & Household > Vitamins, Minerals & Supplements > Multivitamins",
            "['Health & Household', 'Vitamins, Minerals & Supplements', 'Multivitamins']"),
        Arguments.of(
            "Clothing, Shoes & Jewelry > Men > Watches",
            "[\"Clothing, Shoes & Jewelry\", \"Men's\", \"Watches\"]"));
  }

  @ParameterizedTest
  @MethodSource("sameCategoryWrittenDifferently")
  void caseConjunctionsAccentsSeparatorsAndPluralsDoNotMatter(String category, String variant) {
    assertThat(table.classesOf(variant)).isNotEmpty().isEqualTo(table.classesOf(category));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "Handmade", "Gift Cards", "stores", "Zorblax", "Value Bazaar"})
  void anEmptyOrUnknownCategoryHasNoClasses(String category) {
    assertThat(table.classesOf(category)).isEmpty();
  }

  @Test
  void everyLineOfTheShippedTableParsesWithClassesFrom1To45AndNoRetail() throws IOException {
    List<String> lines = shippedTable();
    int entries = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      entries++;
      String[] fields = line.split("\t");
      assertThat(fields).as("line %d: %s", n + 1, line).hasSizeBetween(2, 3);
      assertThat(fields[0]).as("line %d", n + 1).isNotBlank().isEqualTo(fields[0].strip());
      for (String c : fields[1].split(";")) {
        assertThat(c).as("line %d", n + 1).matches("[0-9]{1,2}");
        assertThat(Integer.parseInt(c)).as("line %d", n + 1).isBetween(1, 45).isNotEqualTo(35);
      }
      if (fields.length == 3) {
        assertThat(fields[2]).isIn("goods", "qualifier", "attribute", "ambiguous");
      }
    }
    assertThat(CategoryClasses.parse(lines).size()).isEqualTo(entries).isGreaterThan(500);
    assertThat(table.size()).isEqualTo(entries);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hats\t46|Nice classes run from 1 to 45",
        "hats\t0|Nice classes run from 1 to 45",
        "hats\t35|class 35",
        "hats\t25;x|not a Nice class",
        "hats|expected words<TAB>classes",
        "hats\t25\tsometimes|unknown role",
        "the\t25|no words",
        "Hats\t25|already in the table",
        "hat\t25|already in the table"
      })
  void aMalformedTableLineIsRefusedWithItsNumber(String lineAndMessage) {
    String[] parts = lineAndMessage.split("\\|");
    var lines = List.of("# a comment", "", "hats\t25", parts[0]);
    assertThatThrownBy(() -> CategoryClasses.parse(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 4: ")
        .hasMessageContaining(parts[1]);
  }

  @Test
  void eachCategoryIsRememberedUpToABound() {
    var shoes = CategoryClasses.parse(List.of("shoes\t25"));
    assertThat(shoes.classesOf("men's shoes > Casual Shoes"))
        .isSameAs(shoes.classesOf("men's shoes > Casual Shoes"));
    for (int i = 0; i < CategoryClasses.CACHE_BOUND + 100; i++) {
      assertThat(shoes.classesOf("Shoes " + i)).containsExactly(25);
    }
    assertThat(shoes.remembered()).isEqualTo(CategoryClasses.CACHE_BOUND);
  }

  @Test
  void classesOfGivesTheSameAnswersFromManyThreads() throws Exception {
    var fresh = CategoryClasses.parse(shippedTable());
    List<String> categories = fixtureCategories();
    List<Set<Integer>> expected = categories.stream().map(table::classesOf).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var tasks = new ArrayList<Callable<List<Set<Integer>>>>();
      for (int t = 0; t < 8; t++) {
        tasks.add(() -> categories.stream().map(fresh::classesOf).toList());
      }
      for (Future<List<Set<Integer>>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Property(tries = 300)
  void recasingAndSpellingOutAmpersandsNeverChangeTheClasses(
      @ForAll("fixtureCategory") String category, @ForAll long seed) {
    var random = new Random(seed);
    var variant = new StringBuilder();
    for (char c : category.replace(" & ", " and ").toCharArray()) {
      variant.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    assertThat(table.classesOf(variant.toString())).isEqualTo(table.classesOf(category));
  }

  @Property(tries = 500)
  void anyTextGivesOnlyGoodsAndServicesClassesOtherThanRetail(@ForAll String text) {
    assertThat(table.classesOf(text)).allMatch(c -> c >= 1 && c <= 45 && c != 35);
  }

  @Provide
  Arbitrary<String> fixtureCategory() {
    return Arbitraries.of(fixtureCategories());
  }

  private static List<String> fixtureCategories() {
    try {
      var method =
          CategoryClassesTest.class.getDeclaredMethod(
              "realCategoryPathMapsToTheClassesOfItsGoods", String.class, String.class);
      String block = method.getAnnotation(CsvSource.class).textBlock();
      return block
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.substring(0, l.indexOf('|')).strip())
          .toList();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> shippedTable() throws IOException {
    try (var in = CategoryClasses.class.getResourceAsStream(TABLE)) {
      assertThat(in).as(TABLE).isNotNull();
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
  }

  private static List<Integer> classes(String expected) {
    if (expected.strip().equals("-")) {
      return List.of();
    }
    return Arrays.stream(expected.strip().split(" +")).map(Integer::valueOf).toList();
  }
}
