package com.clearmark.app.appeal;

import static com.clearmark.app.appeal.Cases.ASIN;
import static com.clearmark.app.appeal.Cases.NOTICE;
import static com.clearmark.app.appeal.Cases.evergreenWholesale;
import static com.clearmark.app.appeal.Cases.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintAction;
import com.clearmark.app.complaint.ComplaintOrigin;
import com.clearmark.app.complaint.ComplaintStatus;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.sourcing.Invoice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The letters go to people outside the organization: they carry the seller's evidence and
 * signature, never Clearmark's own working.
 */
class AppealLettersTest {

  static final SigningContact DANA =
      new SigningContact(
          "Dana Reyes", "dana@zorvix-shop.example", "+1 555 0100", "4 Pier St\nSeattle");

  static Complaint trademarkComplaint(String rightsOwnerEmail) {
    return new Complaint(
        7,
        "9876543210",
        ComplaintType.TRADEMARK,
        ComplaintOrigin.RECEIVED,
        ComplaintStatus.ACTION_TAKEN,
        NOTICE,
        "6123456",
        "Voltra Power Inc.",
        rightsOwnerEmail,
        false,
        "Zorvix",
        List.of(new Complaint.Product(ASIN, "Zorvix 65W charger")),
        List.of(
            new Complaint.Action(
                ComplaintAction.LISTING_EDITED,
                "Removed Voltra from the title",
                "Dana Reyes",
                Instant.parse("2026-10-03T09:00:00Z"))),
        List.of(),
        "",
        Instant.parse("2026-10-02T12:00:00Z"));
  }

  static final List<Invoice> INVOICES =
      List.of(invoice("INV-1", NOTICE.minusDays(100), evergreenWholesale(), 150));

  @Test
  void thePlanOfActionHoldsNoInternalCheckResults() {
    String plan =
        AppealLetters.planOfAction(
            trademarkComplaint(""), INVOICES, DANA.signature("Zorvix Shop LLC"));
    assertThat(plan)
        .contains("Root cause", "Immediate actions", "Preventive measures", "Supporting documents")
        .contains("Removed Voltra from the title")
        .contains("Invoice INV-1 of 2026-06-24 from Evergreen Wholesale Ltd")
        .doesNotContain("Document checks")
        .doesNotContainIgnoringCase("not_applicable")
        .doesNotContain("PASS", "FAIL", "N/A");
  }

  @Test
  void bothLettersEndWithTheOrganizationsSigningContact() {
    var signature = DANA.signature("Zorvix Shop LLC");
    assertThat(signature)
        .containsExactly(
            "Kind regards,",
            "Dana Reyes",
            "Zorvix Shop LLC",
            "dana@zorvix-shop.example",
            "+1 555 0100",
            "4 Pier St, Seattle");
    String signed = String.join("\n", signature);
    assertThat(AppealLetters.planOfAction(trademarkComplaint(""), INVOICES, signature))
        .endsWith(signed);
    assertThat(
            AppealLetters.retractionRequest(
                trademarkComplaint("bp@voltra.example"), INVOICES, signature))
        .startsWith("To: Voltra Power Inc. <bp@voltra.example>")
        .contains("We bought them from Evergreen Wholesale Ltd, as the enclosed invoices INV-1")
        .endsWith(signed);
  }

  @Test
  void withoutAContactTheSignatureIsAPlaceholderToFillIn() {
    assertThat(SigningContact.placeholderSignature("Zorvix Shop LLC"))
        .containsExactly("Kind regards,", "[Your name]", "Zorvix Shop LLC", "[Your email address]");
  }

  @Test
  void aContactWithoutNameOrWithABadEmailIsRefusedByField() {
    assertThatThrownBy(() -> new SigningContact(" ", "not-an-email", "", ""))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fields())
                    .containsEntry("name", "enter the name of the person who signs the letters")
                    .containsEntry("email", "enter an email address such as name@example.com"));
  }

  @Test
  void aRetractionRequestIsOfferedOnlyWithARightsOwnerToWriteToAndNeverForAPatent() {
    assertThat(AppealLetters.retractionPossible(trademarkComplaint(""))).isFalse();
    assertThat(AppealLetters.retractionPossible(trademarkComplaint("bp@voltra.example"))).isTrue();
    assertThat(AppealLetters.retractionFits(trademarkComplaint("bp@voltra.example"), false))
        .isFalse();
  }

  @Test
  void theTextIsReadAsHeadingsAndParagraphsAsTyped() {
    var letter =
        new Letter(
            LetterKind.PLAN_OF_ACTION,
            "Plan of action",
            "Intro sentence.\r\n\r\nRoot cause\n\nIt was a mistake.\n\n- one\n- two\n\n\nKind"
                + " regards,\nDana Reyes",
            true);
    assertThat(letter.blocks())
        .extracting(Letter.Block::heading, Letter.Block::lines)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(false, List.of("Intro sentence.")),
            org.assertj.core.groups.Tuple.tuple(true, List.of("Root cause")),
            org.assertj.core.groups.Tuple.tuple(false, List.of("It was a mistake.")),
            org.assertj.core.groups.Tuple.tuple(false, List.of("- one", "- two")),
            org.assertj.core.groups.Tuple.tuple(false, List.of("Kind regards,", "Dana Reyes")));
  }

  @Test
  void anEmptyOrOverlongLetterIsRefusedWithItsReason() {
    assertThatThrownBy(() -> Letter.normalized("  \n "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fields())
                    .containsEntry("text", "write the letter; it cannot be empty"));
    assertThatThrownBy(() -> Letter.normalized("x".repeat(Letter.MAX_LENGTH + 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fields().get("text")).contains("keep it to 20000"));
  }
}
