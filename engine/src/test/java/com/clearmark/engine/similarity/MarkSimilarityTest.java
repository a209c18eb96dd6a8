package com.clearmark.engine.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkSimilarityTest {

  private final MarkSimilarity similarity = new MarkSimilarity();

  @Test
  void misspellingIsLikelyConfusing() {
    var s = similarity.compare("NIKE", "Nikee");
    assertThat(s.verdict()).isEqualTo(Verdict.LIKELY_CONFUSING);
    assertThat(s.spelling()).isEqualTo(0.8);
  }

  @Test
  void lookAlikeCharactersAreReadAsLetters() {
    var s = similarity.compare("ROLEX", "R0L3X");
    assertThat(s.lookalike()).isEqualTo(1.0);
    assertThat(s.lookalike()).isGreaterThan(s.spelling());
    assertThat(s.verdict()).isEqualTo(Verdict.LIKELY_CONFUSING);
  }

  @Test
  void soundAlikeScoresOnSound() {
    var s = similarity.compare("Reebok", "Reebock");
    assertThat(s.sound()).isEqualTo(1.0);
  }

  @Test
  void sharedDominantWordIsNoticed() {
    var s = similarity.compare("Patagonia", "Patagonia Chocolates New Zealand");
    assertThat(s.dominantWord()).isEqualTo(1.0);
    assertThat(s.verdict()).isNotEqualTo(Verdict.DISTINCT);
  }

  @Test
  void unrelatedMarksAreDistinct() {
    assertThat(similarity.compare("Zorvix", "Patagonia").verdict()).isEqualTo(Verdict.DISTINCT);
    assertThat(similarity.compare("Apple", "Samsung").verdict()).isEqualTo(Verdict.DISTINCT);
  }

  @Test
  void spacingAndCaseDoNotMatter() {
    assertThat(similarity.compare("Coca-Cola", "coca cola").score()).isEqualTo(1.0);
  }

  @Test
  void clearanceRanksConflictsAndRespectsClasses() {
    var clearance = new Clearance(Fixtures.registry());
    var conflicts = clearance.check("Adibas", Set.of(25));
    assertThat(conflicts).isNotEmpty();
    assertThat(conflicts.get(0).mark().name()).isEqualTo("ADIDAS");
    assertThat(conflicts.get(0).reasons()).anyMatch(r -> r.startsWith("spelt alike"));
    assertThat(clearance.check("Quiltara", Set.of(25))).isEmpty();
  }
}
