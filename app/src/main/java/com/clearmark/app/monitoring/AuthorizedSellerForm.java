package com.clearmark.app.monitoring;

import com.clearmark.app.shared.InvalidInputException;
import java.time.LocalDate;

/** The form adding an authorized seller; checked before anything is written. */
public record AuthorizedSellerForm(
    String marketplace,
    String sellerId,
    String sellerName,
    LocalDate validFrom,
    LocalDate validUntil,
    String note) {

  void check() {
    bounded("marketplace", marketplace, 40, true);
    bounded("sellerId", sellerId, 100, true);
    bounded("sellerName", sellerName, 300, false);
    bounded("note", note, 1000, false);
    if (validFrom == null) {
      throw new InvalidInputException("validFrom", "say from which day the seller is authorized");
    }
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw new InvalidInputException("validUntil", "must not be before the first day");
    }
  }

  static void bounded(String field, String value, int max, boolean required) {
    String v = value == null ? "" : value.strip();
    if (required && v.isEmpty()) {
      throw new InvalidInputException(field, "is required");
    }
    if (v.length() > max) {
      throw new InvalidInputException(field, "at most " + max + " characters");
    }
  }
}
