package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ListingSortTest {

  @Test
  void noSortParameterMeansHighestScoreFirst() {
    assertThat(Listings.Sort.of(null, null)).isEqualTo(Listings.Sort.DEFAULT);
    assertThat(Listings.Sort.of(" ", "asc")).isEqualTo(Listings.Sort.DEFAULT);
    assertThat(Listings.Sort.DEFAULT.column()).isEqualTo(Listings.Sort.Column.SCORE);
    assertThat(Listings.Sort.DEFAULT.descending()).isTrue();
  }

  @Test
  void aColumnIsNamedInLowerCaseAndSortsAscendingUnlessToldOtherwise() {
    assertThat(Listings.Sort.of("sku", null))
        .isEqualTo(new Listings.Sort(Listings.Sort.Column.SKU, false));
    assertThat(Listings.Sort.of("Severity", "desc"))
        .isEqualTo(new Listings.Sort(Listings.Sort.Column.SEVERITY, true));
    for (Listings.Sort.Column c : Listings.Sort.Column.values()) {
      assertThat(Listings.Sort.of(c.param(), "asc").column()).isEqualTo(c);
    }
  }

  @Test
  void anUnknownColumnOrDirectionIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Listings.Sort.of("colour", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fields())
                    .containsEntry(
                        "sort",
                        "sort by one of decision, score, sku, title, brand, status, version,"
                            + " updated, severity, rule, mark"));
    assertThatThrownBy(() -> Listings.Sort.of("sku", "up"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fields()).containsKey("dir"));
  }

  @Test
  void theQueryStringKeepsTheFiltersAndASortThatIsNotTheDefault() {
    var filter =
        new Listings.Filter("BLOCK", null, "Lumora & Co", null, null, null, null, null, true);

    assertThat(FilterQuery.of(filter, Listings.Sort.DEFAULT))
        .isEqualTo("?decision=BLOCK&mark=Lumora+%26+Co&");
    assertThat(FilterQuery.of(filter, Listings.Sort.of("mark", "desc")))
        .isEqualTo("?decision=BLOCK&mark=Lumora+%26+Co&sort=mark&dir=desc&");
  }
}
