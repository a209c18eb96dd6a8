package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationParserTest {

  static final String TRADEMARK_NOTICE =
      """
      Date: October 2, 2026

      Hello,

      We removed one or more of your listings because we received a report from a rights owner
      that the listings infringe their trademark.

      ASIN: B0CHARGER1
      Title: Zorvix 65W USB C Charger, 3-Port GaN Wall Charger
      Infringement type: Trademark
      Trademark asserted: 6123456
      Complaint ID: 9876543210

      Rights owner name: Voltra Power Inc.
      Rights owner email: brand-protection@voltra.example

      If you believe this is in error, contact the rights owner.
      """;

  @Test
  void aTrademarkNoticeYieldsEveryField() {
    var parsed = NotificationParser.parse(TRADEMARK_NOTICE);

    assertThat(parsed.complaintId()).isEqualTo("9876543210");
    assertThat(parsed.asins()).containsExactly("B0CHARGER1");
    assertThat(parsed.titles())
        .containsExactly("Zorvix 65W USB C Charger, 3-Port GaN Wall Charger");
    assertThat(parsed.type()).isEqualTo(ComplaintType.TRADEMARK);
    assertThat(parsed.origin()).isEqualTo(ComplaintOrigin.RECEIVED);
    assertThat(parsed.registration()).isEqualTo("6123456");
    assertThat(parsed.rightsOwner()).isEqualTo("Voltra Power Inc.");
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("brand-protection@voltra.example");
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2026, 10, 2));
    assertThat(parsed.complete()).isTrue();
  }

  @Test
  void aCounterfeitNoticeForSeveralAsinsWithoutATestBuyIsRecognised() {
    var parsed =
        NotificationParser.parse(
            """
            Sent: 2026-09-14
            A rights owner reported that the items below are counterfeit. This report is not based
            on a test buy.
            - ASIN: B0BAG00001, Title: Quilted Chain Shoulder Bag
            - ASIN: B0BAG00002, Title: Quilted Mini Bag
            Type of infringement: Counterfeit
            Reference number: CF-2026-0441
            Rights holder: Maison Lumiere SA
            Please contact legal@maison-lumiere.example
            """);

    assertThat(parsed.asins()).containsExactly("B0BAG00001", "B0BAG00002");
    assertThat(parsed.type()).isEqualTo(ComplaintType.COUNTERFEIT_NO_TEST_BUY);
    assertThat(parsed.complaintId()).isEqualTo("CF-2026-0441");
    assertThat(parsed.rightsOwner()).isEqualTo("Maison Lumiere SA");
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("legal@maison-lumiere.example");
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2026, 9, 14));
    assertThat(parsed.missing()).isEmpty();
  }

  @Test
  void aTextWithoutTheLabelsKeepsWhatItCanAndNamesWhatIsMissing() {
    var parsed =
        NotificationParser.parse(
            "Your listing B0CHARGER1 was removed. Please review our policies.");

    assertThat(parsed.asins()).containsExactly("B0CHARGER1");
    assertThat(parsed.missing())
        .contains("complaint ID", "infringement type", "date")
        .doesNotContain("ASIN");
    assertThat(parsed.complete()).isFalse();
  }

  @Test
  void anEmptyPasteIsMissingEverything() {
    var parsed = NotificationParser.parse("");
    assertThat(parsed.missing()).contains("complaint ID", "ASIN", "infringement type", "date");
  }

  @Test
  void aSuspectedViolationRaisedByTheMarketplaceNeedsNoRightsOwner() {
    var parsed =
        NotificationParser.parse(
            """
            Date: 2026-08-01
            Our review found a suspected intellectual property violation in your listing.
            ASIN: B0STAND001
            Infringement type: Patent
            Patent number: US 11,234,567
            Complaint ID: SP-77120
            """);
    assertThat(parsed.origin()).isEqualTo(ComplaintOrigin.SUSPECTED);
    assertThat(parsed.type()).isEqualTo(ComplaintType.PATENT);
    assertThat(parsed.registration()).isEqualTo("US 11,234,567");
    assertThat(parsed.missing()).isEmpty();
  }

  @Test
  void aNoticeDatedOnADayNoCalendarHasIsRefusedNamingTheDate() {
    for (String date : List.of("2026-02-30", "February 30, 2026", "2026/02/29")) {
      assertThatThrownBy(
              () -> NotificationParser.parse(TRADEMARK_NOTICE.replace("October 2, 2026", date)))
          .as(date)
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.fields().get("text")).contains(date));
    }
  }

  @Test
  void aLeapDayIsADate() {
    assertThat(
            NotificationParser.parse(TRADEMARK_NOTICE.replace("October 2, 2026", "2028-02-29"))
                .date())
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void anAddressAnywhereInTheTextIsFoundButNotTheMarketplacesOwn() {
    assertThat(
            NotificationParser.anyEmail(
                "Write to seller-performance@amazon.com or to ip.team+1@voltra-power.example."))
        .isEqualTo("ip.team+1@voltra-power.example");
    assertThat(NotificationParser.anyEmail("z".repeat(20_000) + " @ no address here")).isEmpty();
    assertThat(NotificationParser.anyEmail("x".repeat(100) + "@brand.example"))
        .isEqualTo("x".repeat(64) + "@brand.example");
  }
}
