package com.clearmark.app.notice;

import com.clearmark.app.enforcement.EnforcementCase;
import com.clearmark.app.enforcement.TestBuy;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.CaptureFinding;
import com.clearmark.app.registry.MarkRow;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the accuracy checks read about a notice: the registration it asserts as the registry holds
 * it, and for each case the listing as detected and as last captured, the findings, the test buys
 * and the Nice classes of the listing's category.
 *
 * @param registration the registry's mark with the notice's registration number, if any
 */
record NoticeEvidence(Notice notice, Optional<MarkRow> registration, List<Listed> listed) {

  NoticeEvidence {
    listed = List.copyOf(listed);
  }

  /**
   * One case of the notice.
   *
   * @param detected the capture the case was raised on
   * @param latest the listing's latest capture, or null when none is known
   * @param goodsClasses the Nice classes of the listing's category; empty when unknown
   */
  record Listed(
      EnforcementCase kase,
      Capture detected,
      Capture latest,
      List<CaptureFinding> findings,
      List<TestBuy> testBuys,
      Set<Integer> goodsClasses) {

    Listed {
      findings = List.copyOf(findings);
      testBuys = List.copyOf(testBuys);
      goodsClasses = Set.copyOf(goodsClasses);
    }

    /** The capture the checks judge: the latest one, or the one detected when none is newer. */
    Capture current() {
      return latest != null ? latest : detected;
    }

    String label() {
      Capture c = current();
      return "case #" + kase.id() + (c == null ? "" : " (" + c.listingId() + ")");
    }
  }
}
