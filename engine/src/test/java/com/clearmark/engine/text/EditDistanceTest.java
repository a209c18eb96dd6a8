package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  private final EditDistance distance = new EditDistance();

  @Test
  void eachKindOfTypoCostsOneEdit() {
    assertThat(distance.distance("nike", "nikee", 3)).as("insertion").isEqualTo(1);
    assertThat(distance.distance("adidas", "adids", 3)).as("omission").isEqualTo(1);
    assertThat(distance.distance("gucci", "gucco", 3)).as("replacement").isEqualTo(1);
    assertThat(distance.distance("rolex", "rloex", 3)).as("transposition").isEqualTo(1);
    assertThat(distance.distance("adidas", "addidas", 3)).as("repetition").isEqualTo(1);
  }

  @Test
  void distanceAboveTheBoundIsReportedAsBoundPlusOne() {
    assertThat(distance.distance("rolex", "patagonia", 2)).isEqualTo(3);
    assertThat(distance.distance("a", "abcdef", 2)).isEqualTo(3);
  }

  @Property
  void distanceIsSymmetricAndZeroOnlyForEqualStrings(
      @ForAll @AlphaChars @StringLength(max = 12) String a,
      @ForAll @AlphaChars @StringLength(max = 12) String b) {
    int ab = distance.distance(a, b, 24);
    assertThat(ab).isEqualTo(distance.distance(b, a, 24));
    assertThat(ab == 0).isEqualTo(a.equals(b));
    assertThat(ab).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
  }
}
