package com.clearmark.engine.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Each component of the comparison on pairs that read like decided cases. Components are asserted
 * as values, not verdicts: the verdict depends on the fitted weights, the components do not.
 */
class MarkSimilarityTest {

  private final MarkSimilarity similarity = new MarkSimilarity();

  private Confusion compare(String earlier, String later) {
    return similarity.compare(earlier, later);
  }

  @Test
  void aTwoLetterChangeInALongMarkIsSpeltAlike() {
    var c = compare("SLICKCRAFT", "SLEEKCRAFT");
    assertThat(c.spelling()).isEqualTo(0.8);
    assertThat(c.reasons()).isNotEmpty();
  }

  @Test
  void digitsAndSymbolsReadAsTheLettersTheyImitate() {
    var c = compare("ROLEX", "R0L3X");
    assertThat(c.lookalike()).isEqualTo(1.0);
    assertThat(c.value(Feature.LOOKALIKE)).isGreaterThan(0);
    assertThat(c.value(Feature.IDENTICAL)).isEqualTo(1);
  }

  @Test
  void phoneticSpellingsOfOneWordSoundTheSame() {
    assertThat(compare("CERTAIN", "SERTUN").sound()).isGreaterThanOrEqualTo(0.8);
    assertThat(compare("REEBOK", "REEBOCK").sound()).isEqualTo(1.0);
    assertThat(compare("MOBBY'S", "MOBBIES").sound()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void theSoundKeyKeepsSyllablesSoLongCoinedMarksDoNotCollide() {
    assertThat(compare("ZORVIX", "ZAHERUFYX").sound()).isLessThan(0.75);
    assertThat(SoundKey.of("zorvix")).isEqualTo("SORVEKS");
  }

  @Test
  void voicedAndVoicelessConsonantsStayApart() {
    assertThat(SoundKey.of("bat")).isNotEqualTo(SoundKey.of("pat"));
    assertThat(SoundKey.of("phone")).isEqualTo(SoundKey.of("fone"));
    assertThat(SoundKey.of("sony")).isNotEqualTo(SoundKey.of("sunny"));
  }

  @Test
  void aSharedDistinctiveWordDominates() {
    var c = compare("TESLA", "TESLA DISK PUMPS");
    assertThat(c.dominantWord()).isEqualTo(1.0);
    assertThat(c.value(Feature.SHARED)).isEqualTo(1.0);
    assertThat(c.reasons()).anyMatch(r -> r.contains("TESLA"));
  }

  @Test
  void aSharedWeakWordCountsForLittle() {
    var c = compare("PREMIUM QUILTARA", "PREMIUM VORNEL");
    assertThat(c.value(Feature.WEAK_ONLY)).isEqualTo(1);
    assertThat(c.dominantWord()).isLessThan(Distinctiveness.WEAK_BELOW);
    assertThat(c.value(Feature.DISTINCT_REST)).isGreaterThan(0.5);
  }

  @Test
  void theSameWordsInAnotherOrderAreNoticed() {
    assertThat(compare("CAPPUCCINO SUPREME", "SUPREME CAPPUCCINO").value(Feature.ORDER))
        .isEqualTo(1);
    assertThat(compare("ZERO HANGOVER", "HANGOVER ZERO").value(Feature.ORDER)).isEqualTo(1);
  }

  @Test
  void runTogetherWordsAreSplitIntoOrdinaryWords() {
    assertThat(MarkForm.of("CLEANHOME").parts()).containsExactly("clean", "home");
    var c = compare("CLEANHOME", "HOMECLEAN");
    assertThat(c.value(Feature.ORDER)).isEqualTo(1);
    assertThat(MarkForm.of("ZORVIX").parts()).isEmpty();
  }

  @Test
  void aDomainNameIsComparedWithoutItsSchemeAndTopLevelDomain() {
    var form = MarkForm.of("https://www.thesunnyfarm.co.uk");
    assertThat(form.isDomain()).isTrue();
    assertThat(form.compact()).isEqualTo("thesunnyfarm");
    var c = compare("SUNNY FARM", "thesunnyfarm.com");
    assertThat(c.value(Feature.CONTAINED)).isGreaterThan(0);
    assertThat(c.value(Feature.SHARED)).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aMarkContainedWholeInALongerOneIsNoticed() {
    var c = compare("EBAY", "PERFUMEBAY");
    assertThat(c.value(Feature.CONTAINED)).isEqualTo(1.0);
    assertThat(c.reasons()).anyMatch(r -> r.contains("contains EBAY"));
  }

  @Test
  void differentOrdinaryWordsContrastInMeaning() {
    assertThat(compare("SIR", "ZIRH").value(Feature.DICTIONARY_CONTRAST)).isZero();
    assertThat(compare("APPLE", "ORANGE").value(Feature.DICTIONARY_CONTRAST)).isEqualTo(1);
  }

  @Test
  void companySuffixesAreNotPartOfTheMark() {
    assertThat(MarkForm.of("ACME INC").words()).containsExactly("acme");
    assertThat(compare("Coca-Cola", "coca cola").value(Feature.IDENTICAL)).isEqualTo(1);
  }

  @Test
  void aWordInThousandsOfRegisteredMarksIsWeak() {
    var weights = Distinctiveness.learnedFrom(w -> w.equals("tavola") ? 30_000 : 1, 1_000_000);
    assertThat(weights.weight("tavola")).isLessThan(0.35);
    assertThat(weights.weight("quiltara")).isEqualTo(1.0);
    assertThat(Distinctiveness.builtIn().weight("tavola")).isEqualTo(1.0);
    assertThat(Distinctiveness.builtIn().weight("organic")).isLessThan(0.35);
    assertThat(Distinctiveness.builtIn().weight("the")).isZero();
  }

  @Test
  void theGoodsCountOnlyWhenBothMarksClassesAreKnown() {
    var same =
        similarity.compare(
            MarkForm.of("DOMINO"),
            MarkForm.of("DOMINO'S"),
            new Goods(Set.of(30), Set.of(30), false));
    assertThat(same.value(Feature.GOODS)).isEqualTo(1.0);
    var unknown =
        similarity.compare(
            MarkForm.of("DOMINO"), MarkForm.of("DOMINO'S"), new Goods(Set.of(30), Set.of(), false));
    assertThat(unknown.value(Feature.GOODS)).isZero();
  }

  @Test
  void fameWidensTheScopeAgainstUnrelatedGoods() {
    var c =
        similarity.compare(
            MarkForm.of("ROLEX"), MarkForm.of("ROLEX"), new Goods(Set.of(14), Set.of(31), true));
    assertThat(c.value(Feature.FAMOUS)).isEqualTo(1);
    assertThat(c.value(Feature.FAMOUS_UNRELATED))
        .isEqualTo((1 - c.value(Feature.GOODS)) / 2, Assertions.within(1e-3));
  }

  @Test
  void everyVerdictComesWithAReason() {
    for (String[] pair :
        new String[][] {{"ZORVIX", "PATAGONIA"}, {"NIKE", "NIKEE"}, {"APPLE", "SAMSUNG"}}) {
      assertThat(compare(pair[0], pair[1]).reasons()).isNotEmpty().allMatch(r -> !r.isBlank());
    }
  }

  @Test
  void identicalMarksScoreAboveUnrelatedOnes() {
    assertThat(compare("QUILTARA", "QUILTARA").score())
        .isGreaterThan(compare("QUILTARA", "FERROWICK").score());
    assertThat(compare("ZORVIX", "PATAGONIA").verdict()).isEqualTo(Verdict.DISTINCT);
  }

  @Test
  void aForeignWordAndItsTranslationShareAMeaning() {
    var c = compare("LOBO", "WOLF");
    assertThat(c.value(Feature.MEANING)).isEqualTo(1.0);
    assertThat(c.value(Feature.SHARED)).isEqualTo(MarkSimilarity.MEANING_MATCH);
    assertThat(c.reasons()).contains("LOBO means WOLF in Spanish and Portuguese");
    assertThat(c.score()).isGreaterThan(compare("LOBO", "BEAR").score());
  }

  @Test
  void aTranslatedPhraseIsMatchedWordByWord() {
    var c = compare("MARCHE NOIR", "BLACK MARKET MINERALS");
    assertThat(c.value(Feature.MEANING)).isEqualTo(1.0);
    assertThat(String.join("; ", c.reasons())).contains("NOIR means BLACK in French");
  }

  @Test
  void numeralsWrittenAsWordsOrDigitsAreTheSame() {
    assertThat(compare("TRUE 1", "TRUE ONE").value(Feature.COVERED)).isGreaterThan(0.8);
  }

  @Test
  void aGripeSiteAddsAWordOfCriticism() {
    assertThat(compare("TAUBMAN", "taubmansucks.com").value(Feature.CRITICISM)).isEqualTo(1);
    assertThat(compare("TAUBMAN", "taubmanmalls.com").value(Feature.CRITICISM)).isZero();
  }

  @Test
  void unlikeNamesStayDistinctWhateverTheGoodsAndFame() {
    var famousSameClass =
        similarity.compare(
            MarkForm.of("TESLA"), MarkForm.of("SEASTAR"), new Goods(Set.of(12), Set.of(12), true));
    assertThat(famousSameClass.verdict()).isEqualTo(Verdict.DISTINCT);
  }

  @Test
  void identicalMarksAreLessLikelyConfusedOnUnrelatedGoods() {
    var sugarAndPizza =
        similarity.compare(
            MarkForm.of("DOMINO"), MarkForm.of("DOMINO"), new Goods(Set.of(30), Set.of(43), false));
    var sugarAndSugar =
        similarity.compare(
            MarkForm.of("DOMINO"), MarkForm.of("DOMINO"), new Goods(Set.of(30), Set.of(30), false));
    assertThat(sugarAndPizza.score()).isLessThan(sugarAndSugar.score());
    assertThat(sugarAndPizza.reasons()).anyMatch(r -> r.contains("43"));
  }

  @Test
  void aTranslationIsSpeltAndSoundedAgainAsTheEarlierMark() {
    var c = compare("SEAGULL", "GAVIOTA");
    assertThat(c.spelling()).isEqualTo(1.0);
    assertThat(c.value(Feature.MEANING)).isEqualTo(1.0);
    assertThat(c.reasons()).contains("GAVIOTA means SEAGULL in Spanish");
    assertThat(c.reasons()).noneMatch(r -> r.startsWith("sound alike"));
  }

  @Test
  void aClearMeaningOnOneSideOnlySetsMarksApart() {
    assertThat(compare("NIKE", "NICE").value(Feature.MEANING_CONTRAST)).isEqualTo(1);
    assertThat(compare("NIKE", "NIKEE").value(Feature.MEANING_CONTRAST)).isZero();
  }

  @Test
  void theOpeningAndTheFirstWordAreWhereReadersLook() {
    assertThat(compare("GIANT FOOD", "GIANT HAMBURGERS").value(Feature.FIRST_WORD)).isEqualTo(1);
    assertThat(compare("PIZZERIA UNO", "TACO UNO").value(Feature.FIRST_WORD)).isZero();
    assertThat(compare("XCEED", "X-SEED").value(Feature.PREFIX)).isEqualTo(0.25);
  }

  @Test
  void shortMarksAreMarkedAsSuch() {
    assertThat(compare("TMM", "TMS").value(Feature.SHORT)).isEqualTo(1);
    assertThat(compare("ADVICOR", "ALTOCOR").value(Feature.SHORT)).isZero();
  }

  @Test
  void soundBeyondSpellingIsWhatSoundAddsToTheLetters() {
    var c = compare("CERTAIN", "SERTUN");
    assertThat(c.value(Feature.SOUND_OVER_SPELLING))
        .isEqualTo(Math.max(0, c.sound() - c.spelling()), Assertions.within(1e-3));
    assertThat(c.value(Feature.SOUND_OVER_SPELLING)).isGreaterThan(0);
  }

  @Test
  void aNumberAtTheEdgeOfAWordStaysANumber() {
    assertThat(MarkForm.of("TRUE1").words()).containsExactly("true1");
    assertThat(MarkForm.of("R0L3X").words()).containsExactly("rolex");
    assertThat(MarkForm.of("J.ESTINA").isDomain()).isFalse();
  }

  @Test
  void ordinaryWordsInsideOtherWordsAreNotCriticism() {
    assertThat(compare("ACME", "ACME SUPPLIES").value(Feature.CRITICISM)).isZero();
    assertThat(compare("SUBWAY", "SUBWAY RESTAURANT").value(Feature.CRITICISM)).isZero();
    assertThat(compare("ROLEX", "ROLEX WATCH").value(Feature.CRITICISM)).isZero();
    assertThat(compare("TAUBMAN", "suckstaubman.com").value(Feature.CRITICISM)).isEqualTo(1);
  }

  @Test
  void twoDifferentOrdinaryWordsAreDifferentWords() {
    var c = compare("BEACH", "BENCH");
    assertThat(c.value(Feature.SHARED)).isZero();
    assertThat(c.value(Feature.DICTIONARY_CONTRAST)).isEqualTo(1);
    assertThat(c.lookalike()).isEqualTo(c.spelling());
  }

  @Test
  void marksSharingOnlyWeakWordsButNothingElseAreNotWeakOnly() {
    assertThat(compare("SUNNY FARM", "thesunnyfarm.com").value(Feature.WEAK_ONLY)).isZero();
    assertThat(compare("GOLDEN SUN", "SUN GOLDEN").value(Feature.WEAK_ONLY)).isZero();
  }

  @Test
  void aDottedNameOfAnyLengthIsNotReadAsADomain() {
    String dotted = "ab.".repeat(1500) + "com";
    assertThat(MarkForm.of(dotted).isDomain()).isFalse();
    assertThat(compare(dotted, "ACME").score()).isBetween(0.0, 1.0);
  }

  @Test
  void everyWordIsComparedOnABoundedLength() {
    String a = "q".repeat(40_000);
    String b = "q".repeat(39_999) + "z";
    assertThat(MarkForm.of(a).words().get(0)).hasSizeLessThanOrEqualTo(MarkForm.MAX_KEY);
    assertThat(compare(a, b).score()).isBetween(0.0, 1.0);
  }

  @Test
  void aMarkOfAnyLengthIsComparedOnABoundedKey() {
    String huge = "quiltara".repeat(20_000);
    var form = MarkForm.of(huge);
    assertThat(form.compact().length()).isLessThanOrEqualTo(MarkForm.MAX_KEY);
    assertThat(compare(huge, "QUILTARA").score()).isBetween(0.0, 1.0);
    var manyWords = "word ".repeat(50_000);
    assertThat(MarkForm.of(manyWords).words()).hasSizeLessThanOrEqualTo(MarkForm.MAX_WORDS);
  }
}
