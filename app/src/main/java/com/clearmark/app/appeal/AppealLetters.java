package com.clearmark.app.appeal;

import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintAction;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.sourcing.Invoice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts the letters of an appeal from what was recorded: the plan of action (root cause, immediate
 * actions, preventive measures) and, where the goods are shown to be genuine or authorized, a
 * request to the rights owner to retract the complaint. A person reads and edits every draft before
 * it is sent.
 */
final class AppealLetters {

  private AppealLetters() {}

  public static PdfLetter planOfAction(
      Complaint c, AppealService.AppealReport report, List<Invoice> invoices) {
    var letter = new PdfLetter("Plan of action: complaint " + c.reference());
    letter.paragraph(
        (c.type() == null ? "IP" : c.type().label())
            + " complaint "
            + c.reference()
            + " of "
            + c.noticeDate()
            + (c.rightsOwner().isEmpty() ? "" : " from " + c.rightsOwner())
            + " about "
            + asins(c)
            + ".");
    letter.heading("Root cause");
    letter.paragraph(rootCause(c, invoices));
    letter.heading("Immediate actions");
    if (c.actions().isEmpty()) {
      letter.paragraph("- [Describe what was done on receiving the notice.]");
    }
    for (Complaint.Action a : c.actions()) {
      letter.paragraph(
          "- "
              + a.action().label()
              + " on "
              + a.at().toString().substring(0, 10)
              + (a.note().isEmpty() ? "." : ": " + a.note()));
    }
    letter.heading("Preventive measures");
    for (String measure : preventiveMeasures(c)) {
      letter.paragraph("- " + measure);
    }
    letter.heading("Supporting documents");
    if (invoices.isEmpty()) {
      letter.paragraph("- No invoice covers these products yet.");
    }
    for (Invoice i : invoices) {
      letter.paragraph(
          "- Invoice "
              + i.number()
              + " of "
              + i.date()
              + " from "
              + i.supplier().name()
              + (i.supplier().address().isEmpty() ? "" : ", " + i.supplier().address())
              + (i.supplier().phone().isEmpty() ? "" : ", " + i.supplier().phone())
              + (i.supplier().email().isEmpty() ? "" : ", " + i.supplier().email())
              + (i.supplier().website().isEmpty() ? "" : ", " + i.supplier().website())
              + ".");
    }
    letter.heading("Document checks");
    for (var p : report.products()) {
      for (CheckResult r : p.checks()) {
        letter.paragraph(
            "- " + p.asin() + ", " + r.check() + ": " + r.status() + ". " + r.reason());
      }
    }
    return letter;
  }

  /** Whether a retraction request makes sense: a rights owner to ask, and evidence that holds. */
  public static boolean retractionFits(Complaint c, AppealService.AppealReport report) {
    return !c.rightsOwnerEmail().isEmpty() && c.type() != ComplaintType.PATENT && report.ready();
  }

  public static PdfLetter retractionRequest(Complaint c, List<Invoice> invoices) {
    var letter = new PdfLetter("Request to retract complaint " + c.reference());
    letter.paragraph(
        "To: "
            + (c.rightsOwner().isEmpty() ? "the rights owner" : c.rightsOwner())
            + " <"
            + c.rightsOwnerEmail()
            + ">");
    letter.paragraph(
        "We received notice of your complaint "
            + c.reference()
            + " of "
            + c.noticeDate()
            + " about "
            + asins(c)
            + (c.registration().isEmpty() ? "" : ", asserting registration " + c.registration())
            + ".");
    Set<String> suppliers =
        invoices.stream()
            .map(i -> i.supplier().name())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    letter.paragraph(
        "The goods we sold are genuine. We bought them from "
            + String.join(", ", suppliers)
            + ", as the enclosed invoices "
            + invoices.stream().map(Invoice::number).collect(Collectors.joining(", "))
            + " show. We ask you to retract the complaint with the marketplace.");
    letter.paragraph(
        "If you believe the goods are not genuine, please tell us why so that we can act at once.");
    letter.paragraph("Kind regards,");
    return letter;
  }

  static String rootCause(Complaint c, List<Invoice> invoices) {
    if (c.type() == ComplaintType.COUNTERFEIT
        || c.type() == ComplaintType.COUNTERFEIT_NO_TEST_BUY) {
      return invoices.isEmpty()
          ? "We could not show the source of the units sold: [say where they were bought and why no invoice was kept]."
          : "The units were bought from "
              + invoices.get(0).supplier().name()
              + "; the complaint questions their authenticity. [Say what was found when the stock was inspected.]";
    }
    if (c.type() == ComplaintType.TRADEMARK) {
      return "The listing used the brand name "
          + (c.rightsOwner().isEmpty() ? "of the rights owner" : "of " + c.rightsOwner())
          + " in a way the rights owner objects to. [Say whether it was in the title, the brand field or the search terms, and why.]";
    }
    if (c.type() == ComplaintType.COPYRIGHT) {
      return "The listing used images or text the rights owner says are theirs. [Say where they came from.]";
    }
    return "[Say what caused the complaint.]";
  }

  static List<String> preventiveMeasures(Complaint c) {
    var measures = new ArrayList<String>();
    measures.add(
        "Every listing and every change to one is screened against our registry of protected marks before it is published, and flagged listings are reviewed by a person.");
    if (c.type() != null && c.type().needsProofOfSource()) {
      measures.add(
          "We buy only from suppliers whose invoices show their name, address, phone number, email address and website, and we keep invoices covering every unit sold in the last 365 days.");
    }
    if (c.actions().stream().anyMatch(a -> a.action() == ComplaintAction.SUPPLIER_CHANGED)) {
      measures.add("We no longer buy from the supplier of the units concerned.");
    }
    measures.add(
        "We keep letters of authorization for the brands we sell and are alerted 30 and 7 days before one expires.");
    return measures;
  }

  private static String asins(Complaint c) {
    return c.products().stream().map(Complaint.Product::asin).collect(Collectors.joining(", "));
  }
}
