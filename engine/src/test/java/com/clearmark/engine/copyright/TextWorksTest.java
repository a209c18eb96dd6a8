package com.clearmark.engine.copyright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TextWorksTest {

  static final String TRAIL_BOTTLE_COPY =
      "The Northwind Trail bottle keeps water ice cold for a full day on the mountain and coffee"
          + " hot through the morning commute. Its double wall of brushed steel never sweats in"
          + " your pack, and the leakproof straw lid opens with one thumb while you keep walking."
          + " A carabiner loop moulded into the lid clips to a harness or a belt loop, so the"
          + " bottle rides where you can reach it. Every part that touches your drink is free of"
          + " plastic taste, and the wide mouth takes ice cubes and a cleaning brush with ease.";

  static final String COPIED_SENTENCE =
      "Its double wall of brushed steel never sweats in your pack, and the leakproof straw lid"
          + " opens with one thumb while you keep walking.";

  private final TextWorks works = new TextWorks();

  @Test
  void bulletCopiedFromALongRegisteredDescriptionIsFoundAmongThousandsOfTexts() {
    registerCatalogue(2000, new Random(16));
    works.add(7, TRAIL_BOTTLE_COPY);

    String bullet =
        "ITS DOUBLE WALL of brushed steel never sweats in your pack - and the leakproof"
            + " straw lid opens with one thumb while you keep walking!";
    List<TextWorks.Candidate> found = works.query(bullet, 5);

    assertThat(found).isNotEmpty();
    TextWorks.Candidate best = found.get(0);
    assertThat(best.id()).isEqualTo(7);
    assertThat(best.words()).isEqualTo(24);
    assertThat(best.overlap()).isEqualTo(1.0);
    assertThat(bullet.substring(best.start(), best.end())).startsWith("ITS").endsWith("walking");
  }

  @Test
  void copiedPassageIsLocatedInsideTheSellersOwnText() {
    works.add(7, TRAIL_BOTTLE_COPY);
    String description =
        "Great gift for hikers and campers alike. "
            + COPIED_SENTENCE
            + " Ships from our warehouse in two days, with a thirty day return window.";

    TextWorks.Candidate best = works.query(description, 5).get(0);

    assertThat(description.substring(best.start(), best.end()))
        .isEqualTo(COPIED_SENTENCE.substring(0, COPIED_SENTENCE.length() - 1));
    assertThat(best.firstWord()).isEqualTo(7);
    assertThat(best.workWord()).isEqualTo(22);
    assertThat(best.overlap()).isBetween(0.4, 0.7);
  }

  @Test
  void unrelatedTextFindsNoCandidate() {
    registerCatalogue(500, new Random(3));
    works.add(7, TRAIL_BOTTLE_COPY);

    assertThat(
            works.query(
                "Glowhaus LED desk lamp with three colour temperatures, a USB charging port and a"
                    + " touch dimmer that remembers your last setting. Folds flat for travel.",
                5))
        .isEmpty();
  }

  @Test
  void removedAndReplacedWorksAreNoLongerFound() {
    works.add(7, TRAIL_BOTTLE_COPY);
    works.add(8, TRAIL_BOTTLE_COPY);
    works.remove(7);
    works.add(8, "A plain cotton tote bag with long handles and an inside pocket for keys.");

    assertThat(works.query(COPIED_SENTENCE, 5)).isEmpty();
    assertThat(works.size()).isEqualTo(1);

    works.remove(8);
    works.remove(8);
    assertThat(works.size()).isZero();
  }

  @Test
  void textWithoutAWordRegistersNothingButReplaces() {
    works.add(7, TRAIL_BOTTLE_COPY);
    works.add(7, " -- !! ");

    assertThat(works.size()).isZero();
    assertThat(works.query(COPIED_SENTENCE, 5)).isEmpty();
    assertThat(works.query("", 5)).isEmpty();
  }

  @Test
  void candidatesComeLongestPassageFirstAndAreCutAtTheLimit() {
    // One owner's three texts: a passage three owners hold would be a standard statement.
    works.add(3, "Northwind Drinkware", TRAIL_BOTTLE_COPY);
    works.add(
        2, "Northwind Drinkware", COPIED_SENTENCE.substring(0, COPIED_SENTENCE.indexOf(", and")));
    works.add(1, "Northwind Drinkware", TRAIL_BOTTLE_COPY);

    List<TextWorks.Candidate> all = works.query(COPIED_SENTENCE, 10);

    assertThat(all).extracting(TextWorks.Candidate::id).containsExactly(1L, 3L, 2L);
    assertThat(works.query(COPIED_SENTENCE, 1))
        .extracting(TextWorks.Candidate::id)
        .containsExactly(1L);
    assertThatThrownBy(() -> works.query(COPIED_SENTENCE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void repetitiveTextsStayBoundedAndStillFindTheRepeat() {
    String chant = "buy now buy now ".repeat(3000);
    works.add(1, chant);

    List<TextWorks.Candidate> found = works.query(chant, 5);

    assertThat(found).extracting(TextWorks.Candidate::id).containsExactly(1L);
    assertThat(found.get(0).words()).isGreaterThanOrEqualTo(TextWorks.WINDOW_SHINGLES);
  }

  @Test
  void windowsCoverTheTextAndTheLastOneEndsWithIt() {
    assertThat(TextWorks.windowStarts(0, 10, 20)).isEmpty();
    assertThat(TextWorks.windowStarts(12, 10, 20)).containsExactly(0);
    assertThat(TextWorks.windowStarts(20, 10, 20)).containsExactly(0);
    assertThat(TextWorks.windowStarts(21, 10, 20)).containsExactly(0, 1);
    assertThat(TextWorks.windowStarts(45, 10, 20)).containsExactly(0, 10, 20, 25);
    assertThat(TextWorks.windowStarts(23, 5, 10)).containsExactly(0, 5, 10, 13);
  }

  @Test
  void passagesOfTwentyFiveWordsOrMoreAreFoundWhereverTheyAreCopiedFrom() {
    long seed = 20261207L;
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String text = randomText(random, 60 + random.nextInt(300));
      texts.add(text);
      works.add(i, text);
    }
    for (int trial = 0; trial < 300; trial++) {
      int id = random.nextInt(texts.size());
      String[] words = texts.get(id).split(" ");
      int length = Math.min(words.length, 25 + random.nextInt(30));
      int from = random.nextInt(words.length - length + 1);
      String passage = String.join(" ", List.of(words).subList(from, from + length));
      String field =
          randomText(random, random.nextInt(40))
              + " "
              + passage
              + " "
              + randomText(random, random.nextInt(40));

      List<TextWorks.Candidate> found = works.query(field, 3);

      assertThat(found).as("seed %d, trial %d", seed, trial).isNotEmpty();
      assertThat(found.get(0).id()).as("seed %d, trial %d", seed, trial).isEqualTo(id);
      assertThat(found.get(0).words())
          .as("seed %d, trial %d", seed, trial)
          .isGreaterThanOrEqualTo(length);
    }
  }

  @Test
  void concurrentQueriesSeeWholeWorksWhileOneWriterAddsAndRemoves() throws Exception {
    works.add(7, TRAIL_BOTTLE_COPY);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Boolean>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    List<TextWorks.Candidate> found = works.query(COPIED_SENTENCE, 5);
                    if (found.isEmpty() || found.get(0).id() != 7 || found.get(0).words() != 24) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      Future<?> writer =
          pool.submit(
              () -> {
                Random random = new Random(5);
                for (int i = 0; i < 300; i++) {
                  works.add(100 + i % 20, randomText(random, 80));
                  works.remove(100 + (i + 7) % 20);
                }
              });
      writer.get(60, TimeUnit.SECONDS);
      for (Future<Boolean> reader : readers) {
        assertThat(reader.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void phraseOwnersStayExactThroughManyAddsAndRemoves() {
    PhraseOwners owners = new PhraseOwners();
    java.util.Map<Long, java.util.Map<Integer, Integer>> model = new java.util.HashMap<>();
    Random random = new Random(16);
    for (int step = 0; step < 200_000; step++) {
      long phrase = random.nextInt(5000) * 0x9E3779B97F4A7C15L;
      int owner = random.nextInt(6);
      var holders = model.computeIfAbsent(phrase, p -> new java.util.HashMap<>());
      if (random.nextInt(3) > 0) {
        owners.add(phrase, owner);
        holders.merge(owner, 1, Integer::sum);
      } else if (holders.containsKey(owner)) {
        owners.remove(phrase, owner);
        holders.computeIfPresent(owner, (o, n) -> n == 1 ? null : n - 1);
      }
      long probe = random.nextInt(5000) * 0x9E3779B97F4A7C15L;
      int expected = model.getOrDefault(probe, java.util.Map.of()).size();
      assertThat(owners.owners(probe, 10)).isEqualTo(expected);
    }
  }

  @Test
  void ownersCompareIgnoringCaseAndPunctuationAndAWorkWithoutOwnerIsItsOwn() {
    assertThat(TextWorks.ownerKey(1, "Northwind Drinkware, L.L.C."))
        .isEqualTo(TextWorks.ownerKey(2, "NORTHWIND DRINKWARE LLC"));
    assertThat(TextWorks.ownerKey(1, "Northwind")).isNotEqualTo(TextWorks.ownerKey(1, "Alder"));
    assertThat(TextWorks.ownerKey(1, "")).isNotEqualTo(TextWorks.ownerKey(2, " - "));
    assertThat(TextWorks.ownerKey(1, null)).isEqualTo(TextWorks.ownerKey(1, "  "));
  }

  private void registerCatalogue(int count, Random random) {
    for (int i = 0; i < count; i++) {
      works.add(1000 + i, randomText(random, 40 + random.nextInt(120)));
    }
  }

  private static final String[] VOCABULARY = {
    "soft",
    "cotton",
    "blend",
    "steel",
    "bottle",
    "lid",
    "keeps",
    "warm",
    "cold",
    "travel",
    "mug",
    "lamp",
    "desk",
    "light",
    "charging",
    "port",
    "ideal",
    "gift",
    "for",
    "men",
    "women",
    "kids",
    "durable",
    "strap",
    "pocket",
    "zipper",
    "waterproof",
    "shell",
    "hood",
    "jacket",
    "wool",
    "socks",
    "pack",
    "of",
    "six",
    "ceramic",
    "bowl",
    "dishwasher",
    "safe",
    "oven",
    "glass",
    "set",
    "the",
    "and",
    "with",
    "your",
    "every",
    "day",
    "easy",
    "clean",
    "fits",
    "most",
    "sizes",
    "black",
    "blue",
    "green",
    "large",
    "small",
    "handle",
    "grip",
    "non",
    "slip",
    "base",
    "kitchen",
    "garden"
  };

  static String randomText(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return text.toString();
  }
}
