package com.clearmark.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Removing any words of a field keeps the others in order and leaves no gap behind: no double
 * space, no doubled separator, none at the ends. jqwik prints the seed of any failing case.
 */
class SuggestionProperties {

  private static final List<String> SEPARATORS = List.of(" ", ", ", " - ", " | ", "; ");

  record Field(List<String> words, List<String> separators, List<Boolean> removed) {

    String text() {
      var sb = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) {
          sb.append(separators.get(i - 1));
        }
        sb.append(words.get(i));
      }
      return sb.toString();
    }

    List<Edit> edits() {
      var edits = new ArrayList<Edit>();
      int at = 0;
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) {
          at += separators.get(i - 1).length();
        }
        if (removed.get(i)) {
          edits.add(new Edit("title", at, at + words.get(i).length(), ""));
        }
        at += words.get(i).length();
      }
      return edits;
    }

    List<String> kept() {
      var kept = new ArrayList<String>();
      for (int i = 0; i < words.size(); i++) {
        if (!removed.get(i)) {
          kept.add(words.get(i));
        }
      }
      return kept;
    }
  }

  @Provide
  Arbitrary<Field> fields() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            n ->
                Arbitraries.strings()
                    .alpha()
                    .ofMinLength(1)
                    .ofMaxLength(8)
                    .list()
                    .ofSize(n)
                    .flatMap(
                        words ->
                            Arbitraries.of(SEPARATORS)
                                .list()
                                .ofSize(n - 1)
                                .flatMap(
                                    seps ->
                                        Arbitraries.of(true, false)
                                            .list()
                                            .ofSize(n)
                                            .map(removed -> new Field(words, seps, removed)))));
  }

  @Property
  void removedWordsLeaveTheOthersInOrderWithTidyJoints(@ForAll("fields") Field field) {
    Listing listing = Listing.builder().sku("P-1").title(field.text()).build();
    var suggestion = new Suggestion("Remove the words.", field.edits());

    String after = suggestion.applyTo(listing).title();

    assertThat(List.of(after.split("[ ,;|-]+")).stream().filter(w -> !w.isEmpty()).toList())
        .isEqualTo(field.kept());
    assertThat(after)
        .doesNotContain("  ")
        .doesNotContain(", ,")
        .doesNotContain("- -")
        .doesNotContain("| |")
        .doesNotContainPattern("^[ ,;|-]")
        .doesNotContainPattern("[ ,;|-]$");
    assertThat(suggestion.textAfter(listing, "title")).isEqualTo(after);
  }
}
