package com.clearmark.app.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * A purchase of the listed goods made to examine them: the marketplace order, when it was placed,
 * what it showed, and photos of what arrived (stored as documents).
 */
public record TestBuy(
    long id,
    long caseId,
    String orderId,
    LocalDate orderedOn,
    TestBuyOutcome outcome,
    String note,
    List<Long> photoDocumentIds) {

  public TestBuy {
    photoDocumentIds = List.copyOf(photoDocumentIds);
  }
}
