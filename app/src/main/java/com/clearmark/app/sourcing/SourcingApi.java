package com.clearmark.app.sourcing;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(
    name = "Proof of source",
    description = "Suppliers, invoices, units sold, and the products they do not cover")
class SourcingApi {

  private final SourcingService sourcing;
  private final Suppliers suppliers;
  private final Invoices invoices;
  private final CoverageShortfalls shortfalls;

  SourcingApi(
      SourcingService sourcing,
      Suppliers suppliers,
      Invoices invoices,
      CoverageShortfalls shortfalls) {
    this.sourcing = sourcing;
    this.suppliers = suppliers;
    this.invoices = invoices;
    this.shortfalls = shortfalls;
  }

  record Recorded(int rows) {}

  @PostMapping("/api/v1/suppliers")
  @Operation(
      summary = "Record a supplier",
      description =
          "A supplier whose name (ignoring case and blanks) is already recorded answers 409 with"
              + " the existing supplier's Location: correct that one with PUT instead.")
  ResponseEntity<Supplier> addSupplier(
      Caller caller, @Valid @RequestBody SourcingService.SupplierForm form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(sourcing.addSupplier(caller, form));
  }

  @PutMapping("/api/v1/suppliers/{id}")
  @Operation(
      summary = "Correct a supplier's details in place",
      description =
          "Every invoice naming the supplier shows the corrected details. With ?revision= (as"
              + " read) a supplier changed since answers 409; so does a name another supplier has.")
  Supplier correctSupplier(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @Valid @RequestBody SourcingService.SupplierForm form) {
    return sourcing.correctSupplier(caller, id, revision, form);
  }

  @DeleteMapping("/api/v1/suppliers/{id}")
  @Operation(
      summary = "Delete a supplier recorded by mistake",
      description = "A supplier that invoices name is kept as their proof of source (409).")
  ResponseEntity<Void> deleteSupplier(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Long revision) {
    sourcing.deleteSupplier(caller, id, revision);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(SameSupplierException.class)
  ResponseEntity<ProblemDetail> sameSupplier(SameSupplierException e) {
    var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Conflict");
    p.setProperty("existing", e.existing());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .location(URI.create("/api/v1/suppliers/" + e.existing()))
        .body(p);
  }

  @GetMapping("/api/v1/suppliers")
  List<Supplier> suppliers(Caller caller) {
    return suppliers.all(caller.organizationId());
  }

  @GetMapping("/api/v1/suppliers/{id}")
  Supplier supplier(Caller caller, @PathVariable long id) {
    return sourcing.supplier(caller, id);
  }

  @PostMapping("/api/v1/invoices")
  @Operation(summary = "Record a supplier invoice with its lines")
  ResponseEntity<Invoice> addInvoice(
      Caller caller, @Valid @RequestBody SourcingService.InvoiceForm form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(sourcing.addInvoice(caller, form));
  }

  @PutMapping("/api/v1/invoices/{id}")
  @Operation(
      summary = "Correct an invoice: its supplier, number, date and lines",
      description =
          "The lines sent replace the invoice's lines; an attached document stays. With"
              + " ?revision= (as read) an invoice changed since answers 409.")
  Invoice correctInvoice(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @Valid @RequestBody SourcingService.InvoiceForm form) {
    return sourcing.correctInvoice(caller, id, revision, form);
  }

  @DeleteMapping("/api/v1/invoices/{id}")
  @Operation(
      summary = "Delete an invoice recorded by mistake, with its lines",
      description = "An attached document stays among the organization's documents.")
  ResponseEntity<Void> deleteInvoice(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Long revision) {
    sourcing.deleteInvoice(caller, id, revision);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/invoices")
  List<Invoice> invoices(Caller caller) {
    return invoices.all(caller.organizationId());
  }

  @GetMapping("/api/v1/invoices/{id}")
  Invoice invoice(Caller caller, @PathVariable long id) {
    return sourcing.invoice(caller, id);
  }

  @PostMapping(
      value = "/api/v1/invoices/{id}/document",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Attach the invoice as PDF or image; the type is read from the content")
  Invoice attach(Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file) {
    try (var in = file.getInputStream()) {
      return sourcing.attachDocument(caller, id, file.getOriginalFilename(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping(value = "/api/v1/sales/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import a Seller Central business report (CSV)",
      description =
          "By child item with the period given as from and to, or by date with a Date column. A report"
              + " with any bad row records nothing and answers 400 naming each line and column.")
  ResponseEntity<Recorded> importSales(
      Caller caller,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(
              new Recorded(sourcing.importSales(caller, file.getOriginalFilename(), in, from, to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping("/api/v1/sales")
  @Operation(summary = "Record units sold per product and period (a day or a month per row)")
  ResponseEntity<Recorded> addSales(
      Caller caller, @Valid @RequestBody List<SourcingService.SalesRow> rows) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Recorded(sourcing.addSales(caller, rows)));
  }

  @GetMapping("/api/v1/coverage")
  @Operation(
      summary =
          "Products whose invoices from the last 365 days do not cover the units sold in them")
  List<CoverageShortfalls.Coverage> coverage(Caller caller) {
    return shortfalls.atRisk(caller);
  }
}
