package com.clearmark.app.sourcing;

import com.clearmark.app.catalog.ListedAsin;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.document.Documents;
import com.clearmark.app.shared.Asin;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.DeleteConfirmation;
import com.clearmark.app.web.FormErrors;
import com.clearmark.app.web.PageUploads;
import com.clearmark.app.web.StoredLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The proof-of-source pages: suppliers, invoices with their documents, sales and coverage. */
@Controller
class SourcingController {

  private static final int RECENT_SALES = 200;
  private static final int PROBLEMS_SHOWN = 50;
  private static final Pattern REPORT_LINE = Pattern.compile(" line (\\d{1,18})");

  private final SourcingService sourcing;
  private final Suppliers suppliers;
  private final Listings listings;
  private final Invoices invoices;
  private final SalesRecords sales;
  private final Documents documents;
  private final Clock clock;

  SourcingController(
      SourcingService sourcing,
      Suppliers suppliers,
      Invoices invoices,
      SalesRecords sales,
      Documents documents,
      Listings listings,
      Clock clock) {
    this.listings = listings;
    this.sourcing = sourcing;
    this.suppliers = suppliers;
    this.invoices = invoices;
    this.sales = sales;
    this.documents = documents;
    this.clock = clock;
  }

  // ---- Suppliers ----

  @GetMapping("/suppliers")
  String suppliers(Caller caller, Model model) {
    model.addAttribute("form", new SourcingService.SupplierForm("", "", "", "", ""));
    return suppliersPage(caller, model);
  }

  @PostMapping("/suppliers")
  String addSupplier(
      Caller caller,
      @Valid @ModelAttribute("form") SourcingService.SupplierForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    if (binding.hasErrors()) {
      return suppliersPage(caller, model);
    }
    try {
      var s = sourcing.addSupplier(caller, form);
      var missing = s.missingContactDetails();
      redirect.addFlashAttribute(
          "message",
          missing.isEmpty()
              ? "Added " + s.name() + "."
              : "Added "
                  + s.name()
                  + "; an appeal also needs its "
                  + String.join(", ", missing)
                  + ".");
      return "redirect:/suppliers";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e.fields());
      return suppliersPage(caller, model);
    } catch (SameSupplierException e) {
      FormErrors.reject(binding, Map.of("name", "a supplier with this name is already recorded"));
      model.addAttribute("sameSupplier", sourcing.supplier(caller, e.existing()));
      return suppliersPage(caller, model);
    }
  }

  /** A supplier's details as its edit form shows them, with the revision read. */
  record SupplierCorrection(
      @NotBlank(message = "enter the supplier's name")
          @StoredLength(max = FieldLimits.SUPPLIER_NAME)
          String name,
      @StoredLength(max = FieldLimits.SUPPLIER_ADDRESS) String address,
      @StoredLength(max = FieldLimits.PHONE) String phone,
      @StoredLength(max = FieldLimits.EMAIL) String email,
      @StoredLength(max = FieldLimits.WEBSITE) String website,
      Long revision) {

    static SupplierCorrection of(Supplier s, long revision) {
      return new SupplierCorrection(
          s.name(), s.address(), s.phone(), s.email(), s.website(), revision);
    }

    SourcingService.SupplierForm form() {
      return new SourcingService.SupplierForm(name, address, phone, email, website);
    }
  }

  @GetMapping("/suppliers/{id}/edit")
  String editSupplier(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.REVIEWER);
    var s = sourcing.supplier(caller, id);
    model.addAttribute("form", SupplierCorrection.of(s, sourcing.supplierRevision(caller, id)));
    return supplierEditPage(caller, s, model);
  }

  private String supplierEditPage(Caller caller, Supplier s, Model model) {
    section(model, "suppliers");
    model.addAttribute("supplier", s);
    model.addAttribute(
        "invoiceCount",
        invoices.all(caller.organizationId()).stream()
            .filter(i -> i.supplier().id() == s.id())
            .count());
    return "sourcing/supplier-edit";
  }

  @PostMapping("/suppliers/{id}")
  String correctSupplier(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("form") SupplierCorrection form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var before = sourcing.supplier(caller, id);
    if (!binding.hasErrors()) {
      try {
        var s = sourcing.correctSupplier(caller, id, form.revision(), form.form());
        var missing = s.missingContactDetails();
        redirect.addFlashAttribute(
            "message",
            "Saved "
                + s.name()
                + (missing.isEmpty()
                    ? "; its invoices show the corrected details."
                    : "; an appeal still needs its " + String.join(", ", missing) + "."));
        return "redirect:/suppliers";
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      } catch (SameSupplierException e) {
        FormErrors.reject(binding, Map.of("name", "another supplier has this name"));
        model.addAttribute("sameSupplier", sourcing.supplier(caller, e.existing()));
      } catch (ConflictException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    return supplierEditPage(caller, before, model);
  }

  /**
   * Deletes a supplier recorded by mistake; without {@code confirm=yes} (no JavaScript to run the
   * button's own confirmation) it asks first on a page of its own.
   */
  @PostMapping("/suppliers/{id}/delete")
  String deleteSupplier(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var s = sourcing.supplier(caller, id);
    if (!"yes".equals(confirm)) {
      section(model, "suppliers");
      return new DeleteConfirmation(
              "Delete supplier " + s.name() + "?",
              "It is removed from your suppliers; the audit log keeps a line saying it was deleted."
                  + " A supplier named on invoices is kept.",
              "/suppliers/" + id + "/delete",
              revision,
              "/suppliers")
          .askOn(model);
    }
    try {
      sourcing.deleteSupplier(caller, id, revision);
      redirect.addFlashAttribute("message", "Deleted " + s.name() + ".");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/suppliers";
  }

  /** The suppliers page with the form already in the model, blank or as typed. */
  private String suppliersPage(Caller caller, Model model) {
    section(model, "suppliers");
    model.addAttribute("suppliers", suppliers.all(caller.organizationId()));
    model.addAttribute("canEdit", caller.can(Role.REVIEWER));
    return "sourcing/suppliers";
  }

  // ---- Invoices ----

  @GetMapping("/invoices")
  String invoices(Caller caller, Model model) {
    section(model, "invoices");
    var all = invoices.all(caller.organizationId());
    model.addAttribute("invoices", all);
    model.addAttribute(
        "asins",
        asins(
            caller,
            all.stream()
                .flatMap(i -> i.lines().stream())
                .map(InvoiceLine::asin)
                .distinct()
                .toList()));
    model.addAttribute("oldestAccepted", today().minusDays(365));
    model.addAttribute("canEdit", caller.can(Role.REVIEWER));
    return "sourcing/invoices";
  }

  @GetMapping("/invoices/new")
  String newInvoice(Caller caller, Model model) {
    caller.require(Role.REVIEWER);
    model.addAttribute("form", InvoiceEntry.blank());
    return invoiceForm(caller, model);
  }

  /** One more blank line for the invoice form, asked for by its "Add a line" button. */
  @GetMapping("/invoices/line")
  String blankLine(@RequestParam int index, Model model) {
    if (index < 0 || index >= InvoiceEntry.MAX_LINES) {
      throw new InvalidInputException(
          "index", "an invoice here has at most " + InvoiceEntry.MAX_LINES + " lines");
    }
    model.addAttribute("index", index);
    model.addAttribute("line", LineEntry.blank());
    model.addAttribute("more", index + 1 < InvoiceEntry.MAX_LINES);
    return "sourcing/invoice-line :: added-line";
  }

  @PostMapping("/invoices")
  String addInvoice(
      Caller caller,
      @Valid @ModelAttribute("form") InvoiceEntry entry,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    if (binding.hasErrors()) {
      return invoiceForm(caller, model);
    }
    try {
      var invoice = sourcing.addInvoice(caller, entry.toForm());
      redirect.addFlashAttribute(
          "message",
          "Invoice "
              + invoice.number()
              + " from "
              + invoice.supplier().name()
              + " recorded. Attach the document below.");
      return "redirect:/invoices/" + invoice.id();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, entry.byRow(e.fields()));
    } catch (ConflictException e) {
      FormErrors.reject(binding, Map.of("number", e.getMessage()));
    }
    return invoiceForm(caller, model);
  }

  /** The invoice form with the entry already in the model, blank or as typed. */
  private String invoiceForm(Caller caller, Model model) {
    section(model, "invoices");
    var all = suppliers.all(caller.organizationId());
    var choices = new LinkedHashMap<String, String>();
    all.forEach(s -> choices.put(String.valueOf(s.id()), s.name()));
    model.addAttribute("suppliers", all);
    model.addAttribute("supplierChoices", choices);
    model.addAttribute("maxLines", InvoiceEntry.MAX_LINES);
    model.addAttribute("today", today());
    return "sourcing/invoice-form";
  }

  @GetMapping("/invoices/{id}/edit")
  String editInvoice(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.REVIEWER);
    var invoice = sourcing.invoice(caller, id);
    model.addAttribute("form", InvoiceEntry.of(invoice));
    model.addAttribute("revision", sourcing.invoiceRevision(caller, id));
    return invoiceEditForm(caller, invoice, model);
  }

  private String invoiceEditForm(Caller caller, Invoice invoice, Model model) {
    model.addAttribute("editing", invoice);
    model.addAttribute("formAction", "/invoices/" + invoice.id());
    return invoiceForm(caller, model);
  }

  @PostMapping("/invoices/{id}")
  String correctInvoice(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("form") InvoiceEntry entry,
      BindingResult binding,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var before = sourcing.invoice(caller, id);
    model.addAttribute("revision", revision);
    if (!binding.hasErrors()) {
      try {
        var invoice = sourcing.correctInvoice(caller, id, revision, entry.toForm());
        redirect.addFlashAttribute("message", "Invoice " + invoice.number() + " corrected.");
        return "redirect:/invoices/" + id;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, entry.byRow(e.fields()));
      } catch (ConflictException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    return invoiceEditForm(caller, before, model);
  }

  /**
   * Deletes an invoice recorded by mistake; without {@code confirm=yes} (no JavaScript to run the
   * button's own confirmation) it asks first on a page of its own.
   */
  @PostMapping("/invoices/{id}/delete")
  String deleteInvoice(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var invoice = sourcing.invoice(caller, id);
    if (!"yes".equals(confirm)) {
      section(model, "invoices");
      return new DeleteConfirmation(
              "Delete invoice " + invoice.number() + "?",
              "Its lines no longer count as proof of source; the audit log keeps a line saying it"
                  + " was deleted. An attached document stays among your documents.",
              "/invoices/" + id + "/delete",
              revision,
              "/invoices/" + id)
          .askOn(model);
    }
    try {
      sourcing.deleteInvoice(caller, id, revision);
      redirect.addFlashAttribute("message", "Invoice " + invoice.number() + " deleted.");
      return "redirect:/invoices";
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/invoices/" + id;
    }
  }

  @GetMapping("/invoices/{id}")
  String invoice(Caller caller, @PathVariable long id, Model model) {
    var invoice = sourcing.invoice(caller, id);
    section(model, "invoices");
    model.addAttribute("invoice", invoice);
    model.addAttribute(
        "asins", asins(caller, invoice.lines().stream().map(InvoiceLine::asin).toList()));
    model.addAttribute("old", invoice.date().isBefore(today().minusDays(365)));
    model.addAttribute("maxMegabytes", Documents.MAX_BYTES >> 20);
    model.addAttribute("canEdit", caller.can(Role.REVIEWER));
    return "sourcing/invoice";
  }

  @PostMapping("/invoices/{id}/document")
  String attach(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    sourcing.invoice(caller, id);
    PageUploads.attach(
        file,
        "Choose the file of the invoice first.",
        redirect,
        (name, in) -> {
          var invoice = sourcing.attachDocument(caller, id, name, in);
          return "Attached " + invoice.documentName() + " (" + invoice.documentType() + ").";
        });
    return "redirect:/invoices/" + id;
  }

  @GetMapping("/invoices/{id}/document")
  ResponseEntity<Resource> invoiceDocument(Caller caller, @PathVariable long id) {
    long documentId =
        invoices
            .documentOf(caller.organizationId(), sourcing.invoice(caller, id).id())
            .orElseThrow(() -> new NotFoundException("Invoice " + id + " has no document."));
    var content = documents.content(caller.organizationId(), documentId);
    return content.asAttachment();
  }

  // ---- Sales ----

  @GetMapping("/sales")
  String sales(Caller caller, Model model) {
    section(model, "sales");
    var recent = sales.recent(caller.organizationId(), RECENT_SALES);
    model.addAttribute("recent", recent);
    model.addAttribute("asins", asins(caller, recent.stream().map(Sales::asin).toList()));
    model.addAttribute("recentLimit", RECENT_SALES);
    model.addAttribute("canEdit", caller.can(Role.REVIEWER));
    return "sourcing/sales";
  }

  /**
   * The period a business report covers, when the file does not say; blank means as the file says.
   */
  record SalesPeriod(
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

  @PostMapping("/sales")
  String importSales(
      Caller caller,
      @RequestParam(required = false) MultipartFile file,
      @ModelAttribute SalesPeriod period,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    if (file == null || text(file.getOriginalFilename()).isEmpty()) {
      redirect.addFlashAttribute("error", "Choose the business report (CSV) first.");
      return "redirect:/sales";
    }
    try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      int rows =
          sourcing.importSales(caller, file.getOriginalFilename(), in, period.from(), period.to());
      redirect.addFlashAttribute(
          "message",
          "Imported "
              + rows
              + (rows == 1 ? " row" : " rows")
              + " of units sold from "
              + text(file.getOriginalFilename()).replaceAll(".*[/\\\\]", "")
              + ".");
    } catch (InvalidInputException e) {
      var problems = new LinkedHashMap<String, String>();
      boolean single = e.fields().size() == 1 && e.fields().containsValue(e.getMessage());
      if (!single) {
        e.fields().entrySet().stream()
            .sorted(Comparator.comparingLong(p -> lineOf(p.getKey())))
            .limit(PROBLEMS_SHOWN)
            .forEach(p -> problems.put(p.getKey(), p.getValue()));
      }
      redirect.addFlashAttribute("error", "Not imported: " + e.getMessage());
      redirect.addFlashAttribute("problems", problems);
      redirect.addFlashAttribute("problemsLeft", Math.max(0, e.fields().size() - PROBLEMS_SHOWN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "redirect:/sales";
  }

  // ---- Coverage ----

  @GetMapping("/coverage")
  String coverage(Caller caller, Model model) {
    section(model, "coverage");
    var rows = sourcing.coverage(caller, today());
    model.addAttribute("rows", rows);
    model.addAttribute(
        "asins",
        asins(caller, rows.stream().map(SourcingService.ProductCoverage::product).toList()));
    model.addAttribute(
        "atRisk", rows.stream().filter(SourcingService.ProductCoverage::atRisk).count());
    model.addAttribute("salesFrom", today().minusDays(364));
    model.addAttribute("oldestAccepted", today().minusDays(365));
    return "sourcing/coverage";
  }

  /**
   * The catalogue's listings of the ASINs among {@code values}, as the ASIN fragment shows them.
   */
  private Map<String, ListedAsin> asins(Caller caller, List<String> values) {
    return listings.byAsin(caller.organizationId(), values.stream().filter(Asin::isValid).toList());
  }

  private static void section(Model model, String section) {
    model.addAttribute("nav", "sourcing");
    model.addAttribute("section", section);
  }

  /** The line a business report problem is on, so problems read from the top of the file. */
  private static long lineOf(String where) {
    var m = REPORT_LINE.matcher(where);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private LocalDate today() {
    return Timestamps.today(clock);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
