package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.text.Meanings.Equivalence;
import com.clearmark.engine.text.Meanings.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class MeaningsTest {

  private final Meanings meanings = Meanings.shipped();

  @Test
  void loboIsSpanishForWolf() {
    assertThat(meanings.equivalents("lobo")).startsWith("wolf");
    Equivalence why = meanings.explain("lobo", "wolf");
    assertThat(why.kind()).isEqualTo(Kind.TRANSLATION);
    assertThat(why.language()).contains("Spanish");
    assertThat(why.english()).isEqualTo("wolf");
    assertThat(why.reason()).startsWith("LOBO means WOLF in Spanish");
  }

  @Test
  void wolfIsLoboLoupAndLupo() {
    assertThat(meanings.equivalents("wolf")).contains("lobo", "loup", "lupo");
    assertThat(meanings.explain("wolf", "lupo").reason()).isEqualTo("LUPO means WOLF in Italian");
  }

  @Test
  void loboAndLupoBothMeanWolf() {
    Equivalence why = meanings.explain("lupo", "lobo");
    assertThat(why.kind()).isEqualTo(Kind.TRANSLATION);
    assertThat(why.english()).isEqualTo("wolf");
    assertThat(why.language()).contains("Italian", "Spanish");
    assertThat(why.reason()).startsWith("LUPO and LOBO both mean WOLF in ");
  }

  @Test
  void chatIsFrenchForCat() {
    assertThat(meanings.equivalents("chat")).contains("cat");
    assertThat(meanings.equivalents("cat")).contains("chat", "gato", "gatto", "katze");
    assertThat(meanings.explain("chat", "cat").reason()).isEqualTo("CHAT means CAT in French");
  }

  @Test
  void noirIsFrenchForBlack() {
    assertThat(meanings.equivalents("noir")).startsWith("black");
    assertThat(meanings.explain("black", "noir").reason()).isEqualTo("NOIR means BLACK in French");
    assertThat(meanings.equivalents("black")).contains("negro", "nero", "schwarz", "preto");
  }

  @Test
  void marcheNoirAndBlackMarketMatchWordByWord() {
    assertThat(meanings.explain("marche", "market")).isNotNull();
    assertThat(meanings.explain("noir", "black")).isNotNull();
    assertThat(meanings.explain("marche", "black")).isNull();
  }

  @Test
  void commonWordsOfEachLanguageHaveTheirPlainTranslation() {
    Map<String, String> pairs =
        Map.ofEntries(
            Map.entry("perro", "dog"),
            Map.entry("casa", "house"),
            Map.entry("estrella", "star"),
            Map.entry("maison", "house"),
            Map.entry("soleil", "sun"),
            Map.entry("gatto", "cat"),
            Map.entry("stella", "star"),
            Map.entry("hund", "dog"),
            Map.entry("katze", "cat"),
            Map.entry("schwarz", "black"),
            Map.entry("cachorro", "dog"),
            Map.entry("preto", "black"));
    pairs.forEach(
        (foreign, english) ->
            assertThat(meanings.equivalents(foreign)).as(foreign).contains(english));
  }

  @Test
  void quatreCuatroQuattroVierQuatroFourAnd4AreOneNumber() {
    List<String> four = List.of("4", "four", "cuatro", "quatre", "quattro", "vier", "quatro");
    for (String a : four) {
      for (String b : four) {
        if (!a.equals(b)) {
          assertThat(meanings.explain(a, b)).as(a + " and " + b).isNotNull();
          assertThat(meanings.explain(a, b).kind()).isEqualTo(Kind.NUMERAL);
        }
      }
    }
    assertThat(meanings.equivalents("4")).startsWith("four");
    assertThat(meanings.explain("quatre", "4").reason())
        .isEqualTo("QUATRE is the number 4 in French");
    assertThat(meanings.explain("4", "four").reason()).isEqualTo("4 and FOUR are the same number");
    assertThat(meanings.explain("cuatro", "4").reason())
        .isEqualTo("CUATRO is the number 4 in Spanish");
    assertThat(meanings.explain("cuatro", "quatre").reason())
        .isEqualTo("CUATRO and QUATRE are both the number 4 in Spanish and French");
  }

  @Test
  void tensHundredsAndThousandsAreNumbersToo() {
    assertThat(meanings.explain("cien", "100")).isNotNull();
    assertThat(meanings.explain("tausend", "thousand")).isNotNull();
    assertThat(meanings.explain("vingt", "20")).isNotNull();
    assertThat(meanings.explain("dreissig", "30")).isNotNull();
  }

  @Test
  void englishSynonymsMeanTheSame() {
    Equivalence why = meanings.explain("big", "large");
    assertThat(why.kind()).isEqualTo(Kind.SYNONYM);
    assertThat(why.reason()).isEqualTo("BIG and LARGE mean the same");
    assertThat(meanings.explain("car", "automobile")).isNotNull();
  }

  @Test
  void stopWordsAreNeverEquivalentToAnything() {
    Set<String> stop =
        Set.of(
            "the", "and", "of", "with", "for", "le", "la", "les", "de", "des", "du", "et", "el",
            "los", "las", "del", "con", "por", "il", "lo", "gli", "di", "che", "der", "die", "das",
            "und", "mit", "von", "ein", "eine", "uma", "um", "dos", "com", "para", "une");
    for (String word : stop) {
      if (!word.equals("dos")) { // Spanish two; the Portuguese article is not listed apart
        assertThat(meanings.equivalents(word)).as(word).isEmpty();
      }
    }
    for (String word : meanings.words()) {
      for (String equivalent : meanings.equivalents(word)) {
        if (!equivalent.equals("dos")) {
          assertThat(stop).as(word + " lists " + equivalent).doesNotContain(equivalent);
        }
      }
    }
  }

  @Test
  void unrelatedWordsAreNotEquivalent() {
    assertThat(meanings.explain("lobo", "cat")).isNull();
    assertThat(meanings.explain("chat", "dog")).isNull();
    assertThat(meanings.explain("cuatro", "5")).isNull();
    assertThat(meanings.explain("wolf", "wolf")).isNull();
    assertThat(meanings.equivalents("zorvix")).isEmpty();
    assertThat(meanings.explain("zorvix", "wolf")).isNull();
  }

  @Test
  void foreignWordsSpeltLikeCommonEnglishWordsAreLeftOut() {
    // French four (oven), main (hand), pain (bread); German gift (poison), kind (child), elf
    // (eleven); Spanish once (eleven), red (net); French seize (sixteen), Italian due (two).
    Map<String, String> falseFriends =
        Map.of(
            "four", "oven",
            "main", "hand",
            "pain", "bread",
            "gift", "poison",
            "kind", "child",
            "elf", "11",
            "once", "11",
            "red", "net",
            "seize", "16",
            "due", "2");
    falseFriends.forEach(
        (word, foreignMeaning) ->
            assertThat(meanings.explain(word, foreignMeaning)).as(word).isNull());
    assertThat(meanings.equivalents("four")).contains("4", "quatre");
  }

  @Test
  void offensiveWordsAreNeverOffered() {
    assertThat(meanings.equivalents("negro")).contains("black");
    for (String word : meanings.words()) {
      assertThat(meanings.equivalents(word))
          .as(word)
          .doesNotContain("nigger", "nigga", "jigaboo", "blackamoor", "pussy", "shit");
    }
  }

  @Test
  void accentedInputFoldedAsTheEngineFoldsItFindsTheWord() {
    assertThat(meanings.equivalents(TextFolding.key("Marché"))).contains("market");
    assertThat(meanings.equivalents(TextFolding.key("LEÓN"))).contains("lion");
    assertThat(meanings.equivalents(TextFolding.key("Weiß"))).contains("white");
    assertThat(meanings.equivalents(TextFolding.key("WEISS"))).contains("white");
    assertThat(meanings.equivalents(TextFolding.key("grün"))).contains("green");
    assertThat(meanings.equivalents(TextFolding.key("GRUEN"))).contains("green");
    assertThat(meanings.equivalents(TextFolding.key("cœur"))).contains("heart");
    assertThat(meanings.equivalents(TextFolding.key("Coeur"))).contains("heart");
    assertThat(meanings.equivalents(TextFolding.key("FÜNF"))).contains("5");
    assertThat(meanings.equivalents(TextFolding.key("Fuenf"))).contains("5");
  }

  @Test
  void everyWordIsStoredFoldedAsTheTokenizerFoldsIt() {
    for (String word : meanings.words()) {
      assertThat(TextFolding.key(word)).as(word).isEqualTo(word);
      for (String equivalent : meanings.equivalents(word)) {
        assertThat(TextFolding.key(equivalent)).as(equivalent).isEqualTo(equivalent);
        assertThat(equivalent.length() >= 3 || Meanings.isDigits(equivalent))
            .as(equivalent)
            .isTrue();
      }
    }
  }

  @Test
  void everyEquivalentIsExplainedAndTheListsAreBounded() {
    assertThat(meanings.size()).isGreaterThan(50_000);
    for (String word : meanings.words()) {
      List<String> equivalents = meanings.equivalents(word);
      assertThat(equivalents).as(word).isNotEmpty().hasSizeLessThanOrEqualTo(64);
      assertThat(equivalents).as(word).doesNotHaveDuplicates().doesNotContain(word);
      for (String equivalent : equivalents) {
        Equivalence why = meanings.explain(word, equivalent);
        assertThat(why).as(word + " and " + equivalent).isNotNull();
        assertThat(why.reason()).isNotBlank();
      }
    }
  }

  @Test
  void noEquivalentsIsOneSharedEmptyList() {
    assertThat(meanings.equivalents("zorvix")).isSameAs(meanings.equivalents("quiltara"));
    assertThatThrownBy(() -> meanings.equivalents("wolf").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aWordWithManyTranslationsGetsAtMost64() {
    var translations = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      translations.append("cosa").append((char) ('a' + i / 26)).append((char) ('a' + i % 26));
      translations.append("\tthing\n");
    }
    Map<String, byte[]> resources = new HashMap<>();
    resources.put("numerals.tsv", "4\tfour\tcuatro\tquatre\tquattro\tvier\tquatro\n".getBytes());
    resources.put("translations-spanish.tsv.gz", gzip(translations.toString()));
    for (String language : List.of("french", "italian", "german", "portuguese")) {
      resources.put("translations-" + language + ".tsv.gz", gzip(""));
    }
    resources.put("synonyms-english.tsv.gz", gzip(""));
    Meanings small = Meanings.read(name -> stream(resources.get(name)));
    assertThat(small.equivalents("thing")).hasSize(Meanings.MAX_EQUIVALENTS);
    assertThat(small.equivalents("cosaaa")).startsWith("thing").hasSize(1 + 32);
    assertThat(small.explain("cosaaa", "cosaab").reason())
        .isEqualTo("COSAAA and COSAAB both mean THING in Spanish");
    assertThat(small.equivalents("vier"))
        .containsExactly("four", "4", "cuatro", "quatre", "quattro", "quatro");
  }

  @Test
  void theShippedTablesAreLoadedOnceAndCarryTheirNotices() {
    assertThat(Meanings.shipped()).isSameAs(meanings);
    for (String resource :
        List.of(
            "translations-spanish",
            "translations-french",
            "translations-italian",
            "translations-german",
            "translations-portuguese",
            "synonyms-english",
            "numerals")) {
      assertThat(Meanings.class.getResource(resource + ".NOTICE")).as(resource).isNotNull();
    }
  }

  @Test
  void anEquivalenceNamesTwoDifferentWords() {
    assertThatThrownBy(() -> new Equivalence("wolf", "wolf", Kind.SYNONYM, "English", "wolf"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Equivalence("four", "vier", Kind.NUMERAL, "German", "four"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Equivalence("", "wolf", Kind.TRANSLATION, "Spanish", "wolf"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static InputStream stream(byte[] bytes) {
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  private static byte[] gzip(String text) {
    var out = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
