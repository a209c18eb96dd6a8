package com.clearmark.app.sourcing;

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
 * The invoice and supplier forms: a refused invoice comes back with each field's and each line's
 * own message beside it, and everything typed, the chosen supplier included, still in the form.
 */
class InvoiceFormPageTest extends FormPages {

  @Autowired SourcingService sourcing;
  @Autowired Invoices invoices;
  @Autowired Suppliers suppliers;

  Caller seller;
  long supplierId;

  @BeforeEach
  void sellerWithASupplier() {
    seller = adminOf("Pinecrest Gear");
    supplierId =
        sourcing
            .addSupplier(
                seller,
                new SourcingService.SupplierForm(
                    "Lakeside Wholesale Ltd",
                    "1 Dock Road",
                    "+1 555 0100",
                    "sales@lakeside.example",
                    "https://lakeside.example"))
            .id();
  }

  Map<String, List<String>> typed() {
    var fields = new LinkedHashMap<String, List<String>>();
    fields.put("supplierId", List.of(String.valueOf(supplierId)));
    fields.put("number", List.of("LW-2026-0042"));
    fields.put("date", List.of(TestClock.TODAY.minusDays(5).toString()));
    line(fields, 0, "Northwind", "Trail lantern", "B0LANTERN1", "", "12", "8.40");
    line(fields, 1, "", "", "", "", "", "");
    line(fields, 2, "Northwind", "Camp stove", "", "NW-STOVE-2", "3", "");
    return fields;
  }

  static void line(
      Map<String, List<String>> fields,
      int i,
      String brand,
      String product,
      String asin,
      String sku,
      String quantity,
      String price) {
    fields.put("lines[" + i + "].brand", List.of(brand));
    fields.put("lines[" + i + "].product", List.of(product));
    fields.put("lines[" + i + "].asin", List.of(asin));
    fields.put("lines[" + i + "].sku", List.of(sku));
    fields.put("lines[" + i + "].quantity", List.of(quantity));
    fields.put("lines[" + i + "].unitPrice", List.of(price));
  }

  @Test
  void anInvoiceNumberTooLongIsNamedBesideTheNumberAndEverythingTypedIsKept() throws Exception {
    var fields = typed();
    String longNumber = "LW-" + "9".repeat(FieldLimits.INVOICE_NUMBER);
    fields.put("number", List.of(longNumber));

    var result = post(seller, "/invoices", fields);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    var page = html(result);
    assertThat(page.selectFirst("#number-error").text())
        .isEqualTo(
            "at most " + FieldLimits.INVOICE_NUMBER + " characters, got " + longNumber.length());
    assertThat(page.selectFirst("#number").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#number").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.INVOICE_NUMBER));
    assertThat(page.selectFirst("#number").val()).isEqualTo(longNumber);
    assertThat(page.selectFirst("#supplierId option[selected]").text())
        .isEqualTo("Lakeside Wholesale Ltd");
    assertThat(page.selectFirst("#date").val()).isEqualTo(TestClock.TODAY.minusDays(5).toString());
    assertThat(page.selectFirst("#lines0-product").val()).isEqualTo("Trail lantern");
    assertThat(page.selectFirst("#lines2-sku").val()).isEqualTo("NW-STOVE-2");
    assertThat(invoices.all(seller.organizationId())).isEmpty();
  }

  @Test
  void aLineWithAQuantityThatIsNotANumberIsNamedByItsRowAndTheOthersAreLeftAlone()
      throws Exception {
    var fields = typed();
    line(fields, 2, "Northwind", "Camp stove", "", "NW-STOVE-2", "three", "");

    var page = html(post(seller, "/invoices", fields));

    assertThat(page.selectFirst("#line-2-error").text())
        .isEqualTo("\"three\" is not a whole number of units");
    assertThat(page.selectFirst("#line-2").attr("aria-describedby")).isEqualTo("line-2-error");
    assertThat(page.select("#line-0-error")).isEmpty();
    assertThat(page.selectFirst("#lines2-quantity").val()).isEqualTo("three");
    assertThat(page.selectFirst("#number").val()).isEqualTo("LW-2026-0042");
  }

  @Test
  void aDateThatIsNotADateIsNamedBesideTheDate() throws Exception {
    var fields = typed();
    fields.put("date", List.of("5th of May"));

    var page = html(post(seller, "/invoices", fields));

    assertThat(page.selectFirst("#date-error").text()).isEqualTo("enter the date as YYYY-MM-DD");
    assertThat(page.selectFirst("#date").attr("aria-describedby")).isEqualTo("date-error");
  }

  @Test
  void anInvoiceTypedRightIsRecordedWithItsFilledLines() throws Exception {
    var result = post(seller, "/invoices", typed());

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).matches("/invoices/\\d+");
    assertThat(invoices.all(seller.organizationId()))
        .singleElement()
        .satisfies(i -> assertThat(i.lines()).hasSize(2));
  }

  @Test
  void aSupplierAddressTooLongIsNamedBesideTheAddressAndTheNameIsKept() throws Exception {
    var result =
        post(
            seller,
            "/suppliers",
            Map.of(
                "name",
                List.of("Evergreen Traders"),
                "address",
                List.of("9 Mill Lane ".repeat(100))));

    var page = html(result);
    assertThat(page.selectFirst("#address-error").text())
        .startsWith("at most " + FieldLimits.SUPPLIER_ADDRESS + " characters");
    assertThat(page.selectFirst("#address").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#name").val()).isEqualTo("Evergreen Traders");
    assertThat(suppliers.all(seller.organizationId())).hasSize(1);
  }
}
