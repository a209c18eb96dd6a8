package com.clearmark.app.notice;

import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.enforcement.EnforcementCase;
import com.clearmark.app.enforcement.TestBuy;
import com.clearmark.app.enforcement.TestBuyOutcome;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.CaptureFinding;
import com.clearmark.app.registry.MarkRow;
import com.clearmark.engine.mark.MarkStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Notices about Voltra, a brand of chargers and power banks (class 9), as a brand-protection team
 * meets them: its registrations, third-party listings of its goods and what was found on them.
 */
final class NoticeFixtures {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final long RILEY = 11;
  static final long ALEX = 12;

  private NoticeFixtures() {}

  static MarkRow euRegistration() {
    return new MarkRow(
        1,
        "VOLTRA",
        "Voltra Power Inc.",
        "018234567",
        "EU",
        Set.of(9),
        MarkStatus.LIVE,
        false,
        true,
        NOW);
  }

  static MarkRow usRegistration() {
    return new MarkRow(
        2,
        "VOLTRA",
        "Voltra Power Inc.",
        "6123456",
        "US",
        Set.of(9),
        MarkStatus.LIVE,
        false,
        true,
        NOW);
  }

  static MarkRow lapsedEuRegistration() {
    return new MarkRow(
        3,
        "VOLTRA",
        "Voltra Power Inc.",
        "018234567",
        "EU",
        Set.of(9),
        MarkStatus.DEAD,
        false,
        true,
        NOW);
  }

  /** A listing as captured: seller, brand field, category, price, and whether it was up. */
  static Capture listing(
      long id,
      String marketplace,
      String asin,
      String brand,
      String category,
      String price,
      boolean authorized,
      boolean available) {
    return new Capture(
        id,
        100 + id,
        500 + id,
        marketplace,
        asin,
        "https://www." + marketplace + "/dp/" + asin,
        brand + " 65W USB C charger, 3 ports, GaN",
        brand,
        List.of("Charges a laptop and two phones at once"),
        "Fast charger.",
        "",
        new BigDecimal(price),
        "EUR",
        category,
        available,
        NOW.minusSeconds(3600),
        NOW.minusSeconds(3500),
        "0".repeat(64),
        "BLOCK",
        80,
        authorized);
  }

  static Capture genuineResaleOnAmazonDe() {
    return listing(
        1, "amazon.de", "B0VOLTRA01", "Voltra", "Electronics > Chargers", "49.99", false, true);
  }

  static Capture replicaOnAmazonDe() {
    return listing(
        2, "amazon.de", "B0REPLICA2", "Voltrra", "Electronics > Chargers", "9.99", false, true);
  }

  static CaptureFinding finding(Capture c, String rule) {
    return new CaptureFinding(
        c.id() * 10,
        c.id(),
        rule,
        rule.startsWith("CF") ? "COUNTERFEIT" : "TRADEMARK",
        "HIGH",
        "VOLTRA",
        "018234567",
        "Voltra Power Inc.",
        "title",
        0,
        7,
        c.brand(),
        "found on the listing");
  }

  static EnforcementCase caseOn(Capture c, String rule) {
    return new EnforcementCase(
        c.id(),
        c.monitoredListingId(),
        c.id(),
        c.sellerRef(),
        c.marketplace(),
        rule,
        "VOLTRA",
        "018234567",
        CaseStatus.VALIDATED,
        0,
        null,
        NOW,
        NOW,
        null,
        null,
        null);
  }

  static TestBuy testBuy(long caseId, TestBuyOutcome outcome) {
    return new TestBuy(
        caseId * 7,
        caseId,
        "302-1234567-" + caseId,
        LocalDate.of(2026, 2, 20),
        outcome,
        "",
        List.of());
  }

  static NoticeEvidence.Listed listed(
      Capture c, String rule, List<String> findingRules, List<TestBuy> buys, Set<Integer> goods) {
    List<CaptureFinding> findings = new ArrayList<>();
    findingRules.forEach(r -> findings.add(finding(c, r)));
    return new NoticeEvidence.Listed(caseOn(c, rule), c, c, findings, buys, goods);
  }

  /** A complete Amazon trademark notice content, as the settings fill it. */
  static NoticeContent amazonContent(String registration) {
    return new NoticeContent(
        NoticeRegime.AMAZON,
        IpType.TRADEMARK,
        "VOLTRA",
        registration,
        "",
        "The listing uses the mark VOLTRA without authorization.",
        "",
        Submitter.RIGHTS_OWNER,
        "Voltra Power Inc.",
        "",
        "Jordan Lee",
        "brand-protection@voltra.example",
        "+1 415 555 0100",
        "1 Market St, San Francisco CA",
        Set.of(Appearance.TITLE),
        "",
        "",
        false,
        false);
  }

  static NoticeContent dmcaContent() {
    return new NoticeContent(
        NoticeRegime.DMCA,
        IpType.COPYRIGHT,
        "",
        "",
        "Voltra product photographs, 2025 catalogue",
        "The listing copies our product photographs.",
        "",
        Submitter.RIGHTS_OWNER,
        "Voltra Power Inc.",
        "",
        "Jordan Lee",
        "brand-protection@voltra.example",
        "+1 415 555 0100",
        "1 Market St, San Francisco CA",
        Set.of(),
        "",
        "Jordan Lee",
        true,
        true);
  }

  static NoticeContent veroContent(String message) {
    return new NoticeContent(
        NoticeRegime.EBAY_VERO,
        IpType.COUNTERFEIT,
        "VOLTRA",
        "6123456",
        "",
        "Counterfeit chargers.",
        message,
        Submitter.RIGHTS_OWNER,
        "Voltra Power Inc.",
        "",
        "Jordan Lee",
        "brand-protection@voltra.example",
        "",
        "",
        Set.of(),
        "",
        "",
        false,
        false);
  }

  static NoticeContent dsaContent(boolean bonaFide) {
    return new NoticeContent(
        NoticeRegime.EU_DSA,
        IpType.TRADEMARK,
        "VOLTRA",
        "018234567",
        "",
        "The listing offers chargers under the mark VOLTRA, registered as EU trade mark 018234567,"
            + " which Voltra did not make.",
        "",
        Submitter.RIGHTS_OWNER,
        "Voltra Power Inc.",
        "",
        "Jordan Lee",
        "brand-protection@voltra.example",
        "",
        "",
        Set.of(),
        "",
        "",
        bonaFide,
        false);
  }

  static Notice notice(String marketplace, NoticeContent content, List<NoticeItem> items) {
    return new Notice(
        41,
        marketplace,
        NoticeStatus.DRAFT,
        0,
        content,
        items,
        RILEY,
        "Riley Reviewer",
        NOW,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static List<NoticeItem> items(int count, String marketplace) {
    List<NoticeItem> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String asin = "B0" + String.format("%08d", i);
      out.add(new NoticeItem(i, asin, "https://www." + marketplace + "/dp/" + asin, ""));
    }
    return out;
  }

  static NoticeEvidence evidence(
      Notice n, Optional<MarkRow> registration, NoticeEvidence.Listed... listed) {
    return new NoticeEvidence(n, registration, List.of(listed));
  }
}
