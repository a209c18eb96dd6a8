package com.clearmark.app.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.enforcement.EnforcementCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellerRiskPolicyTest {

  static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  static EnforcementCase aCase(long id, CaseStatus status, Long relistingOf) {
    return new EnforcementCase(
        id,
        10 + id,
        20 + id,
        5L,
        "amazon.com",
        "COUNTERFEIT_CUE",
        "ZORVIX",
        "6123456",
        status,
        0,
        relistingOf,
        AT,
        null,
        null,
        null,
        null);
  }

  @Test
  void aSellerWithNoCaseAndNoLinkScoresNothing() {
    var risk = SellerRiskPolicy.score(List.of(), 0, 1);

    assertThat(risk.score()).isZero();
    assertThat(risk.reasons()).isEmpty();
    assertThat(risk.tone()).isEqualTo("pass");
  }

  @Test
  void oneTakedownAloneIsWorthAReviewNotABlock() {
    var risk = SellerRiskPolicy.score(List.of(aCase(1, CaseStatus.REMOVED, null)), 0, 1);

    assertThat(risk.score()).isEqualTo(15);
    assertThat(risk.reasons()).containsExactly("1 listing taken down (+15)");
  }

  @Test
  void eachKindOfEvidenceIsCappedAndTheSumStopsAtAHundred() {
    List<EnforcementCase> cases = new ArrayList<>();
    for (long i = 1; i <= 10; i++) {
      cases.add(aCase(i, CaseStatus.REMOVED, null));
      cases.add(aCase(100 + i, CaseStatus.SENT, i));
    }

    var risk = SellerRiskPolicy.score(cases, 6, 7);

    assertThat(risk.score()).isEqualTo(100);
    assertThat(risk.reasons())
        .containsExactly(
            "6 counterfeit test buys (+50)",
            "10 relistings (+40)",
            "10 listings taken down (+45)",
            "10 cases open (+20)",
            "linked to 6 other sellers in a network (+25)");
    assertThat(risk.tone()).isEqualTo("block");
  }

  @Test
  void dismissedAndClosedCasesDoNotCount() {
    var risk =
        SellerRiskPolicy.score(
            List.of(aCase(1, CaseStatus.DISMISSED, null), aCase(2, CaseStatus.CLOSED, null)), 0, 1);

    assertThat(risk.score()).isZero();
  }
}
