package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.support.FormPages;
import com.clearmark.app.support.TestClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaints page's "Record by hand" form: a refused complaint comes back on the same page with
 * each field's own message beside it and everything typed still in the form.
 */
class ComplaintFormPageTest extends FormPages {

  @Autowired ComplaintService complaints;

  Caller seller;

  @BeforeEach
  void seller() {
    seller = adminOf("Pinecrest Gear");
  }

  static Map<String, List<String>> typed() {
    var fields = new LinkedHashMap<String, List<String>>();
    fields.put("reference", List.of("CASE-4471"));
    fields.put("type", List.of("COUNTERFEIT"));
    fields.put("noticeDate", List.of(TestClock.TODAY.minusDays(2).toString()));
    fields.put("asins", List.of("B0LANTERN1, B0STOVE002"));
    fields.put("rightsOwner", List.of("Zorvix Brand Holdings"));
    fields.put("rightsOwnerEmail", List.of("legal@zorvix.example"));
    fields.put("registration", List.of("US 5,123,456"));
    fields.put("accountHealthBelow100", List.of("true"));
    return fields;
  }

  @Test
  void aComplaintWithoutAnIdShowsTheMessageBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
    var fields = typed();
    fields.put("reference", List.of("  "));

    var result = post(seller, "/complaints", fields);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    var page = html(result);
    assertThat(page.selectFirst("#reference-error").text())
        .isEqualTo("enter the complaint ID from the notice");
    assertThat(page.selectFirst("#reference").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#reference").attr("aria-describedby"))
        .isEqualTo("reference-error");
    assertThat(page.selectFirst("#asins").val()).isEqualTo("B0LANTERN1, B0STOVE002");
    assertThat(page.selectFirst("#rightsOwner").val()).isEqualTo("Zorvix Brand Holdings");
    assertThat(page.selectFirst("#rightsOwnerEmail").val()).isEqualTo("legal@zorvix.example");
    assertThat(page.selectFirst("#registration").val()).isEqualTo("US 5,123,456");
    assertThat(page.selectFirst("#noticeDate").val())
        .isEqualTo(TestClock.TODAY.minusDays(2).toString());
    assertThat(page.selectFirst("#type option[selected]").val()).isEqualTo("COUNTERFEIT");
    assertThat(page.selectFirst("#form-health").hasAttr("checked")).isTrue();
    assertThat(page.select(".field-error")).hasSize(1);
    assertThat(complaints.all(seller)).isEmpty();
  }

  @Test
  void aNoticeDatedInTheFutureIsNamedBesideTheDate() throws Exception {
    var fields = typed();
    fields.put("noticeDate", List.of(TestClock.TODAY.plusDays(3).toString()));

    var page = html(post(seller, "/complaints", fields));

    assertThat(page.selectFirst("#noticeDate-error").text())
        .isEqualTo("the notice date " + TestClock.TODAY.plusDays(3) + " is in the future");
    assertThat(page.selectFirst("#noticeDate").val())
        .isEqualTo(TestClock.TODAY.plusDays(3).toString());
    assertThat(page.selectFirst("#reference").val()).isEqualTo("CASE-4471");
    assertThat(page.select("#reference-error")).isEmpty();
  }

  @Test
  void aDateThatIsNotADateAndAnAddressThatIsNotOneAreEachNamedBesideTheirOwnField()
      throws Exception {
    var fields = typed();
    fields.put("noticeDate", List.of("last Tuesday"));
    fields.put("rightsOwnerEmail", List.of("legal at zorvix"));

    var page = html(post(seller, "/complaints", fields));

    assertThat(page.selectFirst("#noticeDate-error").text())
        .isEqualTo("enter the date as YYYY-MM-DD");
    assertThat(page.selectFirst("#rightsOwnerEmail-error").text())
        .isEqualTo("enter an email address like legal@brand.example");
    assertThat(page.selectFirst("#rightsOwnerEmail").val()).isEqualTo("legal at zorvix");
    assertThat(page.selectFirst("#noticeDate").val()).isEqualTo("last Tuesday");
  }

  @Test
  void aMissingIdAndANoticeDateInTheFutureAreNamedTogether() throws Exception {
    var fields = typed();
    fields.put("reference", List.of(""));
    fields.put("noticeDate", List.of(TestClock.TODAY.plusDays(1).toString()));

    var page = html(post(seller, "/complaints", fields));

    assertThat(page.selectFirst("#reference-error").text())
        .isEqualTo("enter the complaint ID from the notice");
    assertThat(page.selectFirst("#noticeDate-error").text())
        .isEqualTo("the notice date " + TestClock.TODAY.plusDays(1) + " is in the future");
    assertThat(page.select(".field-error")).hasSize(2);
  }

  @Test
  void anAsinThatIsNotOneIsNamedBesideTheAsins() throws Exception {
    var fields = typed();
    fields.put("asins", List.of("B0LANTERN1, LANTERN"));

    var page = html(post(seller, "/complaints", fields));

    assertThat(page.selectFirst("#asins-error").text())
        .isEqualTo("\"LANTERN\" is not an ASIN (10 letters and digits)");
    assertThat(page.selectFirst("#asins").val()).isEqualTo("B0LANTERN1, LANTERN");
  }

  @Test
  void aRightsOwnerTooLongToStoreIsRefusedWithItsLengthAndTheFieldSaysItsLimit() throws Exception {
    var fields = typed();
    fields.put("rightsOwner", List.of("x".repeat(FieldLimits.RIGHTS_OWNER + 5)));

    var page = html(post(seller, "/complaints", fields));

    assertThat(page.selectFirst("#rightsOwner-error").text())
        .isEqualTo(
            "at most "
                + FieldLimits.RIGHTS_OWNER
                + " characters, got "
                + (FieldLimits.RIGHTS_OWNER + 5));
    assertThat(page.selectFirst("#rightsOwner").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.RIGHTS_OWNER));
  }

  @Test
  void aComplaintTypedRightIsRecordedAndTheSellerIsTakenToIt() throws Exception {
    var result = post(seller, "/complaints", typed());

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).matches("/complaints/\\d+");
    var recorded = complaints.all(seller);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).reference()).isEqualTo("CASE-4471");
    assertThat(recorded.get(0).products()).hasSize(2);
    assertThat(recorded.get(0).accountHealthBelow100()).isTrue();
  }

  @Test
  void aComplaintWithTheHealthBoxLeftUntickedIsRecordedWithoutIt() throws Exception {
    var fields = typed();
    fields.remove("accountHealthBelow100");

    var result = post(seller, "/complaints", fields);

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(complaints.all(seller).get(0).accountHealthBelow100()).isFalse();
  }

  @Test
  void anEmptyPasteIsNamedBesideTheTextBox() throws Exception {
    var result =
        post(
            seller,
            "/complaints/paste",
            Map.of("text", List.of("   "), "accountHealthBelow100", List.of("true")));

    var page = html(result);
    assertThat(page.selectFirst("#notification-error").text())
        .isEqualTo("paste the notification text");
    assertThat(page.selectFirst("#notification").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#paste-health").hasAttr("checked")).isTrue();
  }
}
