package com.clearmark.app.appeal;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.complaint.AppealReadiness;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.document.Documents;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.sourcing.Invoice;
import com.clearmark.app.sourcing.Invoices;
import com.clearmark.app.sourcing.Sales;
import com.clearmark.app.sourcing.SalesRecords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers, for each product of a complaint, the invoices, sales and authorizations that concern it,
 * and runs the document checks; the complaint's page shows them through {@link AppealReadiness}.
 */
@Service
class AppealService implements AppealReadiness {

  private final ComplaintService complaints;
  private final Invoices invoices;
  private final SalesRecords sales;
  private final Authorizations authorizations;
  private final Documents documents;
  private final LetterDrafts drafts;
  private final SigningContacts contacts;
  private final AuditLog audit;

  AppealService(
      ComplaintService complaints,
      Invoices invoices,
      SalesRecords sales,
      Authorizations authorizations,
      Documents documents,
      LetterDrafts drafts,
      SigningContacts contacts,
      AuditLog audit) {
    this.drafts = drafts;
    this.contacts = contacts;
    this.audit = audit;
    this.complaints = complaints;
    this.invoices = invoices;
    this.sales = sales;
    this.authorizations = authorizations;
    this.documents = documents;
  }

  /**
   * The appeal package as a ZIP: the plan of action and, where it fits, the retraction request as
   * PDF (as the seller last saved them), a summary of the checks, and the invoices relied on.
   */
  public byte[] packageFor(Caller caller, long complaintId) {
    AppealReport report = check(caller, complaintId);
    long org = caller.organizationId();
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      put(zip, "plan-of-action.pdf", report.letters().plan().pdf());
      if (report.letters().retractionFits()) {
        put(zip, "retraction-request.pdf", report.letters().retraction().pdf());
      }
      var summary =
          new StringBuilder(
              "Complaint "
                  + report.reference()
                  + ": "
                  + (report.ready()
                      ? "ready to send"
                      : "NOT ready: these checks stop it: "
                          + report.products().stream()
                              .flatMap(p -> p.blocking().stream())
                              .map(CheckResult::check)
                              .distinct()
                              .collect(Collectors.joining("; ")))
                  + "\n");
      for (var p : report.products()) {
        for (CheckResult r : p.checks()) {
          summary
              .append(p.asin())
              .append(" | ")
              .append(r.status())
              .append(" | ")
              .append(r.check())
              .append(" | ")
              .append(r.reason())
              .append('\n');
        }
      }
      put(zip, "checks.txt", summary.toString().getBytes(StandardCharsets.UTF_8));
      var names = new HashSet<String>();
      for (Invoice i : relied(complaints.get(caller, complaintId), invoices.all(org))) {
        var documentId = invoices.documentOf(org, i.id());
        if (documentId.isEmpty()) {
          continue;
        }
        var content = documents.content(org, documentId.get());
        String name =
            "evidence/invoice-"
                + i.number().replaceAll("[^A-Za-z0-9._-]", "_")
                + "."
                + content.type().id();
        if (names.add(name)) {
          put(zip, name, Files.readAllBytes(content.path()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not build the appeal package", e);
    }
    return bytes.toByteArray();
  }

  /** The invoices an appeal relies on: those dated within the year before the notice. */
  private static List<Invoice> relied(Complaint c, List<Invoice> all) {
    var relied = new LinkedHashMap<Long, Invoice>();
    for (var p : c.products()) {
      var appeal =
          appealCase(c.type(), c.noticeDate(), p.asin(), c.brand(), all, List.of(), List.of());
      appeal.invoicesWithinYear().forEach(i -> relied.put(i.id(), i));
    }
    return List.copyOf(relied.values());
  }

  /**
   * The letters of an appeal as the page offers them, each the seller's saved edit or else the
   * generated draft.
   *
   * @param retraction null when no retraction request can be written for this complaint
   * @param retractionFits whether the retraction request goes with the package now
   * @param contact who signs; null until the organization has set one
   */
  public record Letters(
      Letter plan, Letter retraction, boolean retractionFits, SigningContact contact) {}

  private Letters letters(Caller caller, Complaint c, List<Invoice> all, boolean ready) {
    long org = caller.organizationId();
    var contact = contacts.of(org);
    List<String> signature =
        contact
            .map(k -> k.signature(caller.organizationName()))
            .orElseGet(() -> SigningContact.placeholderSignature(caller.organizationName()));
    List<Invoice> relied = relied(c, all);
    Letter plan =
        letter(
            org,
            c,
            LetterKind.PLAN_OF_ACTION,
            AppealLetters.planTitle(c),
            () -> AppealLetters.planOfAction(c, relied, signature));
    Letter retraction =
        AppealLetters.retractionPossible(c)
            ? letter(
                org,
                c,
                LetterKind.RETRACTION_REQUEST,
                AppealLetters.retractionTitle(c),
                () -> AppealLetters.retractionRequest(c, relied, signature))
            : null;
    return new Letters(
        plan, retraction, AppealLetters.retractionFits(c, ready), contact.orElse(null));
  }

  private Letter letter(
      long org, Complaint c, LetterKind kind, String title, Supplier<String> generated) {
    var saved = drafts.text(org, c.id(), kind);
    return new Letter(kind, title, saved.orElseGet(generated), saved.isPresent());
  }

  /** One letter of the complaint's appeal, as it would be sent now. */
  Letter letter(Caller caller, long complaintId, LetterKind kind) {
    var letters = check(caller, complaintId).letters();
    Letter letter = kind == LetterKind.PLAN_OF_ACTION ? letters.plan() : letters.retraction();
    if (letter == null) {
      throw new NotFoundException(
          "Complaint "
              + complaintId
              + " has no retraction request: it needs the rights owner's email address and is"
              + " not a patent complaint.");
    }
    return letter;
  }

  /**
   * Keeps the seller's edit of a letter; it is what the page, the downloads and the package use.
   */
  @Transactional
  public void saveLetter(Caller caller, long complaintId, LetterKind kind, String text) {
    caller.require(Role.REVIEWER);
    Letter current = letter(caller, complaintId, kind);
    String edited = Letter.normalized(text);
    if (edited.equals(current.text())) {
      return;
    }
    drafts.save(caller.organizationId(), complaintId, kind, edited, caller.userName());
    audit.record(
        caller,
        AuditAction.APPEAL_LETTER_EDITED,
        "COMPLAINT",
        complaintId,
        current.title() + " edited (" + edited.length() + " characters)",
        null);
  }

  /** Goes back to the generated draft of a letter; whether there was an edit to forget. */
  @Transactional
  public boolean resetLetter(Caller caller, long complaintId, LetterKind kind) {
    caller.require(Role.REVIEWER);
    Letter current = letter(caller, complaintId, kind);
    boolean had = drafts.discard(caller.organizationId(), complaintId, kind);
    if (had) {
      audit.record(
          caller,
          AuditAction.APPEAL_LETTER_RESET,
          "COMPLAINT",
          complaintId,
          current.title() + " set back to the generated draft",
          null);
    }
    return had;
  }

  Optional<SigningContact> contact(Caller caller) {
    return contacts.of(caller.organizationId());
  }

  @Transactional
  public void saveContact(Caller caller, SigningContact contact) {
    caller.require(Role.ADMIN);
    contacts.save(caller.organizationId(), contact);
    audit.record(
        caller,
        AuditAction.APPEAL_CONTACT_CHANGED,
        "ORGANIZATION",
        caller.organizationId(),
        "Appeal letters are signed by " + contact.name() + " <" + contact.email() + ">",
        null);
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /** The checks of one product of the complaint, and whether its evidence is ready to send. */
  public record ProductCheck(
      String asin,
      String title,
      boolean ready,
      List<CheckResult> checks,
      List<CheckResult> blocking,
      List<String> evidence) {}

  /**
   * @param ready every product's evidence is ready: every required check passed
   */
  public record AppealReport(
      long complaintId,
      String reference,
      boolean ready,
      List<ProductCheck> products,
      Letters letters) {}

  @Override
  public AppealReport check(Caller caller, long complaintId) {
    Complaint c = complaints.get(caller, complaintId);
    if (c.noticeDate() == null || c.type() == null || c.products().isEmpty()) {
      throw new ConflictException(
          "Fill in the notice date, the infringement type and the ASINs of complaint "
              + complaintId
              + " before building the appeal.");
    }
    long org = caller.organizationId();
    List<Invoice> allInvoices = invoices.all(org);
    List<Sales> allSales = sales.all(org);
    var allAuthorizations = authorizations.all(org);
    List<ProductCheck> products =
        c.products().stream()
            .map(
                p -> {
                  var base =
                      appealCase(
                          c.type(),
                          c.noticeDate(),
                          p.asin(),
                          c.brand(),
                          allInvoices,
                          allSales,
                          allAuthorizations);
                  var files =
                      base.invoicesWithinYear().stream()
                          .filter(i -> !i.documentName().isEmpty())
                          .map(i -> new EvidenceFile(i.documentName(), i.documentType()))
                          .toList();
                  var appeal =
                      new AppealCase(
                          base.type(),
                          base.noticeDate(),
                          base.asin(),
                          base.sku(),
                          base.brand(),
                          base.marketplace(),
                          base.invoices(),
                          base.sales(),
                          base.authorizations(),
                          files,
                          true);
                  var results = AppealChecks.run(appeal);
                  var evidence =
                      appeal.invoicesWithinYear().stream()
                          .map(
                              i ->
                                  "Invoice "
                                      + i.number()
                                      + " of "
                                      + i.date()
                                      + " from "
                                      + i.supplier().name())
                          .toList();
                  var blocking = AppealChecks.blocking(results);
                  return new ProductCheck(
                      p.asin(), p.title(), blocking.isEmpty(), results, blocking, evidence);
                })
            .toList();
    boolean ready = products.stream().allMatch(ProductCheck::ready);
    return new AppealReport(
        c.id(), c.reference(), ready, products, letters(caller, c, allInvoices, ready));
  }

  static AppealCase appealCase(
      ComplaintType type,
      LocalDate notice,
      String asin,
      String brand,
      List<Invoice> invoices,
      List<Sales> sales,
      List<Authorization> authorizations) {
    return new AppealCase(
        type, notice, asin, "", brand, "", invoices, sales, authorizations, List.of(), true);
  }
}
