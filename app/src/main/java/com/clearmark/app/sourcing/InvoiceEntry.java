package com.clearmark.app.sourcing;

import com.clearmark.app.shared.Amounts;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.FormDates;
import com.clearmark.app.web.StoredLength;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invoice form as typed: blank lines are ignored, the others are all checked. The constraints
 * answer what a field alone can tell; {@link #toForm} reads the numbers and checks each filled line
 * as an {@link InvoiceLine}, naming every bad line at once. A line's problem is named by its place
 * among the filled lines, as the service names it, and {@link #byRow} turns that into the row of
 * the page.
 */
record InvoiceEntry(
    @Pattern(regexp = "\\s*[0-9]{0,18}\\s*", message = "choose the supplier from the list")
        String supplierId,
    @StoredLength(max = FieldLimits.INVOICE_NUMBER) String number,
    @Pattern(regexp = FormDates.PATTERN, message = FormDates.MESSAGE) String date,
    List<LineEntry> lines) {

  static final int BLANK_LINES = 3;
  static final int MAX_LINES = FieldLimits.LINES_PER_INVOICE;
  private static final java.util.regex.Pattern LINE_FIELD =
      java.util.regex.Pattern.compile("lines\\[(\\d+)]");

  InvoiceEntry {
    lines =
        lines == null
            ? List.of()
            : lines.stream().map(l -> l == null ? LineEntry.blank() : l).toList();
  }

  static InvoiceEntry blank() {
    return new InvoiceEntry("", "", "", Collections.nCopies(BLANK_LINES, LineEntry.blank()));
  }

  /** A recorded invoice as the edit form shows it, with one blank line to add another. */
  static InvoiceEntry of(Invoice invoice) {
    var rows = new ArrayList<LineEntry>();
    for (InvoiceLine l : invoice.lines()) {
      rows.add(
          new LineEntry(
              l.brand(),
              l.product(),
              l.asin(),
              l.sku(),
              String.valueOf(l.quantity()),
              l.unitPrice() == null ? "" : l.unitPrice().toPlainString()));
    }
    if (rows.size() < MAX_LINES) {
      rows.add(LineEntry.blank());
    }
    return new InvoiceEntry(
        String.valueOf(invoice.supplier().id()), invoice.number(), invoice.date().toString(), rows);
  }

  /** The row numbers of the lines that are filled in, in order. */
  List<Integer> filledRows() {
    var rows = new ArrayList<Integer>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        rows.add(i);
      }
    }
    return rows;
  }

  /** The service's form; refused with every bad line named by its place among filled lines. */
  SourcingService.InvoiceForm toForm() {
    Map<String, String> errors = new LinkedHashMap<>();
    String supplier = LineEntry.text(supplierId);
    if (lines.size() > MAX_LINES) {
      errors.put("lines", "an invoice here has at most " + MAX_LINES + " lines");
    }
    var parsed = new ArrayList<SourcingService.LineForm>();
    var rows = filledRows();
    for (int k = 0; k < rows.size(); k++) {
      var l = lines.get(rows.get(k));
      try {
        Long quantity = quantity(l);
        BigDecimal price = price(l);
        // The line's own checks as well, so that every bad line is named at once.
        new InvoiceLine(l.brand(), l.product(), l.asin(), l.sku(), quantity, price);
        parsed.add(
            new SourcingService.LineForm(
                l.brand(), l.product(), l.asin(), l.sku(), quantity, price));
      } catch (IllegalArgumentException e) {
        errors.put("lines[" + k + "]", e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The invoice has invalid lines.", errors);
    }
    return new SourcingService.InvoiceForm(
        supplier.isEmpty() ? null : Long.valueOf(supplier),
        number,
        FormDates.parse("date", date),
        parsed);
  }

  /** The service names a line by its place among the filled lines; the page by its row. */
  Map<String, String> byRow(Map<String, String> serviceErrors) {
    var rows = filledRows();
    var out = new LinkedHashMap<String, String>();
    serviceErrors.forEach(
        (field, message) -> {
          var m = LINE_FIELD.matcher(field);
          if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
            out.put("lines[" + rows.get(Integer.parseInt(m.group(1))) + "]", message);
          } else {
            out.put(field, message);
          }
        });
    return out;
  }

  private static Long quantity(LineEntry l) {
    String q = LineEntry.text(l.quantity());
    if (q.isEmpty()) {
      throw new IllegalArgumentException("enter the quantity");
    }
    try {
      return Long.parseLong(q);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + q + "\" is not a whole number of units");
    }
  }

  private static BigDecimal price(LineEntry l) {
    String p = LineEntry.text(l.unitPrice());
    if (p.isEmpty()) {
      return null;
    }
    try {
      var price = new BigDecimal(p);
      if (Amounts.fits(price, 2)) {
        return price;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a price with too many digits
    }
    throw new IllegalArgumentException("\"" + p + "\" is not a price; write it like 12.50");
  }
}
