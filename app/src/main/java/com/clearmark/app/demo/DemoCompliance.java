package com.clearmark.app.demo;

import com.clearmark.app.appeal.PdfLetter;
import com.clearmark.app.authorization.AuthorizationService;
import com.clearmark.app.complaint.ComplaintForm;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.complaint.ComplaintStatus;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.sourcing.SourcingService.InvoiceForm;
import com.clearmark.app.sourcing.SourcingService.LineForm;
import com.clearmark.app.sourcing.SourcingService.SalesRow;
import com.clearmark.app.sourcing.SourcingService.SupplierForm;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo seller's compliance records, dated relative to the day the demo is loaded so every state
 * is visible at once: resold brands with and without proof of source, a short invoice, an
 * authorization about to expire, an open complaint with its deadlines and a repeat complainant.
 */
@Component
class DemoCompliance {

  private final SourcingService sourcing;
  private final AuthorizationService authorizations;
  private final ComplaintService complaints;
  private final Clock clock;

  DemoCompliance(
      SourcingService sourcing,
      AuthorizationService authorizations,
      ComplaintService complaints,
      Clock clock) {
    this.sourcing = sourcing;
    this.authorizations = authorizations;
    this.complaints = complaints;
    this.clock = clock;
  }

  void load(Caller admin) {
    LocalDate today = Timestamps.today(clock);
    var evergreen =
        sourcing.addSupplier(
            admin,
            new SupplierForm(
                "Evergreen Wholesale Ltd",
                "12 Dock Road, Leeds LS1 4AP, United Kingdom",
                "+44 113 496 0000",
                "orders@evergreen-wholesale.example",
                "https://evergreen-wholesale.example"));
    var quickship =
        sourcing.addSupplier(
            admin,
            new SupplierForm(
                "Quickship Traders",
                "Unit 4, Harbour Estate, Felixstowe",
                "",
                "sales@quickship.example",
                ""));
    var anker =
        sourcing.addInvoice(
            admin,
            new InvoiceForm(
                evergreen.id(),
                "EW-2026-0412",
                today.minusDays(120),
                List.of(
                    new LineForm(
                        "Anker",
                        "Nano Charger 30W",
                        "B0DEMO1011",
                        "AN-2001",
                        200L,
                        new BigDecimal("11.40")),
                    new LineForm(
                        "Anker",
                        "PowerCore 10000",
                        "B0DEMO1012",
                        "AN-2002",
                        150L,
                        new BigDecimal("14.90")))));
    sourcing.attachDocument(
        admin,
        anker.id(),
        "EW-2026-0412.pdf",
        new ByteArrayInputStream(
            new PdfLetter("Invoice EW-2026-0412")
                .paragraph("Evergreen Wholesale Ltd, 12 Dock Road, Leeds LS1 4AP")
                .paragraph("Bill to: " + DemoData.ORGANIZATION)
                .paragraph("Date: " + today.minusDays(120))
                .paragraph("Anker Nano Charger 30W, ASIN B0DEMO1011, 200 units at 11.40")
                .paragraph("Anker PowerCore 10000, ASIN B0DEMO1012, 150 units at 14.90")
                .toBytes()));
    sourcing.addInvoice(
        admin,
        new InvoiceForm(
            quickship.id(),
            "QS-5521",
            today.minusDays(60),
            List.of(
                new LineForm(
                    "Bose", "QuietComfort Ultra Earbuds", "B0DEMO1013", "BO-3001", 40L, null))));
    sourcing.addInvoice(
        admin,
        new InvoiceForm(
            evergreen.id(),
            "EW-2025-0087",
            today.minusDays(400),
            List.of(
                new LineForm(
                    "Nike",
                    "Air Force 1 '07",
                    "B0DEMO1016",
                    "NK-4001",
                    100L,
                    new BigDecimal("52.00")))));

    List<SalesRow> sales = new ArrayList<>();
    long[][] monthly = {{1011, 30}, {1012, 28}, {1013, 6}, {1016, 9}};
    for (long[] product : monthly) {
      for (int month = 6; month >= 1; month--) {
        LocalDate from = today.minusDays(30L * month);
        sales.add(
            new SalesRow(
                "B0DEMO" + product[0], "", from, from.plusDays(29), product[1] + month % 3));
      }
    }
    sourcing.addSales(admin, sales);

    authorizations.add(
        admin,
        new AuthorizationService.AuthorizationForm(
            "Letter of authorization",
            "Beats Electronics LLC",
            Set.of("Beats"),
            Set.of("US"),
            Set.of(),
            Set.of(),
            today.minusDays(345),
            today.plusDays(20)));

    record(
        admin,
        "CM-7719204455",
        "TRADEMARK",
        today.minusDays(2),
        "B0DEMO1014",
        "Bose Corporation",
        "brandprotection@bose.example",
        "EX-0021",
        ComplaintStatus.INVESTIGATING);
    record(
        admin,
        "CM-7702118830",
        "TRADEMARK",
        today.minusDays(130),
        "B0DEMO1015",
        "Bose Corporation",
        "brandprotection@bose.example",
        "EX-0021",
        ComplaintStatus.RESOLVED);
    record(
        admin,
        "CM-7711650021",
        "COUNTERFEIT",
        today.minusDays(75),
        "B0DEMO1016",
        "Nike, Inc.",
        "",
        "EX-0001",
        ComplaintStatus.RESOLVED);
  }

  private void record(
      Caller admin,
      String reference,
      String type,
      LocalDate notice,
      String asin,
      String owner,
      String email,
      String registration,
      ComplaintStatus status) {
    var c =
        complaints.record(
            admin,
            new ComplaintForm(
                reference,
                type,
                "RECEIVED",
                notice,
                List.of(asin),
                List.of(),
                registration,
                owner,
                email,
                false,
                ""));
    complaints.move(admin, c.id(), status, "Demo history");
  }
}
