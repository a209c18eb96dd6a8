package com.clearmark.engine.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClearanceCandidatesTest {

  /** Registered marks a seller's proposals are checked against, among coined neighbours. */
  private static final List<String> REGISTERED =
      List.of(
          "ADIDAS",
          "LACOSTE",
          "SUNNY FARM",
          "THE SUNNY FARM",
          "EBAY",
          "WOLF",
          "QUILTARA",
          "NIKE",
          "ROLEX",
          "HUGGIES",
          "KARCHER",
          "Bora Bora");

  private static final long SEED = 20260601L;

  private static final String[] ONSETS = {
    "b", "br", "c", "d", "dr", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t",
    "tr", "v", "z"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "y"};

  /** The registered marks first (ids 0..), then thousands of coined ones, as a real register. */
  private static final List<Mark> REGISTER = register(REGISTERED, 5_000, SEED);

  private static final ClearanceCandidates CANDIDATES = ClearanceCandidates.build(REGISTER);

  private static final Function<String, List<String>> NO_TRANSLATIONS = word -> List.of();

  @Test
  void misspeltProposalFindsTheRegisteredMarkFirst() {
    assertThat(namesFound("Adibas", 20)).first().isEqualTo("ADIDAS");
    assertThat(namesFound("Rolax", 20)).first().isEqualTo("ROLEX");
  }

  @Test
  void misspeltShortMarkIsFoundThroughItsBigrams() {
    assertThat(namesFound("Nzke", 20)).contains("NIKE");
  }

  @Test
  void soundAlikeProposalFindsTheMark() {
    assertThat(namesFound("Lakoste", 5)).contains("LACOSTE");
  }

  @Test
  void sharedWordFindsTheMarkOfSeveralWords() {
    assertThat(namesFound("Sunny", 10)).contains("SUNNY FARM", "THE SUNNY FARM");
  }

  @Test
  void registeredMarkInsideTheProposalIsFound() {
    assertThat(namesFound("Perfumebay", 10)).contains("EBAY");
    assertThat(namesFound("Thesunnyfarm", 10)).first().isEqualTo("THE SUNNY FARM");
    assertThat(namesFound("Thesunnyfarm", 10)).contains("SUNNY FARM");
  }

  @Test
  void proposalInsideALongerRegisteredMarkIsFound() {
    assertThat(namesFound("Sunnyfarm", 10)).contains("THE SUNNY FARM");
  }

  @Test
  void misspeltDistinctiveWordOutranksMarksSharingTheGenericOne() {
    var register = new ArrayList<>(REGISTER);
    for (int i = 0; i < 300; i++) {
      register.add(Mark.named(coined(new SplittableRandom(SEED + i)) + " Store"));
    }
    var candidates = ClearanceCandidates.build(register);
    int[] found = candidates.candidates("Karbcher Store", NO_TRANSLATIONS, 5);
    assertThat(register.get(found[0]).name()).isEqualTo("KARCHER");
  }

  @Test
  void translationGivenByTheEquivalentsIsFound() {
    Function<String, List<String>> spanish =
        word -> Map.of("lobo", List.of("wolf")).getOrDefault(word, List.of());
    assertThat(names(CANDIDATES.candidates("Lobo", spanish, 10))).contains("WOLF");
    assertThat(names(CANDIDATES.candidates("Lobo", NO_TRANSLATIONS, 10))).doesNotContain("WOLF");
  }

  @Test
  void unrelatedMarkIsNotReturned() {
    assertThat(namesFound("Adibas", 500)).doesNotContain("QUILTARA", "WOLF", "SUNNY FARM");
    assertThat(namesFound("Quiltara", 500)).first().isEqualTo("QUILTARA");
    assertThat(namesFound("Quiltara", 500)).doesNotContain("ADIDAS", "LACOSTE");
  }

  @Test
  void identicalNameComesFirst() {
    var random = new SplittableRandom(SEED);
    for (int i = 0; i < 200; i++) {
      Mark mark = REGISTER.get(random.nextInt(REGISTER.size()));
      int[] found = CANDIDATES.candidates(mark.name(), NO_TRANSLATIONS, 10);
      assertThat(found).as("seed %d, %s", SEED, mark.name()).isNotEmpty();
      assertThat(TextFolding.compactKey(REGISTER.get(found[0]).name()))
          .as("seed %d, %s", SEED, mark.name())
          .isEqualTo(TextFolding.compactKey(mark.name()));
    }
  }

  @Test
  void maxIsRespectedAndASmallerCutIsAPrefixOfALargerOne() {
    int[] wide = CANDIDATES.candidates("Sunny Farms", NO_TRANSLATIONS, 50);
    int[] narrow = CANDIDATES.candidates("Sunny Farms", NO_TRANSLATIONS, 2);
    assertThat(wide.length).isGreaterThan(2).isLessThanOrEqualTo(50);
    assertThat(narrow).containsExactly(Arrays.copyOf(wide, 2));
    assertThat(CANDIDATES.candidates("Sunny Farms", NO_TRANSLATIONS, 0)).isEmpty();
  }

  @Test
  void everyAnswerIsADistinctMarkId() {
    var random = new SplittableRandom(SEED);
    for (int i = 0; i < 300; i++) {
      String proposed = i % 3 == 0 ? randomText(random) : coined(random);
      int max = 1 + random.nextInt(200);
      int[] found = CANDIDATES.candidates(proposed, NO_TRANSLATIONS, max);
      assertThat(found.length).as("seed %d, %s", SEED, proposed).isLessThanOrEqualTo(max);
      assertThat(Arrays.stream(found).distinct().count()).isEqualTo(found.length);
      assertThat(Arrays.stream(found).allMatch(id -> id >= 0 && id < CANDIDATES.markCount()))
          .isTrue();
    }
  }

  @Test
  void wordFrequencyCountsMarksOncePerMark() {
    assertThat(CANDIDATES.wordFrequency("sunny")).isEqualTo(2);
    assertThat(CANDIDATES.wordFrequency("bora")).isEqualTo(1);
    assertThat(CANDIDATES.wordFrequency("adidas")).isEqualTo(1);
    assertThat(CANDIDATES.wordFrequency("zzzunregistered")).isZero();
    assertThat(CANDIDATES.markCount()).isEqualTo(REGISTER.size());
  }

  @Test
  void veryCommonWordIsASourceOnlyWhenTheProposalHasNoOtherWord() {
    var register = new ArrayList<Mark>();
    var random = new SplittableRandom(SEED);
    var keys = new HashSet<String>();
    while (register.size() <= ClearanceCandidates.COMMON_WORD) {
      String word = coined(random) + coined(random).toLowerCase();
      if (keys.add(word)) {
        register.add(Mark.named(word + " Home"));
      }
    }
    var candidates = ClearanceCandidates.build(register);
    assertThat(candidates.wordFrequency("home")).isGreaterThan(ClearanceCandidates.COMMON_WORD);

    // Only what spelling or sound brings (Zinadryguze Home sounds as Zentrix Home does), not the
    // twenty thousand marks that share nothing but the word.
    assertThat(candidates.candidates("Zentrix Home", NO_TRANSLATIONS, 100).length).isLessThan(5);
    assertThat(candidates.candidates("Home", NO_TRANSLATIONS, 100)).hasSize(100);
  }

  @Test
  void emptyRegisterAndEmptyProposalGiveNothing() {
    var empty = ClearanceCandidates.build(List.of());
    assertThat(empty.candidates("Adidas", 10)).isEmpty();
    assertThat(CANDIDATES.candidates("  --  ", 10)).isEmpty();
  }

  @Test
  void overlongProposalIsRefusedAndLongOneIsAnswered() {
    String longest = "sunny farm ".repeat(46).substring(0, Mark.MAX_NAME_LENGTH);
    assertThat(CANDIDATES.candidates(longest, 10)).isNotEmpty();
    assertThatThrownBy(() -> CANDIDATES.candidates(longest + "x", 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CANDIDATES.candidates("Adibas", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failingEquivalentsLeaveTheIndexAsItWas() {
    int[] before = CANDIDATES.candidates("Sunny Farm", NO_TRANSLATIONS, 20);
    Function<String, List<String>> failing =
        word -> {
          throw new IllegalStateException("dictionary unavailable");
        };
    assertThatThrownBy(() -> CANDIDATES.candidates("Sunny Farm", failing, 20))
        .isInstanceOf(IllegalStateException.class);
    assertThat(CANDIDATES.candidates("Sunny Farm", NO_TRANSLATIONS, 20)).containsExactly(before);
  }

  @Test
  void concurrentSearchesAgreeWithSequentialOnes() throws Exception {
    List<String> proposals = List.of("Adibas", "Lakoste", "Sunny", "Perfumebay", "Rolax", "Lobo");
    var expected = proposals.stream().map(p -> CANDIDATES.candidates(p, 30)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var futures = new ArrayList<Future<Boolean>>();
      for (int task = 0; task < 16; task++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < proposals.size(); i++) {
                      if (!Arrays.equals(
                          expected.get(i), CANDIDATES.candidates(proposals.get(i), 30))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> namesFound(String proposed, int max) {
    return names(CANDIDATES.candidates(proposed, NO_TRANSLATIONS, max));
  }

  private static List<String> names(int[] ids) {
    return names(REGISTER, ids);
  }

  private static List<String> names(List<Mark> register, int[] ids) {
    return Arrays.stream(ids).mapToObj(id -> register.get(id).name()).collect(Collectors.toList());
  }

  private static List<Mark> register(List<String> registered, int coined, long seed) {
    var marks = new ArrayList<Mark>();
    var keys = new HashSet<String>();
    for (String name : registered) {
      marks.add(Mark.named(name));
      keys.add(TextFolding.compactKey(name));
    }
    var random = new SplittableRandom(seed);
    while (marks.size() < registered.size() + coined) {
      String name = coined(random);
      if (random.nextInt(7) == 0) {
        name += " " + List.of("Home", "Labs", "Gear", "Kids", "Studio").get(random.nextInt(5));
      }
      if (keys.add(TextFolding.compactKey(name))) {
        marks.add(Mark.named(name));
      }
    }
    return marks;
  }

  /** A pronounceable coined word of two or three syllables, as registers are full of. */
  private static String coined(SplittableRandom random) {
    var sb = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      sb.append(ONSETS[random.nextInt(ONSETS.length)])
          .append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  private static String randomText(SplittableRandom random) {
    var sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append((char) (random.nextInt(5) == 0 ? ' ' : 32 + random.nextInt(400)));
    }
    return sb.toString();
  }
}
