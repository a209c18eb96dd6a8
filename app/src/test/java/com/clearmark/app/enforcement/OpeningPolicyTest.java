package com.clearmark.app.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.enforcement.CaseOpener.OpeningPolicy;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.CaptureFinding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningPolicyTest {

  static Capture capture(String decision, boolean authorized) {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    return new Capture(
        1,
        2,
        3L,
        "amazon.com",
        "B0FAKE0001",
        "",
        "Zorvlx 65W charger",
        "Zorvlx",
        List.of(),
        "",
        "",
        new BigDecimal("9.99"),
        "USD",
        "Electronics",
        true,
        at,
        at,
        "0".repeat(64),
        decision,
        80,
        authorized);
  }

  static CaptureFinding finding(String rule, String severity, String mark) {
    return new CaptureFinding(
        1,
        1,
        rule,
        "TRADEMARK",
        severity,
        mark,
        "6123456",
        "Zorvix Inc.",
        "title",
        0,
        6,
        "Zorvlx",
        "looks like ZORVIX");
  }

  static final List<CaptureFinding> LOOKALIKE = List.of(finding("TM_LOOKALIKE", "HIGH", "ZORVIX"));

  @Test
  void aFlaggedCaptureOfAnUnknownSellerRaisesACase() {
    assertThat(OpeningPolicy.raisesCase(capture("BLOCK", false), LOOKALIKE, false)).isEmpty();
    assertThat(OpeningPolicy.raisesCase(capture("REVIEW", false), LOOKALIKE, false)).isEmpty();
  }

  @Test
  void aPassedCaptureAnAuthorizedSellerOrAnAllowedDetectionRaisesNone() {
    assertThat(OpeningPolicy.raisesCase(capture("PASS", false), LOOKALIKE, false))
        .contains("passed screening");
    assertThat(OpeningPolicy.raisesCase(capture("BLOCK", true), LOOKALIKE, false))
        .contains("the seller is authorized");
    assertThat(OpeningPolicy.raisesCase(capture("BLOCK", false), LOOKALIKE, true))
        .contains("judged not infringing before");
  }

  @Test
  void aResellerNamingTheGenuineProductOrAnAccessoryNamingWhatItFitsRaisesNoCase() {
    var resale = List.of(finding("TM_SOURCE_PROOF", "LOW", "ZORVIX"));
    var fits =
        List.of(
            finding("TM_COMPATIBILITY", "INFO", "ZORVIX"), finding("TM_EXACT", "LOW", "ZORVIX"));
    assertThat(OpeningPolicy.raisesCase(capture("REVIEW", false), resale, false))
        .contains("the mark is named as resale or compatibility only");
    assertThat(OpeningPolicy.raisesCase(capture("REVIEW", false), fits, false)).isPresent();
  }

  @Test
  void aReplicaCueCountsOnlyOnAListingThatNamesTheBrandsMark() {
    var replicaOfTheBrand =
        List.of(
            finding("TM_SOURCE_PROOF", "LOW", "ZORVIX"),
            finding("CF_COUNTERFEIT_TERM", "MEDIUM", ""));
    var replicaOfSomethingElse = List.of(finding("CF_COUNTERFEIT_TERM", "MEDIUM", ""));

    assertThat(OpeningPolicy.raisesCase(capture("REVIEW", false), replicaOfTheBrand, false))
        .isEmpty();
    assertThat(OpeningPolicy.raisesCase(capture("REVIEW", false), replicaOfSomethingElse, false))
        .isPresent();
    assertThat(OpeningPolicy.mainFinding(replicaOfTheBrand))
        .as("the case relies on the brand's mark")
        .map(CaptureFinding::mark)
        .contains("ZORVIX");
  }

  @Test
  void theBrandsMarkPresentingAnotherBrandsGoodsOrHiddenInItsSearchTermsRaisesACase() {
    assertThat(
            OpeningPolicy.raisesCase(
                capture("BLOCK", false), List.of(finding("TM_EXACT", "HIGH", "ZORVIX")), false))
        .isEmpty();
    assertThat(
            OpeningPolicy.raisesCase(
                capture("REVIEW", false),
                List.of(finding("POLICY_SEARCH_TERMS", "MEDIUM", "ZORVIX")),
                false))
        .isEmpty();
  }

  @Test
  void theMainFindingIsTheMostSevereAndTheFirstOfEquals() {
    var main =
        OpeningPolicy.mainFinding(
            List.of(
                finding("TM_IN_DESCRIPTION", "MEDIUM", "VOLTRA"),
                finding("TM_LOOKALIKE", "HIGH", "ZORVIX"),
                finding("TM_IN_TITLE", "HIGH", "HYDRA")));
    assertThat(main).map(CaptureFinding::mark).contains("ZORVIX");
    assertThat(OpeningPolicy.mainFinding(List.of())).isEmpty();
  }
}
