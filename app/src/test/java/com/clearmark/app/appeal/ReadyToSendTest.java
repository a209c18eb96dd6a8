package com.clearmark.app.appeal;

import static com.clearmark.app.appeal.Cases.NOTICE;
import static com.clearmark.app.appeal.Cases.counterfeitComplaint;
import static com.clearmark.app.appeal.Cases.evergreenWholesale;
import static com.clearmark.app.appeal.Cases.invoice;
import static com.clearmark.app.appeal.Cases.soldInMonth;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Ready to send" means every check the appeal needs has passed, not merely that none failed. */
class ReadyToSendTest {

  @Test
  void aSalesCheckThatCouldNotBeMadeStopsTheAppeal() {
    var results =
        AppealChecks.run(
            counterfeitComplaint()
                .with(invoice("INV-1", NOTICE.minusDays(100), evergreenWholesale(), 150))
                .build());
    assertThat(results).noneMatch(CheckResult::failed);
    assertThat(AppealChecks.ready(results)).isFalse();
    assertThat(AppealChecks.blocking(results))
        .extracting(CheckResult::code)
        .containsExactly("INVOICED_QUANTITY_COVERS_SALES");
  }

  @Test
  void noAuthorizationForAResellerOfGenuineGoodsStopsNothing() {
    var results =
        AppealChecks.run(
            counterfeitComplaint()
                .with(invoice("INV-1", NOTICE.minusDays(100), evergreenWholesale(), 150))
                .sold(soldInMonth(2026, 7, 120))
                .build());
    assertThat(results)
        .filteredOn(r -> r.code().equals("AUTHORIZATION_VALID"))
        .extracting(CheckResult::status)
        .containsExactly(CheckStatus.NOT_APPLICABLE);
    assertThat(AppealChecks.blocking(results)).isEmpty();
    assertThat(AppealChecks.ready(results)).isTrue();
  }

  @Test
  void aFailedCheckStopsTheAppealEvenWhenItIsNotRequired() {
    var failedAuthorization =
        new CheckResult(
            "AUTHORIZATION_VALID", "Authorization valid", CheckStatus.FAIL, "It expired.");
    var passed = new CheckResult("ACCEPTED_FILE_TYPE", "Files", CheckStatus.PASS, "Fine.");
    assertThat(AppealChecks.blocking(List.of(passed, failedAuthorization)))
        .containsExactly(failedAuthorization);
  }

  @Test
  void everyCheckHasAStableCodeItIsFoundBy() {
    for (DocumentCheck c : AppealChecks.ALL) {
      assertThat(c.code()).matches("[A-Z_]+");
      assertThat(AppealChecks.byCode(c.code())).containsSame(c);
    }
    assertThat(AppealChecks.ALL).filteredOn(c -> !c.required()).hasSize(1);
  }
}
