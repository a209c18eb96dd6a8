package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.index.MarkHit;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.mark.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of normalisation: the key of a key is itself, and every look-alike way of writing a
 * mark (case, full-width, Cyrillic or Greek letters, digits, dots between letters) comes back to
 * the mark's own key. jqwik prints the seed of any failing case.
 */
class NormalisationProperties {

  private static final Map<Character, Character> CYRILLIC =
      Map.of('a', 'а', 'e', 'е', 'o', 'о', 'p', 'р', 'c', 'с', 'x', 'х', 'i', 'і');
  private static final Map<Character, Character> DIGITS =
      Map.of('o', '0', 'i', '1', 'e', '3', 'a', '4', 's', '5', 't', '7');

  @Property
  void keyIsIdempotent(@ForAll("text") String text) {
    String key = TextFolding.key(text);
    assertThat(TextFolding.key(key)).isEqualTo(key);
  }

  @Property
  void keyHasOnlyFoldedCharactersAndSingleSpaces(@ForAll("text") String text) {
    String key = TextFolding.key(text);
    assertThat(key).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
    for (char c : key.toCharArray()) {
      assertThat(c == ' ' || TextFolding.fold(c) == c).as("char %s", (int) c).isTrue();
    }
  }

  @Property
  void everyCaseAndWidthFormHasTheSameKey(@ForAll("coinedMark") String mark) {
    String key = TextFolding.compactKey(mark);
    assertThat(TextFolding.compactKey(mark.toUpperCase())).isEqualTo(key);
    assertThat(TextFolding.compactKey(fullWidth(mark))).isEqualTo(key);
    assertThat(TextFolding.compactKey(replace(mark, CYRILLIC))).isEqualTo(key);
  }

  @Property(tries = 200)
  void everyLookalikeFormIsFoundAsTheMark(
      @ForAll("coinedMark") String mark, @ForAll("disguise") int disguise) {
    var index = MarkIndex.build(List.of(Mark.named(mark)), false);
    var scanner = new MarkScanner(index);
    String written =
        switch (disguise) {
          case 0 -> mark.toUpperCase();
          case 1 -> fullWidth(mark);
          case 2 -> replace(mark, CYRILLIC);
          case 3 -> replaceAtMostTwo(mark, DIGITS);
          default -> String.join(".", mark.split(""));
        };
    List<MarkHit> hits = new ArrayList<>();
    scanner.scan("New " + written + " shoes", hits);
    assertThat(hits).as("%s written as %s", mark, written).hasSize(1);
    assertThat(hits.get(0).key()).isEqualTo(index.findKey(TextFolding.compactKey(mark)));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars("abcXYZ09 .,-'’@$ÉéüＮｉІіοΟ\t").ofMaxLength(30);
  }

  /** Coined marks that are not English words, 5 to 9 letters. */
  @Provide
  Arbitrary<String> coinedMark() {
    var consonant = Arbitraries.of('b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z');
    var vowel = Arbitraries.of('a', 'e', 'i', 'o');
    return Combinators.combine(consonant, vowel, consonant, vowel, consonant, consonant)
        .as((a, b, c, d, e, f) -> "" + a + b + c + d + e + f + "ix")
        .filter(m -> !Lexicon.english().isOrdinaryPhrase(m));
  }

  @Provide
  Arbitrary<Integer> disguise() {
    return Arbitraries.integers().between(0, 4);
  }

  private static String fullWidth(String s) {
    var sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  /** A digit for a letter or two, as imitations are written: more reads as a model code. */
  private static String replaceAtMostTwo(String s, Map<Character, Character> table) {
    var sb = new StringBuilder();
    int replaced = 0;
    for (char c : s.toCharArray()) {
      Character r = table.get(c);
      if (r != null && replaced < 2) {
        sb.append(r);
        replaced++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String replace(String s, Map<Character, Character> table) {
    var sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(table.getOrDefault(c, c));
    }
    return sb.toString();
  }
}
