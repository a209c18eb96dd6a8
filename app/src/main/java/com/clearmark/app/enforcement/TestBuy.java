package com.clearmark.app.enforcement;

import java.time.LocalDate;
import java.util.List;

/** PLACEHOLDER of helper C's contracted test buy of a case. */
public record TestBuy(
    long id,
    long caseId,
    String orderId,
    LocalDate orderedOn,
    TestBuyOutcome outcome,
    String note,
    List<Long> photoDocumentIds) {}
