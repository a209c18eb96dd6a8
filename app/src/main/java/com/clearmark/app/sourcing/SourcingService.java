package com.clearmark.app.sourcing;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.document.Documents;
import com.clearmark.app.document.StoredDocument;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.FieldLengths;
import com.clearmark.app.web.StoredLength;
import jakarta.validation.constraints.NotBlank;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suppliers, invoices and sales: the seller's proof of source. */
@Service
public class SourcingService {

  private final Suppliers suppliers;
  private final Invoices invoices;
  private final SalesRecords sales;
  private final Documents documents;
  private final AuditLog audit;
  private final Clock clock;

  SourcingService(
      Suppliers suppliers,
      Invoices invoices,
      SalesRecords sales,
      Documents documents,
      AuditLog audit,
      Clock clock) {
    this.suppliers = suppliers;
    this.invoices = invoices;
    this.sales = sales;
    this.documents = documents;
    this.audit = audit;
    this.clock = clock;
  }

  /** A supplier as entered on the suppliers page or sent to the API. */
  public record SupplierForm(
      @NotBlank(message = "enter the supplier's name")
          @StoredLength(max = FieldLimits.SUPPLIER_NAME)
          String name,
      @StoredLength(max = FieldLimits.SUPPLIER_ADDRESS) String address,
      @StoredLength(max = FieldLimits.PHONE) String phone,
      @StoredLength(max = FieldLimits.EMAIL) String email,
      @StoredLength(max = FieldLimits.WEBSITE) String website) {}

  public record LineForm(
      String brand, String product, String asin, String sku, Long quantity, BigDecimal unitPrice) {}

  public record InvoiceForm(Long supplierId, String number, LocalDate date, List<LineForm> lines) {}

  public record SalesRow(String asin, String sku, LocalDate from, LocalDate to, Long units) {}

  @Transactional
  public Supplier addSupplier(Caller caller, SupplierForm form) {
    caller.require(Role.REVIEWER);
    var s = checked(form);
    var same = suppliers.withName(caller.organizationId(), s.name());
    if (same.isPresent()) {
      throw new SameSupplierException(same.get().name(), same.get().id());
    }
    long id = suppliers.add(caller.organizationId(), s);
    audit.record(caller, AuditAction.SUPPLIER_ADDED, "SUPPLIER", id, s.name(), null);
    return suppliers.find(caller.organizationId(), id).orElseThrow();
  }

  /** The supplier a form describes, refused by field when a value is too long or missing. */
  private static Supplier checked(SupplierForm form) {
    if (form == null || form.name() == null || form.name().isBlank()) {
      throw new InvalidInputException("name", "enter the supplier's name");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    FieldLengths.check(errors, "name", form.name(), FieldLimits.SUPPLIER_NAME);
    FieldLengths.check(errors, "address", form.address(), FieldLimits.SUPPLIER_ADDRESS);
    FieldLengths.check(errors, "phone", form.phone(), FieldLimits.PHONE);
    FieldLengths.check(errors, "email", form.email(), FieldLimits.EMAIL);
    FieldLengths.check(errors, "website", form.website(), FieldLimits.WEBSITE);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The supplier has invalid fields.", errors);
    }
    return new Supplier(0, form.name(), form.address(), form.phone(), form.email(), form.website());
  }

  /** The supplier's revision, for a form that corrects it to send back. */
  public long supplierRevision(Caller caller, long id) {
    supplier(caller, id);
    return suppliers.revision(caller.organizationId(), id);
  }

  /**
   * Corrects a supplier's details in place: every invoice naming it shows the corrected details,
   * and so do the appeal checks that read them.
   *
   * @param revision the supplier's revision as read, or null to correct it as it is now
   * @throws ConflictException when it changed since it was read, or the new name is another's
   */
  @Transactional
  public Supplier correctSupplier(Caller caller, long id, Long revision, SupplierForm form) {
    caller.require(Role.REVIEWER);
    var before = supplier(caller, id);
    var after = checked(form);
    var same = suppliers.withName(caller.organizationId(), after.name());
    if (same.isPresent() && same.get().id() != id) {
      throw new SameSupplierException(same.get().name(), same.get().id());
    }
    long read = revision == null ? suppliers.revision(caller.organizationId(), id) : revision;
    suppliers.corrected(caller.organizationId(), id, read, after);
    audit.record(
        caller,
        AuditAction.SUPPLIER_CORRECTED,
        "SUPPLIER",
        id,
        "before: " + summary(before) + "; after: " + summary(after),
        null);
    return supplier(caller, id);
  }

  /**
   * Deletes a supplier recorded by mistake. One that invoices name is kept, since the invoices are
   * proof of source; it can be corrected instead.
   *
   * @throws ConflictException naming how many invoices keep it, or that it changed meanwhile
   */
  @Transactional
  public void deleteSupplier(Caller caller, long id, Long revision) {
    caller.require(Role.REVIEWER);
    var s = supplier(caller, id);
    int named = suppliers.invoices(caller.organizationId(), id);
    if (named > 0) {
      throw new ConflictException(
          s.name()
              + " is named on "
              + named
              + (named == 1 ? " invoice" : " invoices")
              + " and is kept as their proof of source: correct its details with Edit instead.");
    }
    long read = revision == null ? suppliers.revision(caller.organizationId(), id) : revision;
    suppliers.removed(caller.organizationId(), id, read);
    audit.record(caller, AuditAction.SUPPLIER_DELETED, "SUPPLIER", id, summary(s), null);
  }

  private static String summary(Supplier s) {
    return s.name()
        + " | address: "
        + orNone(s.address())
        + " | phone: "
        + orNone(s.phone())
        + " | email: "
        + orNone(s.email())
        + " | website: "
        + orNone(s.website());
  }

  private static String orNone(String value) {
    return value.isEmpty() ? "(none)" : value;
  }

  public Supplier supplier(Caller caller, long id) {
    return suppliers
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("supplier", id));
  }

  public Invoice invoice(Caller caller, long id) {
    return invoices
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("invoice", id));
  }

  /** The lines of an invoice form, refused with every problem by field when any is wrong. */
  private List<InvoiceLine> checked(InvoiceForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "send the invoice as JSON");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.supplierId() == null) {
      errors.put("supplierId", "choose the supplier");
    }
    if (form.number() == null || form.number().isBlank()) {
      errors.put("number", "enter the invoice number");
    }
    FieldLengths.check(errors, "number", form.number(), FieldLimits.INVOICE_NUMBER);
    LocalDate today = Timestamps.today(clock);
    if (form.date() == null) {
      errors.put("date", "enter the invoice date");
    } else if (form.date().isAfter(today)) {
      errors.put("date", "the invoice date " + form.date() + " is in the future");
    }
    List<InvoiceLine> lines = new ArrayList<>();
    List<LineForm> given = form.lines() == null ? List.of() : form.lines();
    if (given.isEmpty()) {
      errors.put("lines", "add at least one line");
    } else if (given.size() > FieldLimits.LINES_PER_INVOICE) {
      errors.put(
          "lines",
          "an invoice has at most "
              + FieldLimits.LINES_PER_INVOICE
              + " lines, got "
              + given.size()
              + "; record a longer one as several invoices");
      given = List.of();
    }
    for (int i = 0; i < given.size(); i++) {
      var l = given.get(i);
      if (l == null) {
        errors.put("lines[" + i + "]", "an empty line");
        continue;
      }
      try {
        lines.add(
            InvoiceLine.entered(
                l.brand(),
                l.product(),
                l.asin(),
                l.sku(),
                l.quantity() == null ? 0 : l.quantity(),
                l.unitPrice()));
      } catch (IllegalArgumentException e) {
        errors.put("lines[" + i + "]", e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The invoice has invalid fields.", errors);
    }
    return lines;
  }

  /** The invoice's revision, for a form that corrects it to send back. */
  public long invoiceRevision(Caller caller, long id) {
    invoice(caller, id);
    return invoices.revision(caller.organizationId(), id);
  }

  /**
   * Corrects an invoice in place: its supplier, number, date and lines; its attached document
   * stays.
   *
   * @param revision the invoice's revision as read, or null to correct it as it is now
   * @throws ConflictException when it changed since it was read, or the supplier has another
   *     invoice with the number
   */
  @Transactional
  public Invoice correctInvoice(Caller caller, long id, Long revision, InvoiceForm form) {
    caller.require(Role.REVIEWER);
    var before = invoice(caller, id);
    List<InvoiceLine> lines = checked(form);
    supplier(caller, form.supplierId());
    long read = revision == null ? invoices.revision(caller.organizationId(), id) : revision;
    try {
      invoices.corrected(
          caller.organizationId(),
          id,
          read,
          form.supplierId(),
          form.number().strip(),
          form.date(),
          lines);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "Invoice " + form.number().strip() + " of this supplier is already recorded.");
    }
    var after = invoice(caller, id);
    audit.record(
        caller,
        AuditAction.INVOICE_CORRECTED,
        "INVOICE",
        id,
        "before: " + summary(before) + "; after: " + summary(after),
        null);
    return after;
  }

  /**
   * Deletes an invoice recorded by mistake, with its lines; a document attached to it stays in the
   * organization's documents.
   */
  @Transactional
  public void deleteInvoice(Caller caller, long id, Long revision) {
    caller.require(Role.REVIEWER);
    var invoice = invoice(caller, id);
    long read = revision == null ? invoices.revision(caller.organizationId(), id) : revision;
    invoices.removed(caller.organizationId(), id, read);
    audit.record(caller, AuditAction.INVOICE_DELETED, "INVOICE", id, summary(invoice), null);
  }

  private static String summary(Invoice i) {
    return i.number()
        + " of "
        + i.date()
        + " from "
        + i.supplier().name()
        + ", "
        + i.lines().stream()
            .map(l -> l.quantity() + " x " + (l.asin().isEmpty() ? l.sku() : l.asin()))
            .toList();
  }

  @Transactional
  public Invoice addInvoice(Caller caller, InvoiceForm form) {
    caller.require(Role.REVIEWER);
    List<InvoiceLine> lines = checked(form);
    supplier(caller, form.supplierId());
    long id;
    try {
      id =
          invoices.add(
              caller.organizationId(),
              form.supplierId(),
              form.number().strip(),
              form.date(),
              lines);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "Invoice " + form.number().strip() + " of this supplier is already recorded.");
    }
    audit.record(
        caller,
        AuditAction.INVOICE_ADDED,
        "INVOICE",
        id,
        form.number().strip() + " of " + form.date(),
        null);
    return invoice(caller, id);
  }

  @Transactional
  public Invoice attachDocument(
      Caller caller, long invoiceId, String fileName, InputStream content) {
    caller.require(Role.REVIEWER);
    invoice(caller, invoiceId);
    StoredDocument doc = documents.store(caller.organizationId(), fileName, content);
    invoices.attach(caller.organizationId(), invoiceId, doc.id());
    audit.record(
        caller,
        AuditAction.INVOICE_DOCUMENT_ATTACHED,
        "INVOICE",
        invoiceId,
        doc.originalName() + " (" + doc.detectedType() + ")",
        null);
    return invoice(caller, invoiceId);
  }

  /** Records the units of a business report; a report with any bad row records nothing. */
  @Transactional
  public int importSales(
      Caller caller, String fileName, Reader content, LocalDate from, LocalDate to) {
    caller.require(Role.REVIEWER);
    String name =
        fileName == null || fileName.isBlank() ? "report" : fileName.replaceAll(".*[/\\\\]", "");
    List<Sales> rows = BusinessReport.read(content, name, from, to);
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", name + " has no rows");
    }
    sales.addAll(caller.organizationId(), rows);
    audit.record(
        caller,
        AuditAction.SALES_IMPORTED,
        "SALES",
        null,
        name + ": " + rows.size() + " rows of units sold",
        null);
    return rows.size();
  }

  @Transactional
  public int addSales(Caller caller, List<SalesRow> rows) {
    caller.require(Role.REVIEWER);
    if (rows == null || rows.isEmpty()) {
      throw new InvalidInputException("rows", "send at least one row of units sold");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    List<Sales> parsed = new ArrayList<>();
    LocalDate today = Timestamps.today(clock);
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      if (r == null) {
        errors.put("rows[" + i + "]", "an empty row");
        continue;
      }
      try {
        if (r.from() == null) {
          throw new IllegalArgumentException("from: enter the first day");
        }
        var s =
            new Sales(
                r.asin(),
                r.sku(),
                r.from(),
                r.to() == null ? r.from() : r.to(),
                r.units() == null ? -1 : r.units());
        if (s.asin().isEmpty() && s.sku().isEmpty()) {
          throw new IllegalArgumentException("a row needs an ASIN or a SKU");
        }
        if (s.from().isAfter(today)) {
          throw new IllegalArgumentException("the period starts in the future");
        }
        parsed.add(s);
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.put("rows[" + i + "]", e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some rows are invalid; nothing was recorded.", errors);
    }
    sales.addAll(caller.organizationId(), parsed);
    audit.record(
        caller,
        AuditAction.SALES_RECORDED,
        "SALES",
        null,
        parsed.size() + " rows of units sold",
        null);
    return parsed.size();
  }

  /** Whether a product's invoices account for its units sold. */
  public enum CoverageStatus {
    /** The invoices cover every unit sold. */
    COVERED,
    /** Some units sold are not on any invoice. */
    INSUFFICIENT,
    /** No invoice from the period covers the product at all. */
    NO_PROOF
  }

  /**
   * How far the invoices dated within the 365 days up to a day cover the units of one product sold
   * in those days.
   *
   * @param product the ASIN, or the SKU when sales give no ASIN
   */
  public record ProductCoverage(
      String product, long sold, long invoiced, long shortfall, CoverageStatus status) {

    public boolean atRisk() {
      return status != CoverageStatus.COVERED;
    }
  }

  /**
   * Every product sold in the 365 days up to {@code today}, with the units the invoices of those
   * days cover; the ones at risk come first, largest shortfall first. The windows are the ones an
   * appeal is judged on, with the notice arriving today: sales from {@code today - 364}, invoices
   * from {@code today - 365}.
   */
  public List<ProductCoverage> coverage(Caller caller, LocalDate today) {
    long org = caller.organizationId();
    LocalDate salesFrom = ProofOfSourceWindow.salesFrom(today);
    LocalDate oldestInvoice = ProofOfSourceWindow.oldestInvoiceDate(today);
    List<Sales> allSales = sales.all(org);
    List<Invoice> recent =
        invoices.all(org).stream()
            .filter(i -> !i.date().isBefore(oldestInvoice) && !i.date().isAfter(today))
            .toList();
    var products = new TreeSet<String>();
    allSales.forEach(s -> products.add(s.asin().isEmpty() ? s.sku() : s.asin()));
    List<ProductCoverage> out = new ArrayList<>();
    for (String product : products) {
      long sold =
          allSales.stream()
              .filter(s -> s.of(product))
              .mapToLong(s -> s.unitsWithin(salesFrom, today))
              .sum();
      if (sold == 0) {
        continue;
      }
      long invoiced = recent.stream().mapToLong(i -> i.unitsOf(product)).sum();
      CoverageStatus status =
          invoiced == 0
              ? CoverageStatus.NO_PROOF
              : invoiced < sold ? CoverageStatus.INSUFFICIENT : CoverageStatus.COVERED;
      out.add(new ProductCoverage(product, sold, invoiced, Math.max(0, sold - invoiced), status));
    }
    out.sort(
        Comparator.comparing((ProductCoverage c) -> !c.atRisk())
            .thenComparing(ProductCoverage::shortfall, Comparator.reverseOrder())
            .thenComparing(ProductCoverage::product));
    return out;
  }
}
