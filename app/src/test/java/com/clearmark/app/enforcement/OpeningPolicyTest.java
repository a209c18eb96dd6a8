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

  @Test
  void aFlaggedCaptureOfAnUnknownSellerRaisesACase() {
    assertThat(OpeningPolicy.raisesCase(capture("BLOCK", false), false)).isEmpty();
    assertThat(OpeningPolicy.raisesCase(capture("REVIEW", false), false)).isEmpty();
  }

  @Test
  void aPassedCaptureAnAuthorizedSellerOrAnAllowedDetectionRaisesNone() {
    assertThat(OpeningPolicy.raisesCase(capture("PASS", false), false))
        .contains("passed screening");
    assertThat(OpeningPolicy.raisesCase(capture("BLOCK", true), false))
        .contains("the seller is authorized");
    assertThat(OpeningPolicy.raisesCase(capture("BLOCK", false), true))
        .contains("judged not infringing before");
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
