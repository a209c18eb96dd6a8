package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Notifications as sellers paste them: the same notice run together on one line (as Seller
 * Central's notification list shows it, or an email client quotes it) or with one field to a line,
 * read alike. The fixtures are written for these tests in the marketplaces' style.
 */
class OneLineAndMultiLineNotificationsTest {

  static final String ONE_LINE =
      "Notice date: December 1, 2026 Complaint ID: 8841207733 ASIN: B0KETTLE01 Infringement"
          + " type: Trademark Trademark asserted: 7012345 Rights owner: Jane Roe"
          + " jane.roe@brightbrew.example We removed the listing because a rights owner reported"
          + " that it infringes their trademark.";

  static final String MULTI_LINE =
      """
      Notice date: December 1, 2026
      Complaint ID: 8841207733
      ASIN: B0KETTLE01
      Infringement type: Trademark
      Trademark asserted: 7012345
      Rights owner: Jane Roe <jane.roe@brightbrew.example>

      We removed the listing because a rights owner reported that it infringes their trademark.
      """;

  @Test
  void aOneLineNoticeYieldsTheSameFieldsAsItsMultiLineForm() {
    for (String text : new String[] {ONE_LINE, MULTI_LINE}) {
      var parsed = NotificationParser.parse(text);

      assertThat(parsed.complaintId()).as(text).isEqualTo("8841207733");
      assertThat(parsed.asins()).as(text).containsExactly("B0KETTLE01");
      assertThat(parsed.type()).as(text).isEqualTo(ComplaintType.TRADEMARK);
      assertThat(parsed.registration()).as(text).isEqualTo("7012345");
      assertThat(parsed.rightsOwner()).as(text).isEqualTo("Jane Roe");
      assertThat(parsed.rightsOwnerEmail()).as(text).isEqualTo("jane.roe@brightbrew.example");
      assertThat(parsed.date()).as(text).isEqualTo(LocalDate.of(2026, 12, 1));
      assertThat(parsed.missing()).as(text).isEmpty();
    }
  }

  @Test
  void aOneLineNoticeWithPipesAndAReplyDeadlineKeepsTheDeadlineApartFromTheNoticeDate() {
    var parsed =
        NotificationParser.parse(
            "Respond by: 2026-12-15 | Date: 2026-12-02 | Notification ID: CP-55120-X | ASINs:"
                + " B0MUG00001, B0MUG00002 | Reason: Copyright infringement (product images) |"
                + " Copyright registration number: VA 2-311-009 | Rights holder: Lumen Studio"
                + " Ltd. | Email: claims@lumenstudio.example");

    assertThat(parsed.respondBy()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(parsed.complaintId()).isEqualTo("CP-55120-X");
    assertThat(parsed.asins()).containsExactly("B0MUG00001", "B0MUG00002");
    assertThat(parsed.type()).isEqualTo(ComplaintType.COPYRIGHT);
    assertThat(parsed.registration()).isEqualTo("VA 2-311-009");
    assertThat(parsed.rightsOwner()).isEqualTo("Lumen Studio Ltd.");
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("claims@lumenstudio.example");
  }

  @Test
  void aOneLineNoticeThatGivesOnlyTheAsinAndTheTypeNamesEverythingElseMissing() {
    var parsed =
        NotificationParser.parse(
            "We have removed ASIN B0LAMP0001 because of a trademark complaint. Please review"
                + " your listings.");

    assertThat(parsed.asins()).containsExactly("B0LAMP0001");
    assertThat(parsed.type()).isEqualTo(ComplaintType.TRADEMARK);
    assertThat(parsed.complaintId()).isEmpty();
    assertThat(parsed.date()).isNull();
    assertThat(parsed.missing()).contains("complaint ID", "date").doesNotContain("ASIN");
  }

  @Test
  void aOneLineNoticeWithADeadlineInASentenceDoesNotTakeItForTheNoticeDate() {
    var parsed =
        NotificationParser.parse(
            "Complaint ID 4410098812: your listing B0SOCKS001 was reported as counterfeit by"
                + " Northpeak Apparel (legal@northpeak.example). Please respond by December 20,"
                + " 2026.");

    assertThat(parsed.complaintId()).isEqualTo("4410098812");
    assertThat(parsed.type()).isEqualTo(ComplaintType.COUNTERFEIT);
    assertThat(parsed.respondBy()).isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(parsed.date()).isNull();
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("legal@northpeak.example");
  }

  @Test
  void aNameBeforeAnEmailInBracketsOrParenthesesIsSeparatedFromIt() {
    for (String owner :
        new String[] {
          "Jane Roe jane@brand.example",
          "Jane Roe <jane@brand.example>",
          "Jane Roe (jane@brand.example)",
          "\"Jane Roe\" <jane@brand.example>",
          "Jane Roe, jane@brand.example"
        }) {
      var parsed =
          NotificationParser.parse(
              "Complaint ID: 1000000001 ASIN: B0BRAND001 Infringement type: Trademark Rights"
                  + " owner: "
                  + owner);
      assertThat(parsed.rightsOwner()).as(owner).isEqualTo("Jane Roe");
      assertThat(parsed.rightsOwnerEmail()).as(owner).isEqualTo("jane@brand.example");
    }
  }

  @Test
  void aRightsOwnerGivenOnlyAsAnAddressHasNoNameButTheAddress() {
    var parsed =
        NotificationParser.parse(
            "Complaint ID: 1000000002\nASIN: B0BRAND002\nRights owner: ip@brand.example\n");

    assertThat(parsed.rightsOwner()).isEmpty();
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("ip@brand.example");
    assertThat(parsed.missing()).contains("rights owner name").doesNotContain("rights owner email");
  }

  @Test
  void aMultiLineNoticeWithCarriageReturnsBulletsAndLabelsInCapitalsIsRead() {
    var parsed =
        NotificationParser.parse(
            "* DATE OF NOTICE: 3 November 2026\r\n* COMPLAINT NUMBER: 7712003344\r\n"
                + "* ASIN: B0DRILL001\r\n* PRODUCT TITLE: Cordless Drill Driver 20V\r\n"
                + "* TYPE OF INFRINGEMENT: Patent\r\n* PATENT NUMBER: US 10,998,877\r\n"
                + "* RIGHTS OWNER NAME: Torquent Tools Inc.\r\n"
                + "* RIGHTS OWNER EMAIL: patents@torquent.example\r\n"
                + "* RESPONSE DUE: Nov 17, 2026\r\n");

    assertThat(parsed.date()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(parsed.respondBy()).isEqualTo(LocalDate.of(2026, 11, 17));
    assertThat(parsed.complaintId()).isEqualTo("7712003344");
    assertThat(parsed.titles()).containsExactly("Cordless Drill Driver 20V");
    assertThat(parsed.type()).isEqualTo(ComplaintType.PATENT);
    assertThat(parsed.registration()).isEqualTo("US 10,998,877");
    assertThat(parsed.rightsOwner()).isEqualTo("Torquent Tools Inc.");
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("patents@torquent.example");
    assertThat(parsed.missing()).isEmpty();
  }

  @Test
  void aOneLineNoticeWithTitlesBesideEachAsinKeepsEachTitle() {
    var parsed =
        NotificationParser.parse(
            "Sent: 2026-10-05 Complaint ID: 3300221100 ASIN: B0TENT0001 Title: Dome Tent 4"
                + " Person ASIN: B0TENT0002 Title: Camping Tarp 3x3 m Infringement type:"
                + " Trademark Trademark asserted: 6654321 Complainant: Ridgeway Outdoor GmbH"
                + " Complainant email: brand@ridgeway.example");

    assertThat(parsed.asins()).containsExactly("B0TENT0001", "B0TENT0002");
    assertThat(parsed.titles()).containsExactly("Dome Tent 4 Person", "Camping Tarp 3x3 m");
    assertThat(parsed.rightsOwner()).isEqualTo("Ridgeway Outdoor GmbH");
    assertThat(parsed.rightsOwnerEmail()).isEqualTo("brand@ridgeway.example");
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2026, 10, 5));
  }
}
