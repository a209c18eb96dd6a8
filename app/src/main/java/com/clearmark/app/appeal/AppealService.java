package com.clearmark.app.appeal;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.complaint.AppealReadiness;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.document.Documents;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

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

  AppealService(
      ComplaintService complaints,
      Invoices invoices,
      SalesRecords sales,
      Authorizations authorizations,
      Documents documents) {
    this.complaints = complaints;
    this.invoices = invoices;
    this.sales = sales;
    this.authorizations = authorizations;
    this.documents = documents;
  }

  /**
   * The appeal package as a ZIP: the plan of action and, where it fits, the retraction request as
   * PDF, a summary of the checks, and the invoices relied on.
   */
  public byte[] packageFor(Caller caller, long complaintId) {
    Complaint c = complaints.get(caller, complaintId);
    AppealReport report = check(caller, complaintId);
    long org = caller.organizationId();
    var relied = new LinkedHashMap<Long, Invoice>();
    List<Invoice> all = invoices.all(org);
    for (var p : c.products()) {
      var appeal =
          appealCase(c.type(), c.noticeDate(), p.asin(), c.brand(), all, List.of(), List.of());
      appeal.invoicesWithinYear().forEach(i -> relied.put(i.id(), i));
    }
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "plan-of-action.pdf",
          AppealLetters.planOfAction(c, report, List.copyOf(relied.values())).toBytes());
      if (AppealLetters.retractionFits(c, report)) {
        put(
            zip,
            "retraction-request.pdf",
            AppealLetters.retractionRequest(c, List.copyOf(relied.values())).toBytes());
      }
      var summary =
          new StringBuilder(
              "Complaint "
                  + c.reference()
                  + ": "
                  + (report.ready() ? "ready to send" : "NOT ready: fix the failed checks first")
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
      for (Invoice i : relied.values()) {
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

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /** The checks of one product of the complaint, and whether its evidence is ready to send. */
  public record ProductCheck(
      String asin, String title, boolean ready, List<CheckResult> checks, List<String> evidence) {}

  public record AppealReport(
      long complaintId, String reference, boolean ready, List<ProductCheck> products) {}

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
                  return new ProductCheck(
                      p.asin(), p.title(), AppealChecks.ready(results), results, evidence);
                })
            .toList();
    return new AppealReport(
        c.id(), c.reference(), products.stream().allMatch(ProductCheck::ready), products);
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
