package com.clearmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.TextFolding;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

  @Test
  void sameSeedGivesTheSameRegistryAndCorpus() {
    assertThat(SyntheticRegistry.generate(2_000, 7))
        .isEqualTo(SyntheticRegistry.generate(2_000, 7));
    var a = new SyntheticListings().generate(200, 7);
    var b = new SyntheticListings().generate(200, 7);
    assertThat(a).isEqualTo(b);
    assertThat(new SyntheticListings().generate(200, 8).listings()).isNotEqualTo(a.listings());
  }

  @Test
  void coinedMarksAreDistinctOnceNormalisedAndNeverEnglishWords() {
    var marks = SyntheticRegistry.generate(5_000, 3);
    var keys = new HashSet<String>();
    for (var m : marks) {
      assertThat(keys.add(TextFolding.compactKey(m.name()))).as(m.name()).isTrue();
      if (!m.famous()) {
        assertThat(Lexicon.english().isOrdinaryPhrase(m.name())).as(m.name()).isFalse();
      }
    }
    assertThat(marks).hasSize(5_000);
  }

  @Test
  void everyInjectedLookalikeIsWrittenInTheFieldItNames() {
    var corpus = new SyntheticListings().generate(500, 11);
    assertThat(corpus.injections()).hasSizeGreaterThan(50);
    for (var injection : corpus.injections()) {
      Listing l = corpus.listings().get(injection.listing());
      String text =
          switch (injection.field()) {
            case "title" -> l.title();
            case "bullet_points" -> String.join(" ", l.bulletPoints());
            default -> l.description();
          };
      assertThat(text).as(injection.kind()).contains(injection.written());
    }
  }
}
