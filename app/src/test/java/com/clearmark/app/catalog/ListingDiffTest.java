package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingDiffTest {

  static ListingVersion version(int n, String title, String price, String... bullets) {
    return new ListingVersion(
        n,
        1,
        n,
        title,
        "Northwind",
        List.of(bullets),
        "",
        "",
        new BigDecimal(price),
        "USD",
        "",
        "US",
        "PASS",
        0,
        null,
        1,
        Instant.EPOCH,
        Instant.EPOCH);
  }

  @Test
  void onlyChangedFieldsAreListed() {
    var diff =
        ListingDiff.between(
            version(1, "Braided USB C cable", "9.99", "Two metres"),
            version(2, "Braided USB C cable", "12.99", "Two metres"));

    assertThat(diff.changes()).extracting(ListingDiff.FieldChange::field).containsExactly("price");
  }

  @Test
  void aRemovedBrandNameShowsAsADeletedWordAmongKeptOnes() {
    var diff =
        ListingDiff.between(
            version(1, "Case for Apple iPhone 15 Pro", "9.99"),
            version(2, "Case for iPhone 15 Pro", "9.99"));

    assertThat(diff.changes().get(0).parts())
        .containsExactly(
            new ListingDiff.Part("same", "Case for"),
            new ListingDiff.Part("del", "Apple"),
            new ListingDiff.Part("same", "iPhone 15 Pro"));
  }

  @Test
  void anAddedBulletPointIsAnInsertion() {
    var diff =
        ListingDiff.between(
            version(1, "Cable", "9.99", "Two metres"),
            version(2, "Cable", "9.99", "Two metres", "Nylon jacket"));

    var change = diff.changes().get(0);
    assertThat(change.field()).isEqualTo("bullet_points[2]");
    assertThat(change.parts()).containsExactly(new ListingDiff.Part("ins", "Nylon jacket"));
  }
}
