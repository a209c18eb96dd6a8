package com.clearmark.app.notice;

import static com.clearmark.app.notice.NoticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.ForbiddenException;
import com.clearmark.app.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeLifecycleTest {

  private static final List<NoticeCheck> ALL_PASS =
      List.of(NoticeCheck.pass("RegistrationLive", "live"));

  private static Notice draft() {
    return notice("amazon.de", amazonContent("018234567"), items(2, "amazon.de"));
  }

  @Test
  void theDrafterCannotApproveWhenASecondApproverIsRequired() {
    assertThatThrownBy(() -> draft().approved(ALL_PASS, true, RILEY, "Riley Reviewer", NOW))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("second approver");

    var approved = draft().approved(ALL_PASS, true, ALEX, "Alex Admin", NOW);
    assertThat(approved.status()).isEqualTo(NoticeStatus.APPROVED);
    assertThat(approved.approvedByName()).isEqualTo("Alex Admin");
  }

  @Test
  void theDrafterMayApproveAloneWhenNoSecondApproverIsRequired() {
    assertThat(draft().approved(ALL_PASS, false, RILEY, "Riley Reviewer", NOW).status())
        .isEqualTo(NoticeStatus.APPROVED);
  }

  @Test
  void approvalIsRefusedWithTheReasonsWhileACheckFails() {
    var checks =
        List.of(
            NoticeCheck.pass("OneIpType", "one"),
            NoticeCheck.fail("RegistrationLive", "Registration 6123456 is a US registration"));

    assertThatThrownBy(() -> draft().approved(checks, false, ALEX, "Alex Admin", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("RegistrationLive: Registration 6123456 is a US registration");
  }

  @Test
  void aSentNoticeIsNeverEditedAndIsCorrectedInstead() {
    var sent =
        draft()
            .approved(ALL_PASS, false, ALEX, "Alex Admin", NOW)
            .sent(SendChannel.PORTAL_PASTE, "Amazon Report Infringement form", NOW);

    assertThatThrownBy(() -> sent.edited(amazonContent("018234567"), List.of()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("correction");
    assertThatThrownBy(sent::withdrawn).isInstanceOf(ConflictException.class);
    sent.requireCorrectable();
    assertThatThrownBy(() -> draft().requireCorrectable()).isInstanceOf(ConflictException.class);
  }

  @Test
  void aDraftOrAnApprovedNoticeCanBeWithdrawnButADraftIsNotSent() {
    assertThat(draft().withdrawn().status()).isEqualTo(NoticeStatus.WITHDRAWN);
    assertThat(draft().approved(ALL_PASS, false, ALEX, "Alex", NOW).withdrawn().status())
        .isEqualTo(NoticeStatus.WITHDRAWN);
    assertThatThrownBy(() -> draft().sent(SendChannel.PDF, "", NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aMessageToTheSellerLongerThanEbayTakesIsNotStored() {
    assertThatThrownBy(() -> veroContent("x".repeat(1001)).requireStorable())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> assertThat(((InvalidInputException) e).fields()).containsKey("messageToSeller"));
  }

  @Test
  void theExportsLayOutTheRegimesForm() {
    var n =
        notice(
            "ebay.de",
            veroContent("Please stop."),
            List.of(
                new NoticeItem(
                    3, "256012345678", "https://www.ebay.de/itm/256012345678", "TM_COUNTERFEIT")));

    assertThat(NoticeExport.text(n))
        .contains("eBay VeRO")
        .contains("256012345678")
        .contains("Please stop.");
    assertThat(NoticeExport.csv(n))
        .startsWith("Item number,Reason code,Message to seller\r\n")
        .contains("256012345678,TM_COUNTERFEIT,Please stop.");
    assertThat(NoticeExport.csv(draft())).startsWith("ASIN,Marketplace,IP type");
    assertThat(new String(NoticeExport.pdf(draft()), java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");
  }
}
