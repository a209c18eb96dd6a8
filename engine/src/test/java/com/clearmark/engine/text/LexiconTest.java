package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon english = Lexicon.english();

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
  }
}
