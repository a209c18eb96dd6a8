package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimTextTest {

  private static final String BOTTLE =
      "1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body,"
          + " the lid comprising: a spout; a valve; and a spring biasing the valve closed;"
          + " and a carabiner loop formed on the lid.";

  @Test
  void independentClaimSplitsIntoItsElementsAfterTheTransition() {
    Claim claim = ClaimText.parse(1, BOTTLE);

    assertThat(claim.independent()).isTrue();
    assertThat(claim.method()).isFalse();
    assertThat(claim.preamble()).isEqualTo("A drinking bottle comprising");
    assertThat(claim.elements())
        .containsExactly(
            new ClaimElement(0, "a double-walled body"),
            new ClaimElement(0, "a lid threaded onto the body, the lid comprising"),
            new ClaimElement(1, "a spout"),
            new ClaimElement(1, "a valve"),
            new ClaimElement(1, "a spring biasing the valve closed"),
            new ClaimElement(0, "a carabiner loop formed on the lid"));
  }

  @Test
  void dependentClaimNamesTheClaimItRefersTo() {
    Claim claim =
        ClaimText.parse(
            3, "3. The drinking bottle of claim 1, wherein the body is stainless steel.");

    assertThat(claim.dependsOn()).isEqualTo(1);
    assertThat(claim.elements())
        .containsExactly(new ClaimElement(0, "the body is stainless steel"));
  }

  @Test
  void referenceToAnyOfSeveralClaimsTakesTheFirst() {
    Claim claim =
        ClaimText.parse(
            7,
            "The leash according to any one of claims 2 to 5, further comprising a reflective strip.");

    assertThat(claim.dependsOn()).isEqualTo(2);
    assertThat(claim.elements()).containsExactly(new ClaimElement(0, "a reflective strip"));
  }

  @Test
  void methodClaimIsSaidToBeOne() {
    Claim claim =
        ClaimText.parse(
            12,
            "12. A method of insulating a beverage container, comprising: forming an inner wall;"
                + " evacuating the space between the walls; and sealing the space.");

    assertThat(claim.method()).isTrue();
    assertThat(claim.elements())
        .extracting(ClaimElement::text)
        .containsExactly(
            "forming an inner wall", "evacuating the space between the walls", "sealing the space");
  }

  @Test
  void claimWithoutTransitionIsOneElement() {
    Claim claim =
        ClaimText.parse(1, "The ornamental design for a water bottle, as shown and described.");

    assertThat(claim.preamble()).isEmpty();
    assertThat(claim.elements())
        .containsExactly(
            new ClaimElement(
                0, "The ornamental design for a water bottle, as shown and described"));
  }

  @Test
  void referenceToALaterClaimIsRefused() {
    assertThatThrownBy(() -> ClaimText.parse(2, "The bottle of claim 4, wherein the lid is red."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim 2 refers to claim 4, which is not an earlier one");
  }

  @Test
  void overlongClaimIsRefusedWithItsLength() {
    String text = "A bottle comprising: " + "a part; ".repeat(3_000);

    assertThatThrownBy(() -> ClaimText.parse(1, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 20000 are read");
  }
}
