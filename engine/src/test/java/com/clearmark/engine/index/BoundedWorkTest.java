package com.clearmark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.mark.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What any input costs the scanner and the index compiler, counted in lookups and stored entries
 * rather than timed: the timings are in the benchmark module.
 */
class BoundedWorkTest {

  private static final MarkIndex REGISTRY =
      MarkIndex.build(
          List.of(
              Mark.named("NIKE"),
              Mark.named("ADIDAS"),
              Mark.named("HELLO KITTY"),
              Mark.named("LOUIS VUITTON"),
              Mark.named("ZORVIX")),
          false);

  private static String letters(int n, long seed) {
    var random = new Random(seed);
    var sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  @Test
  void oneWordOfTwoHundredThousandLettersIsNotSearchedForTypos() {
    var scanner = new MarkScanner(REGISTRY);
    var hits = new ArrayList<MarkHit>();
    scanner.scan(letters(200_000, 1), hits);
    assertThat(hits).isEmpty();
    // Deletion by deletion it used to cost 200,001 lookups, each hashing the whole word again.
    assertThat(scanner.fuzzyLookups()).isZero();
  }

  @Test
  void aLongWordBesideAMisspeltMarkStillLeavesTheMisspellingFound() {
    var scanner = new MarkScanner(REGISTRY);
    var hits = new ArrayList<MarkHit>();
    scanner.scan(letters(50_000, 2) + " Adidaz trainers", hits);
    assertThat(hits).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo(MatchKind.TYPO));
    assertThat(scanner.fuzzyLookups()).isLessThan(100);
  }

  @Test
  void fuzzyWorkGrowsWithTheNumberOfWordsNotWithTheirLength() {
    var shortWords = new MarkScanner(REGISTRY);
    shortWords.scan(
        IntStream.range(0, 1_000).mapToObj(i -> letters(8, i)).collect(Collectors.joining(" ")),
        new ArrayList<>());
    var longWords = new MarkScanner(REGISTRY);
    longWords.scan(
        IntStream.range(0, 1_000).mapToObj(i -> letters(800, i)).collect(Collectors.joining(" ")),
        new ArrayList<>());
    assertThat(longWords.fuzzyLookups()).isLessThanOrEqualTo(shortWords.fuzzyLookups());
  }

  @Test
  void aMarkOfManyWordsCompilesToEntriesLinearInItsLength() {
    String slogan =
        IntStream.range(0, 90).mapToObj(i -> letters(4, i)).collect(Collectors.joining(" "));
    assertThat(slogan.length()).isLessThanOrEqualTo(Mark.MAX_NAME_LENGTH);
    var index = MarkIndex.build(List.of(Mark.named(slogan)), false);
    // Prefix texts used to be stored whole: 90 words made about 90 x 450 / 2 characters of them.
    int letters = slogan.replace(" ", "").length();
    assertThat(index.prefixEntries()).isLessThanOrEqualTo(2 * letters);
    var hits = new ArrayList<MarkHit>();
    new MarkScanner(index).scan("x " + slogan.substring(0, 4 * 5 + 4) + " y", hits);
    assertThat(hits).isEmpty();
  }

  @Test
  void aMarkOfSeveralWordsIsStillFoundAcrossHyphensAndSpacesAfterItsPrefixesAreHashed() {
    var hits = new ArrayList<MarkHit>();
    new MarkScanner(REGISTRY).scan("Hello Kit-ty backpack and Louis Vuit-ton wallet", hits);
    assertThat(hits).extracting(h -> REGISTRY.key(h.key())).contains("hellokitty", "louisvuitton");
  }

  @Test
  void aLongSloganIsMatchedExactlyButNotSearchedForTypos() {
    String slogan = "the quietest espresso grinder ever built in our valley";
    var index = MarkIndex.build(List.of(Mark.named(slogan), Mark.named("NIKE")), false);
    var hits = new ArrayList<MarkHit>();
    new MarkScanner(index).scan("The quietest espresso grinder ever built in our valley", hits);
    assertThat(hits)
        .singleElement()
        .satisfies(h -> assertThat(h.kind()).isEqualTo(MatchKind.EXACT));
    hits.clear();
    new MarkScanner(index).scan("quietestespressogrinderevrbuiltinourvalley", hits);
    assertThat(hits).isEmpty();
  }

  @Test
  void aMarkLongerThanTheLimitIsRefusedRatherThanCut() {
    assertThatThrownBy(() -> Mark.named("a".repeat(Mark.MAX_NAME_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 500 characters");
    assertThat(Mark.named("a".repeat(Mark.MAX_NAME_LENGTH)).name()).hasSize(500);
  }
}
