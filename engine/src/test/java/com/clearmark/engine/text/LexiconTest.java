package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon english = Lexicon.english();
  private final Lexicon other = Lexicon.otherLanguages();

  @Test
  void marksThatAreOrdinaryWordsAreRecognised() {
    for (String word : new String[] {"apple", "dove", "gap", "shell", "corona", "under armour"}) {
      assertThat(english.isOrdinaryPhrase(word)).as(word).isTrue();
    }
  }

  @Test
  void coinedMarksAreNotOrdinaryWords() {
    for (String word : new String[] {"adidas", "reebok", "zorvix", "nike", "louis vuitton"}) {
      assertThat(english.isOrdinaryPhrase(word)).as(word).isFalse();
    }
  }

  @Test
  void isARealLexiconNotAHandTypedList() {
    assertThat(english.size()).isGreaterThan(50_000);
    assertThat(other.size()).isGreaterThan(800_000);
  }

  @Test
  void languagesNameEveryBundledListWithItsNotice() {
    assertThat(Lexicon.languages())
        .containsExactly("english", "spanish", "french", "portuguese", "dutch");
    for (String language : Lexicon.languages()) {
      assertThat(Lexicon.class.getResource(language + "-lexicon.txt.gz")).as(language).isNotNull();
      assertThat(Lexicon.class.getResource(language + "-lexicon.NOTICE")).as(language).isNotNull();
    }
  }

  @Test
  void otherLanguagesAreLoadedOnceAndKeptApartFromEnglish() {
    assertThat(Lexicon.otherLanguages()).isSameAs(other);
    assertThat(english.isOrdinaryPhrase("jabon")).isFalse();
    assertThat(other.isOrdinaryPhrase("jabon")).isTrue();
  }

  @Test
  void productWordsOfEachLanguageAreKnownAsListingsWriteThem() {
    Map<String, String> productWords =
        Map.of(
            "spanish",
                "Jabón champú algodón toalla cuero lavable funda cargador aceite pimienta zapatillas",
            "french", "Savon fromage coton crème soie cuir chaussures housse chargeur huile poivre",
            "portuguese",
                "Sabonete algodão toalha couro seda mochila carregador azeite pimenta sapatilhas",
            "dutch",
                "Zeep katoen handdoek wasmiddel tandenborstel zijde hoesje oplader olie peper");
    productWords.forEach(
        (language, words) -> assertThat(other.isOrdinaryPhrase(words)).as(language).isTrue());
  }

  @Test
  void accentsAndLigaturesFoldToTheSameWord() {
    for (String[] spellings :
        new String[][] {
          {"algodón", "algodon", "ALGODÓN"},
          {"crème", "creme", "CRÈME"},
          {"algodão", "algodao"},
          {"cœur", "coeur", "CŒUR"},
          {"œuf", "oeuf"},
          {"champú", "champu"},
        }) {
      for (String spelling : spellings) {
        assertThat(other.isOrdinaryPhrase(spelling)).as(spelling).isTrue();
      }
    }
  }

  @Test
  void verbsKeepTheFormsProductTextUses() {
    // Infinitive, participle, gerund, present tense: "incluye", "contient", "contém", "bevat".
    for (String word :
        new String[] {
          "lavar", "lavado", "lavando", "incluye", "contiene", "mide", "tiene", "utilice", "laver",
          "lavez", "contient", "convient", "fabriqué", "lavável", "contém", "inclui", "serve",
              "bevat"
        }) {
      assertThat(other.isOrdinaryPhrase(word)).as(word).isTrue();
    }
    // Other persons and tenses are left out of the lists (see engine/lexicon/build.sh).
    for (String word :
        new String[] {"lavabais", "lavaríamos", "laverions", "lavassiez", "lavássemos"}) {
      assertThat(other.isOrdinaryPhrase(word)).as(word).isFalse();
    }
  }

  @Test
  void lookupWorksOnASliceOfALargerBuffer() {
    char[] buffer = "xxjabonesyy".toCharArray();
    assertThat(other.contains(buffer, 2, 5)).isTrue();
    assertThat(other.containsWord(buffer, 2, 7)).isTrue();
    assertThat(other.contains(buffer, 2, 4)).isFalse();
    assertThat(other.containsWord(buffer, 0, 7)).isFalse();
  }

  @Test
  void coinedAndFamousMarksThatAreNoWordAreNotInAnyLanguage() {
    for (String mark :
        new String[] {
          "zorvix", "quiltara", "lumivex", "nike", "rolex", "gucci", "chanel", "samsung", "sony",
          "nikon", "zara", "prada", "dior", "vuitton", "xiaomi", "huawei", "nintendo", "nutella",
          "haribo", "nespresso", "lacoste", "skechers", "asics", "gillette", "swarovski"
        }) {
      assertThat(other.isOrdinaryPhrase(mark)).as(mark).isFalse();
    }
  }

  @Test
  void famousMarksThatAreOrdinaryWordsSomewhereAreKnown() {
    // The lexicon alone cannot tell these marks from words: adidas (Portuguese, female
    // attachés), lego (Spanish, lay), reebok (Dutch, roebuck), nivea (Spanish, snowy), fila
    // (Spanish and Portuguese, row), mango, puma, corona, omega, canon, diesel, visa, converse.
    for (String mark :
        new String[] {
          "adidas",
          "lego",
          "reebok",
          "nivea",
          "fila",
          "mango",
          "puma",
          "corona",
          "omega",
          "canon",
          "diesel",
          "visa",
          "converse",
          "michelin",
          "mercedes",
          "honda",
          "citroen",
          "havaianas"
        }) {
      assertThat(other.isOrdinaryPhrase(mark)).as(mark).isTrue();
    }
  }

  @Test
  void marksDictionariesListAsCommonNounsAreLeftOut() {
    for (String mark :
        new String[] {"tupperware", "playstation", "barbie", "pyrex", "bic", "karcher", "clarks"}) {
      assertThat(other.isOrdinaryPhrase(mark)).as(mark).isFalse();
    }
  }

  @Test
  void everyListedWordIsOneTokenFoldedAsTheTokenizerFoldsIt() throws IOException {
    var tokens = new Tokenizer();
    for (String language : Lexicon.languages()) {
      if (language.equals("english")) {
        continue;
      }
      try (var in = Lexicon.class.getResourceAsStream(language + "-lexicon.txt.gz");
          var reader =
              new BufferedReader(
                  new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
        String previous = "";
        for (String word; (word = reader.readLine()) != null; ) {
          tokens.reset(word);
          String folded = tokens.size() == 1 ? tokens.term(0) : tokens.size() + " tokens";
          if (!folded.equals(word) || word.length() < 3 || word.compareTo(previous) <= 0) {
            assertThat(folded).as(language + ": " + word + " folds to itself").isEqualTo(word);
            assertThat(word.length()).as(language + ": " + word).isGreaterThanOrEqualTo(3);
            assertThat(word).as(language + " is sorted").isGreaterThan(previous);
          }
          previous = word;
        }
      }
    }
  }

  @Property(tries = 300)
  void anyListedWordIsKnownHoweverItIsCapitalised(
      @ForAll("listedWord") String word, @ForAll("caseMask") long mask) {
    var written = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      written.append((mask >>> (i % 64) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    assertThat(other.isOrdinaryPhrase(written.toString())).as(written.toString()).isTrue();
  }

  @Provide
  Arbitrary<String> listedWord() {
    return Arbitraries.integers().between(0, other.size() - 1).map(other::word);
  }

  @Provide
  Arbitrary<Long> caseMask() {
    return Arbitraries.longs();
  }
}
