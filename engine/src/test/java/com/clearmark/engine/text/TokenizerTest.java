package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> terms(String text) {
    var tokens = new Tokenizer();
    tokens.reset(text);
    var terms = new ArrayList<String>();
    for (int t = 0; t < tokens.size(); t++) {
      terms.add(tokens.term(t));
    }
    return terms;
  }

  @Test
  void foldsCaseAccentsFullWidthAndConfusableLetters() {
    assertThat(terms("NIKE Nestlé ＡＤＩＤＡＳ Nіke Rοlex"))
        .containsExactly("nike", "nestle", "adidas", "nike", "rolex");
  }

  @Test
  void dropsPossessivesButKeepsOtherApostropheWords() {
    assertThat(terms("Levi's jeans, Levi’s jacket, L'Oreal"))
        .containsExactly("levi", "jeans", "levi", "jacket", "l", "oreal");
  }

  @Test
  void keepsSymbolsInsideWordsOnly() {
    assertThat(terms("Adid@s $9.99 Great!")).containsExactly("adid@s", "9", "99", "great");
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    var tokens = new Tokenizer();
    String text = "Replica  Ｒｏｌｅｘ watch";
    tokens.reset(text);
    assertThat(text.substring(tokens.start(1), tokens.end(1))).isEqualTo("Ｒｏｌｅｘ");
    assertThat(tokens.has(1, Tokenizer.CONFUSABLE)).isTrue();
    assertThat(tokens.has(0, Tokenizer.CONFUSABLE)).isFalse();
  }

  @Test
  void decodesDigitsAndSymbolsAsTheLettersTheyImitate() {
    var tokens = new Tokenizer();
    tokens.reset("N1ke R0L3X");
    assertThat(tokens.isLeet(0)).isTrue();
    int len = tokens.decodeLeet(1);
    assertThat(new String(tokens.leetBuffer(), tokens.normStart(1), len)).isEqualTo("rolex");
  }

  @Test
  void reuseAcrossTextsForgetsThePreviousText() {
    var tokens = new Tokenizer();
    tokens.reset("a long first text with many words in it");
    tokens.reset("short");
    assertThat(tokens.size()).isEqualTo(1);
    assertThat(tokens.term(0)).isEqualTo("short");
  }
}
