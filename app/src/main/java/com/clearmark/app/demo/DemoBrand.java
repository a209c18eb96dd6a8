package com.clearmark.app.demo;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.enforcement.CaseService;
import com.clearmark.app.enforcement.CaseService.TestBuyForm;
import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.enforcement.Cases;
import com.clearmark.app.enforcement.EnforcementCase;
import com.clearmark.app.enforcement.EnforcementSettings;
import com.clearmark.app.enforcement.TestBuyOutcome;
import com.clearmark.app.monitoring.AuthorizedSellerForm;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MarketplaceSeller;
import com.clearmark.app.monitoring.MarketplaceSellers;
import com.clearmark.app.monitoring.MonitoringLists;
import com.clearmark.app.monitoring.MonitoringService;
import com.clearmark.app.monitoring.ReferencePriceForm;
import com.clearmark.app.notice.NoticeService;
import com.clearmark.app.notice.SendChannel;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.TimeWarp;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.io.CapturedListing;
import com.clearmark.engine.io.CapturedListingReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo brand: an outdoor-gear company monitoring third-party listings of its marks. Its
 * captured listings (official store, an authorized retailer, a genuine reseller, replicas, look-
 * alikes, a compatibility accessory, a network of storefronts sharing a phone, mailbox and address)
 * are captured three weeks back, and its cases are then moved through every state the desk knows:
 * detected, validated, notice drafted, approved, sent, removed, rejected, counter-noticed and
 * reinstated, closed and dismissed; a later capture shows one listing taken down and the same goods
 * relisted by another storefront of the network.
 */
@Component
class DemoBrand {

  private static final Logger log = LoggerFactory.getLogger(DemoBrand.class);
  static final String ORGANIZATION = "Altura Outdoor (demo brand)";
  private static final Pattern RELATIVE_TIME = Pattern.compile("@-(\\d+)d");

  private final ClearmarkProperties properties;
  private final RegistryService registry;
  private final RegistryIndexes indexes;
  private final MonitoringService monitoring;
  private final MonitoringLists lists;
  private final MarketplaceSellers sellers;
  private final Captures captures;
  private final Cases cases;
  private final CaseService caseService;
  private final NoticeService notices;
  private final Clock clock;

  DemoBrand(
      ClearmarkProperties properties,
      RegistryService registry,
      RegistryIndexes indexes,
      MonitoringService monitoring,
      MonitoringLists lists,
      MarketplaceSellers sellers,
      Captures captures,
      Cases cases,
      CaseService caseService,
      NoticeService notices,
      Clock clock) {
    this.properties = properties;
    this.registry = registry;
    this.indexes = indexes;
    this.monitoring = monitoring;
    this.lists = lists;
    this.sellers = sellers;
    this.captures = captures;
    this.cases = cases;
    this.caseService = caseService;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Loads the brand as {@code admin}, with {@code reviewer} approving what the admin drafts (the
   * brand requires a second approver).
   */
  void load(Caller admin, Caller reviewer) throws InterruptedException {
    var org = OrganizationId.of(admin.organizationId());
    Instant began = Instant.now(clock);
    registry.add(
        admin,
        new MarkForm(
            "Altura", "Altura Outdoor Inc.", "6123456", "US", "18, 21, 25", "LIVE", false, true));
    registry.add(
        admin,
        new MarkForm(
            "Altura", "Altura Outdoor Inc.", "018765432", "EU", "18, 25", "LIVE", false, true));
    registry.add(
        admin,
        new MarkForm(
            "Trailcrest", "Altura Outdoor Inc.", "6234567", "US", "18", "LIVE", false, true));
    indexes.awaitIdle(admin.organizationId(), Duration.ofSeconds(30));
    caseService.saveSettings(
        admin,
        new EnforcementSettings(
            true,
            14,
            "Altura Outdoor Inc.",
            "",
            "Dana Whitfield",
            "brand-protection@altura-outdoor.example",
            "+1 503 555 0100",
            "400 Alder Street, Portland, OR 97204"));
    LocalDate today = Timestamps.today(clock);
    lists.addSeller(
        admin,
        new AuthorizedSellerForm(
            "amazon.com",
            "A1ALTURAOFFICIAL",
            "Altura Outdoor",
            today.minusDays(700),
            null,
            "The brand's own store"));
    lists.addSeller(
        admin,
        new AuthorizedSellerForm(
            "amazon.com",
            "A1TRAILHEADOUT",
            "Trailhead Outfitters",
            today.minusDays(200),
            today.plusDays(165),
            "Authorized retailer, 2026 distribution agreement"));
    lists.addPrice(
        admin, new ReferencePriceForm("Altura", "Summit", new BigDecimal("189.00"), "USD"));
    lists.addPrice(
        admin, new ReferencePriceForm("Altura", "Summit", new BigDecimal("179.00"), "EUR"));
    lists.addPrice(
        admin, new ReferencePriceForm("Altura", "Trailcrest", new BigDecimal("149.00"), "USD"));

    monitoring.capture(admin, read("brand-captures.csv"));
    var byListing = casesByListing(org);

    // A replica on amazon.com: validated, a counterfeit test buy, a checked notice sent.
    long replica = byListing.get("B0DEMOA004");
    caseService.validate(admin, replica, null, "Replica wording in the title and description");
    caseService.recordTestBuy(
        admin,
        replica,
        new TestBuyForm(
            "112-4410983-2231457",
            today.minusDays(12),
            TestBuyOutcome.COUNTERFEIT,
            "No hologram label, seams not taped, wrong care label"),
        List.of());
    send(admin, reviewer, replica, SendChannel.CSV_UPLOAD);

    // A look-alike storefront's A1tura jacket: sent and rejected by the marketplace.
    long lookalike = byListing.get("B0DEMOA005");
    caseService.validate(admin, lookalike, null, "A1tura for ALTURA on the same goods");
    send(admin, reviewer, lookalike, SendChannel.PORTAL_PASTE);
    caseService.recordOutcome(
        admin,
        lookalike,
        null,
        CaseStatus.REJECTED,
        "The marketplace asked for a test buy of this listing");

    // A mirror copy on eBay: sent, counter-noticed by the seller, then reinstated.
    long mirror = byListing.get("275500011122");
    caseService.validate(admin, mirror, null, "Mirror copy of the Trailcrest pack");
    send(admin, reviewer, mirror, SendChannel.PORTAL_PASTE);
    caseService.recordOutcome(
        admin, mirror, null, CaseStatus.COUNTER_NOTICED, "The seller claims the goods are genuine");
    caseService.recordOutcome(
        admin, mirror, null, CaseStatus.REINSTATED, "eBay reinstated the listing after 10 days");

    // A 1:1 copy on eBay: sent, and the seller's counter-notice awaits the brand's answer.
    long copy = byListing.get("275500011188");
    caseService.validate(admin, copy, null, "1:1 copy of the Summit jacket");
    send(admin, reviewer, copy, SendChannel.PORTAL_PASTE);
    caseService.recordOutcome(
        admin, copy, null, CaseStatus.COUNTER_NOTICED, "The seller says it is an unbranded jacket");

    // ALTURA TRAILCREST hidden in a competitor's search terms: the notice is out, no answer yet.
    long keywords = byListing.get("B0DEMOA008");
    caseService.validate(admin, keywords, null, "Our marks in another brand's search terms");
    send(admin, reviewer, keywords, SendChannel.PDF);

    // An unbranded jacket named Alturra on eBay: removed, then closed.
    long unbranded = byListing.get("275500011144");
    caseService.validate(admin, unbranded, null, "Alturra for ALTURA on waterproof jackets");
    send(admin, reviewer, unbranded, SendChannel.PORTAL_PASTE);
    caseService.recordOutcome(admin, unbranded, null, CaseStatus.REMOVED, "eBay ended the listing");
    caseService.close(admin, unbranded, null, "Removed and not relisted");

    // The network's amazon.de replica: a notice approved and waiting to be filed.
    long german = byListing.get("B0DEMOA011");
    caseService.validate(admin, german, null, "1:1 replica on amazon.de");
    long germanNotice = notices.draft(admin, List.of(german));
    notices.approve(reviewer, germanNotice);

    // The Alturra water bottle: a notice drafted, not yet approved.
    long bottle = byListing.get("B0DEMOA007");
    caseService.validate(admin, bottle, null, "Alturra on insulated bottles (class 21)");
    notices.draft(admin, List.of(bottle));

    // A "Trailcrest style" pack: validated, no notice yet.
    long style = byListing.get("B0DEMOA013");
    caseService.validate(admin, style, null, "TRAILCREST used as a style name");

    // A reseller's "authentic, not a replica": the cue is a denial and the jacket genuine resale,
    // which is lawful; dismissed as not infringing, so its next captures raise nothing.
    Long authentic = byListing.get("B0DEMOA016");
    if (authentic != null) {
      caseService.dismiss(
          admin,
          authentic,
          null,
          true,
          "Genuine resale with the original receipt; \"not a replica\" denies the cue");
    }

    // A week later: the replica is gone (the takedown) and the network relists it elsewhere.
    monitoring.capture(admin, read("brand-captures-later.csv"));
    // Spread the second the script took over the three weeks the captures cover, so the desk's
    // durations (detection to notice, notice to takedown) read like a real fortnight's.
    Instant now = Instant.now(clock);
    var warp = new TimeWarp(began, now.plusMillis(1), now.minus(19, ChronoUnit.DAYS), now);
    cases.warpTimes(org, warp);
    notices.warpTimes(org, warp);
    log.info("loaded the demo brand: {} cases", casesByListing(org).size());
  }

  private void send(Caller admin, Caller reviewer, long caseId, SendChannel via) {
    long notice = notices.draft(admin, List.of(caseId));
    notices.approve(reviewer, notice);
    notices.send(admin, notice, via, "");
  }

  /** The cases of the brand by the listing id of their monitored listing. */
  private Map<String, Long> casesByListing(OrganizationId org) {
    Map<String, Long> byListing = new HashMap<>();
    List<Long> sellerIds = sellers.all(org, 1000).stream().map(MarketplaceSeller::id).toList();
    for (EnforcementCase c : cases.ofSellers(org, sellerIds)) {
      captures
          .listing(org, c.monitoredListingId())
          .ifPresent(l -> byListing.putIfAbsent(l.listingId(), c.id()));
    }
    return byListing;
  }

  /** Reads a demo capture file, its {@code @-Nd} times made N days before now. */
  private List<CapturedListing> read(String resource) {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
    try (InputStream in = DemoBrand.class.getResourceAsStream("/demo/" + resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = RELATIVE_TIME.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, now.minus(Long.parseLong(m.group(1)), ChronoUnit.DAYS).toString());
      }
      m.appendTail(out);
      Files.createDirectories(properties.uploads());
      Path file = Files.createTempFile(properties.uploads(), "demo-", ".csv");
      try {
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return CapturedListingReader.read(file, resource, true, problem -> {});
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
