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
 * actions, preventive measures, supporting documents) and, where the goods are shown to be genuine
 * or authorized, a request to the rights owner to retract the complaint. Both are addressed to
 * people outside the organization, so they hold nothing of Clearmark's own working (no check
 * results, no codes) and end with the organization's signing contact. A person reads and edits
 * every draft before it is sent.
 */
final class AppealLetters {

  private AppealLetters() {}

  static String planTitle(Complaint c) {
    return "Plan of action: complaint " + c.reference();
  }

  static String retractionTitle(Complaint c) {
    return "Request to retract complaint " + c.reference();
  }

  /**
   * The plan of action as text.
   *
   * @param signature the closing lines, from {@link SigningContact#signature}
   */
  static String planOfAction(Complaint c, List<Invoice> invoices, List<String> signature) {
    var text = new StringBuilder();
    text.append(
            (c.type() == null ? "IP" : c.type().label())
                + " complaint "
                + c.reference()
                + " of "
                + c.noticeDate()
                + (c.rightsOwner().isEmpty() ? "" : " from " + c.rightsOwner())
                + " about "
                + asins(c)
                + ".")
        .append("\n\nRoot cause\n\n")
        .append(rootCause(c, invoices))
        .append("\n\nImmediate actions\n\n");
    List<String> actions = new ArrayList<>();
    if (c.actions().isEmpty()) {
      actions.add("- [Describe what was done on receiving the notice.]");
    }
    for (Complaint.Action a : c.actions()) {
      actions.add(
          "- "
              + a.action().label()
              + " on "
              + a.at().toString().substring(0, 10)
              + (a.note().isEmpty() ? "." : ": " + a.note()));
    }
    text.append(String.join("\n", actions)).append("\n\nPreventive measures\n\n");
    text.append(
        preventiveMeasures(c).stream().map(m -> "- " + m).collect(Collectors.joining("\n")));
    text.append("\n\nSupporting documents\n\n");
    if (invoices.isEmpty()) {
      text.append("- [List the invoices enclosed: no invoice covers these products yet.]");
    } else {
      text.append(
          invoices.stream().map(AppealLetters::invoiceLine).collect(Collectors.joining("\n")));
    }
    text.append("\n\n").append(String.join("\n", signature));
    return text.toString();
  }

  private static String invoiceLine(Invoice i) {
    return "- Invoice "
        + i.number()
        + " of "
        + i.date()
        + " from "
        + i.supplier().name()
        + (i.supplier().address().isEmpty() ? "" : ", " + i.supplier().address())
        + (i.supplier().phone().isEmpty() ? "" : ", " + i.supplier().phone())
        + (i.supplier().email().isEmpty() ? "" : ", " + i.supplier().email())
        + (i.supplier().website().isEmpty() ? "" : ", " + i.supplier().website())
        + ".";
  }

  /**
   * Whether a retraction request can be written at all: a rights owner to write to, and a complaint
   * a retraction answers (a patent complaint goes to the marketplace's patent process).
   */
  static boolean retractionPossible(Complaint c) {
    return !c.rightsOwnerEmail().isEmpty() && c.type() != ComplaintType.PATENT;
  }

  /** Whether a retraction request should go with the package: possible, and evidence that holds. */
  static boolean retractionFits(Complaint c, boolean ready) {
    return retractionPossible(c) && ready;
  }

  static String retractionRequest(Complaint c, List<Invoice> invoices, List<String> signature) {
    Set<String> suppliers =
        invoices.stream()
            .map(i -> i.supplier().name())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return "To: "
        + (c.rightsOwner().isEmpty() ? "the rights owner" : c.rightsOwner())
        + " <"
        + c.rightsOwnerEmail()
        + ">\n\n"
        + "We received notice of your complaint "
        + c.reference()
        + " of "
        + c.noticeDate()
        + " about "
        + asins(c)
        + (c.registration().isEmpty() ? "" : ", asserting registration " + c.registration())
        + ".\n\n"
        + (invoices.isEmpty()
            ? "The goods we sold are genuine. [Say where they were bought and enclose the"
                + " invoices.]"
            : "The goods we sold are genuine. We bought them from "
                + String.join(", ", suppliers)
                + ", as the enclosed invoices "
                + invoices.stream().map(Invoice::number).collect(Collectors.joining(", "))
                + " show.")
        + " We ask you to retract the complaint with the marketplace.\n\n"
        + "If you believe the goods are not genuine, please tell us why so that we can act at"
        + " once.\n\n"
        + String.join("\n", signature);
  }

  static String rootCause(Complaint c, List<Invoice> invoices) {
    if (c.type() == ComplaintType.COUNTERFEIT
        || c.type() == ComplaintType.COUNTERFEIT_NO_TEST_BUY) {
      return invoices.isEmpty()
          ? "We could not show the source of the units sold: [say where they were bought and why no"
              + " invoice was kept]."
          : "The units were bought from "
              + invoices.get(0).supplier().name()
              + "; the complaint questions their authenticity. [Say what was found when the stock"
              + " was inspected.]";
    }
    if (c.type() == ComplaintType.TRADEMARK) {
      return "The listing used the brand name "
          + (c.rightsOwner().isEmpty() ? "of the rights owner" : "of " + c.rightsOwner())
          + " in a way the rights owner objects to. [Say whether it was in the title, the brand"
          + " field or the search terms, and why.]";
    }
    if (c.type() == ComplaintType.COPYRIGHT) {
      return "The listing used images or text the rights owner says are theirs. [Say where they"
          + " came from.]";
    }
    return "[Say what caused the complaint.]";
  }

  static List<String> preventiveMeasures(Complaint c) {
    var measures = new ArrayList<String>();
    measures.add(
        "Every listing and every change to one is screened against our registry of protected marks"
            + " before it is published, and flagged listings are reviewed by a person.");
    if (c.type() != null && c.type().needsProofOfSource()) {
      measures.add(
          "We buy only from suppliers whose invoices show their name, address, phone number, email"
              + " address and website, and we keep invoices covering every unit sold in the last"
              + " 365 days.");
    }
    if (c.actions().stream().anyMatch(a -> a.action() == ComplaintAction.SUPPLIER_CHANGED)) {
      measures.add("We no longer buy from the supplier of the units concerned.");
    }
    measures.add(
        "We keep letters of authorization for the brands we sell and are alerted 30 and 7 days"
            + " before one expires.");
    return measures;
  }

  private static String asins(Complaint c) {
    return c.products().stream().map(Complaint.Product::asin).collect(Collectors.joining(", "));
  }
}
